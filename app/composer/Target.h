#pragma once
#include <QString>

#include <optional>

namespace r8::api {
struct Model;
}

namespace r8::composer {

// What a prediction is created for.
struct Target
{
    enum class Kind
    {
        Model,      // owner/name → POST /v1/models/{owner}/{name}/predictions
        Version,    // owner/name:id or a bare 64-hex id → POST /v1/predictions {"version": id}
        Deployment, // deployments/owner/name → POST /v1/deployments/{owner}/{name}/predictions
    };
    Kind kind = Kind::Model;
    QString owner; // empty for a bare version id
    QString name;
    QString version; // Version only: the 64-hex id

    // The text a user would type for it: "owner/name", "owner/name:id", "id", "deployments/owner/name".
    QString text() const;
    // "owner/name" (empty for a bare version id).
    QString modelRef() const;
    // The API path below the base URL: "models/o/n/predictions", "predictions",
    // "deployments/o/n/predictions".
    QString createPath() const;
    bool operator==(const Target& o) const;
};

// Parses what the user typed: "owner/name", "owner/name:VERSION", a bare 64-hex version id,
// "deployments/owner/name" (or "deployment:owner/name"), or a replicate.com page URL
// (https://replicate.com/owner/name[/versions/ID], …/deployments/owner/name). Surrounding spaces are
// ignored. Empty + *error (translated, specific) on bad input. Pure.
std::optional<Target> parseTarget(const QString& text, QString* error);

// What to actually create for `target` once its model is known: an OWNER/NAME that the API says is
// not official (is_official: false) cannot use the models endpoint, so it becomes its latest version.
// Anything else is returned unchanged. Pure.
Target runnableTarget(const Target& target, const api::Model& model);

} // namespace r8::composer
