#pragma once
#include "app/composer/ComposerRequest.h"

#include <QList>
#include <QString>

#include <optional>

namespace r8::composer {

// A ready-made request, one click away in the composer (and the first thing to try in the sandbox).
struct Sample
{
    QString id;          // stable: "flux-schnell", "hello-world", "llama-stream", "always-fails"
    QString title;       // translated, for a menu
    QString description; // translated, one sentence
    ComposerRequest request;
    bool sandboxOnly = false; // only meaningful against the sandbox (a model that fails on purpose)
};

// The docs' own request (black-forest-labs/flux-schnell, "a cat wearing a hat"), replicate/hello-world,
// a streaming language model (meta/meta-llama-3-8b-instruct, stream on) and, when `withSandboxOnly`,
// sandbox/always-fails. Pure.
QList<Sample> composerSamples(bool withSandboxOnly);

// The sample with that id (sandbox-only ones included), or empty.
std::optional<Sample> composerSample(const QString& id);

} // namespace r8::composer
