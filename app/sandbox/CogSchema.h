#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Builders for Cog-style OpenAPI fragments, as Cog 0.9 generates them for a model's predict().
namespace r8::sandbox::cog {

QJsonObject stringProp(int order, const QString& title, const QString& description,
                       const QJsonValue& def = {});
QJsonObject uriProp(int order, const QString& title, const QString& description);
QJsonObject intProp(int order, const QString& title, const QString& description, const QJsonValue& def,
                    const QJsonValue& minimum = {}, const QJsonValue& maximum = {});
QJsonObject numberProp(int order, const QString& title, const QString& description, const QJsonValue& def,
                       const QJsonValue& minimum = {}, const QJsonValue& maximum = {});
QJsonObject boolProp(int order, const QString& title, const QString& description, bool def);
// A property whose choices live in components.schemas[refName] (allOf + $ref, no type/title).
QJsonObject enumProp(int order, const QString& refName, const QString& description, const QJsonValue& def);
// The referenced enum schema itself.
QJsonObject enumSchema(const QString& name, const QJsonArray& values,
                       const QString& type = QStringLiteral("string"));

QJsonObject inputObject(const QJsonObject& properties, const QStringList& required = {});

// The whole openapi_schema document: info, paths, and components.schemas with Input, Output,
// the enum schemas, and Cog's standard Status/WebhookEvent/PredictionRequest/PredictionResponse/… entries.
QJsonObject document(const QJsonObject& input, const QJsonObject& output, const QJsonObject& enumSchemas);

} // namespace r8::sandbox::cog
