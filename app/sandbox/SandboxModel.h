#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace r8::sandbox {

// One model of the catalogue: identity, Cog schema, and how the sandbox "runs" it.
struct SandboxModel
{
    enum class Kind
    {
        Image,
        Text,
        Language,
        Fails
    };

    QString owner, name, description;
    Kind kind = Kind::Text;
    bool official = false; // runnable as POST /v1/models/{owner}/{name}/predictions
    QString imageFormat = QStringLiteral("webp");
    QString githubUrl, paperUrl, licenseUrl;
    QJsonObject input;             // components.schemas.Input
    QJsonObject output;            // components.schemas.Output
    QJsonObject enums;             // the enum schemas Input refers to
    QStringList versionIds;        // newest first (64 hex)
    QList<QDateTime> versionDates; // same order
    QString cogVersion = QStringLiteral("0.9.4");
    qint64 runCount = 0;

    QString ref() const { return owner + QLatin1Char('/') + name; }
    QString latestVersion() const { return versionIds.value(0); }
    bool streams() const { return kind == Kind::Language || kind == Kind::Text || kind == Kind::Fails; }

    QJsonObject openapiSchema() const;
    QJsonObject versionJson(int index) const;
    // The model object; `origin` is the sandbox's http://host:port (for url and cover_image_url).
    QJsonObject toJson(const QString& origin) const;
};

} // namespace r8::sandbox
