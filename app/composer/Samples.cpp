#include "app/composer/Samples.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>

namespace r8::composer {

R8_FILE_TR(r8::composer::Samples)

namespace {

Sample make(const QString& id, const QString& title, const QString& description, const QString& target,
            const QJsonObject& input)
{
    Sample s;
    s.id = id;
    s.title = title;
    s.description = description;
    s.request.target = *parseTarget(target, nullptr);
    s.request.input = input;
    return s;
}
} // namespace

QList<Sample> composerSamples(bool withSandboxOnly)
{
    QList<Sample> list;
    list << make(
        QStringLiteral("flux-schnell"), tr("Image: a cat wearing a hat (FLUX.1 schnell)"),
        tr("The request from Replicate's documentation: black-forest-labs/flux-schnell, waiting for the "
           "result."),
        QStringLiteral("black-forest-labs/flux-schnell"),
        {{QStringLiteral("prompt"), QStringLiteral("a cat wearing a hat")}});
    list << make(QStringLiteral("hello-world"), tr("Hello world (replicate/hello-world)"),
                 tr("The smallest model there is: it says hello. Runs by its latest version."),
                 QStringLiteral("replicate/hello-world"),
                 {{QStringLiteral("text"), QStringLiteral("world")}});
    Sample llama = make(
        QStringLiteral("llama-stream"), tr("Streaming text (Meta Llama 3 8B Instruct)"),
        tr("A language model whose answer streams in as it is written (Server-Sent Events)."),
        QStringLiteral("meta/meta-llama-3-8b-instruct"),
        {{QStringLiteral("prompt"), QStringLiteral("Write a haiku about keeping secrets out of .env files.")},
         {QStringLiteral("max_tokens"), 128}});
    llama.request.stream = true;
    list << llama;
    if (withSandboxOnly) {
        Sample fails =
            make(QStringLiteral("always-fails"), tr("A model that fails on purpose (sandbox)"),
                 tr("sandbox/always-fails logs a few progress steps, then fails: try the error display."),
                 QStringLiteral("sandbox/always-fails"),
                 {{QStringLiteral("prompt"), QStringLiteral("anything")},
                  {QStringLiteral("steps_before_failure"), 5}});
        fails.request.wait = false; // follow it: status, progress and logs as they come
        fails.sandboxOnly = true;
        list << fails;
    }
    return list;
}

std::optional<Sample> composerSample(const QString& id)
{
    for (const Sample& s : composerSamples(true)) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

} // namespace r8::composer
