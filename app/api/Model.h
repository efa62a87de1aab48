#pragma once
#include "app/api/Prediction.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace r8::api {

// A model version: its id and the Cog OpenAPI schema (components.schemas.Input / Output).
struct ModelVersion
{
    QString id;
    QDateTime createdAt;
    QString cogVersion;        // may be empty (null)
    QJsonObject openapiSchema; // may be empty (null)
    QJsonObject extra;
};

struct Model
{
    QUrl url;
    QString owner;
    QString name;
    QString description;
    QString visibility;
    QUrl githubUrl, paperUrl, licenseUrl, coverImageUrl, weightsUrl;
    qint64 runCount = 0;
    std::optional<bool> isOfficial;
    QDateTime createdAt;
    std::optional<Prediction> defaultExample;
    std::optional<ModelVersion> latestVersion; // empty for a model without versions
    QJsonObject extra;
};

bool versionFromJson(const QJsonObject& o, ModelVersion* out, QString* error);
bool modelFromJson(const QJsonObject& o, Model* out, QString* error);
// Pure: a response body in, a struct out. False with a translated message on bad input.
bool parseVersion(const QByteArray& body, ModelVersion* out, QString* error);
bool parseModel(const QByteArray& body, Model* out, QString* error);

} // namespace r8::api
