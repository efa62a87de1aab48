#pragma once
#include "app/api/ApiRequest.h"
#include "app/composer/RunError.h"
#include "app/composer/Target.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace r8::composer {

// What looking a target's model up says: the schema to build the input form from, and what to
// actually create. Shared by the composer page (as the user types) and `r8 run`.
struct ModelInfo
{
    Target runnable;           // a community OWNER/NAME runs by its latest version (runnableTarget)
    QJsonObject openapiSchema; // the version's Cog schema (may be empty)
    QString versionId;         // the version the schema belongs to (may be empty)
    QString description;       // the model's description (may be empty)
    QUrl webUrl;               // the model's page (may be empty)
};

// GET models/{owner}/{name} (the latest version) or models/{owner}/{name}/versions/{id}. Empty for a
// target that cannot be looked up (a bare version id, a deployment). Pure.
std::optional<api::ApiRequest> modelLookupRequest(const Target& target, const QUrl& baseUrl);

// The answer to that request → the model; empty + *error on an HTTP/network error (explainResult,
// 404 said as "no such model"), a model without a version (kind Other, the answer's status 200) or
// an answer that is not a model (BadAnswer). Translated, no secrets. Pure.
std::optional<ModelInfo> modelLookupResult(const Target& target, const api::ApiResult& result,
                                           RunError* error);

} // namespace r8::composer
