#include "app/api/Model.h"

#include "app/api/JsonFields.h"

#include <QCoreApplication>

namespace r8::api {

bool versionFromJson(const QJsonObject& o, ModelVersion* out, QString* error)
{
    JsonFields f(o);
    ModelVersion v;
    v.id = f.string("id");
    v.createdAt = f.time("created_at");
    v.cogVersion = f.string("cog_version");
    v.openapiSchema = f.object("openapi_schema");
    v.extra = f.rest();
    if (v.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "The model version has no “id”.");
        return false;
    }
    *out = v;
    return true;
}

bool modelFromJson(const QJsonObject& o, Model* out, QString* error)
{
    JsonFields f(o);
    Model m;
    m.url = f.url("url");
    m.owner = f.string("owner");
    m.name = f.string("name");
    m.description = f.string("description");
    m.visibility = f.string("visibility");
    m.githubUrl = f.url("github_url");
    m.paperUrl = f.url("paper_url");
    m.licenseUrl = f.url("license_url");
    m.coverImageUrl = f.url("cover_image_url");
    m.weightsUrl = f.url("weights_url");
    m.runCount = f.value("run_count").toInteger();
    const QJsonValue official = f.value("is_official");
    if (official.isBool())
        m.isOfficial = official.toBool();
    m.createdAt = f.time("created_at");
    const QJsonValue example = f.value("default_example");
    if (example.isObject()) {
        Prediction p;
        if (!predictionFromJson(example.toObject(), &p, error))
            return false;
        m.defaultExample = p;
    }
    const QJsonValue latest = f.value("latest_version");
    if (latest.isObject()) {
        ModelVersion v;
        if (!versionFromJson(latest.toObject(), &v, error))
            return false;
        m.latestVersion = v;
    }
    m.extra = f.rest();
    if (m.owner.isEmpty() || m.name.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "The model has no “owner” or “name”.");
        return false;
    }
    *out = m;
    return true;
}

bool parseVersion(const QByteArray& body, ModelVersion* out, QString* error)
{
    QJsonObject o;
    if (!parseObject(body, QCoreApplication::translate("r8::api", "a model version"), &o, error))
        return false;
    return versionFromJson(o, out, error);
}

bool parseModel(const QByteArray& body, Model* out, QString* error)
{
    QJsonObject o;
    if (!parseObject(body, QCoreApplication::translate("r8::api", "a model"), &o, error))
        return false;
    return modelFromJson(o, out, error);
}

} // namespace r8::api
