#include "app/composer/ModelLookup.h"
#include "app/core/FileTr.h"

#include "app/api/Model.h"
#include "app/api/UrlPolicy.h"

#include <QCoreApplication>

namespace r8::composer {

R8_FILE_TR(r8::composer::ModelLookup)

std::optional<api::ApiRequest> modelLookupRequest(const Target& target, const QUrl& baseUrl)
{
    if (target.owner.isEmpty() || target.kind == Target::Kind::Deployment)
        return std::nullopt;
    const QString path =
        target.kind == Target::Kind::Version
            ? QStringLiteral("models/%1/%2/versions/%3").arg(target.owner, target.name, target.version)
            : QStringLiteral("models/%1/%2").arg(target.owner, target.name);
    return api::ApiRequest::get(api::resolveApiUrl(baseUrl, path));
}

std::optional<ModelInfo> modelLookupResult(const Target& target, const api::ApiResult& result,
                                           RunError* error)
{
    if (!result.ok()) {
        *error = explainResult(result);
        if (error->kind == RunError::Kind::NotFound) {
            error->message = target.kind == Target::Kind::Version
                                 ? tr("No version %1 of %2 on this server (HTTP 404).")
                                       .arg(target.version.left(12), target.modelRef())
                                 : tr("No model %1 on this server (HTTP 404): check the owner and the name.")
                                       .arg(target.text());
        }
        return std::nullopt;
    }
    ModelInfo info;
    info.runnable = target;
    QString why;
    if (target.kind == Target::Kind::Version) {
        api::ModelVersion v;
        if (api::parseVersion(result.body, &v, &why)) {
            info.openapiSchema = v.openapiSchema;
            info.versionId = v.id;
            return info;
        }
    } else {
        api::Model m;
        if (api::parseModel(result.body, &m, &why)) {
            info.description = m.description;
            info.webUrl = m.url;
            if (!m.latestVersion) {
                error->kind = RunError::Kind::Other;
                error->status = result.status;
                error->message = tr("%1 has no version to run yet.").arg(target.text());
                return std::nullopt;
            }
            info.runnable = runnableTarget(target, m);
            info.openapiSchema = m.latestVersion->openapiSchema;
            info.versionId = m.latestVersion->id;
            return info;
        }
    }
    error->kind = RunError::Kind::BadAnswer;
    error->status = result.status;
    error->message = tr("The answer about %1 is not a model: %2").arg(target.text(), why);
    return std::nullopt;
}

} // namespace r8::composer
