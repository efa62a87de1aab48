#include "app/cli/EnvCommand.h"
#include "app/core/FileTr.h"

#include "app/cli/ApiSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TerminalText.h"

#include "app/api/EnvironmentStore.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::cli {

R8_FILE_TR(r8::cli::EnvCommand)

QString EnvCommand::summary() const
{
    return tr("List environments and their API addresses; add or remove custom ones.");
}

int EnvCommand::run(Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Usage: r8 env [--json]\n"
                                   "       r8 env add NAME --base-url URL\n"
                                   "       r8 env rm NAME"));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    p.addOption({QStringLiteral("base-url"), tr("add: the API base URL, e.g. https://api.example.com/v1."),
                 QStringLiteral("URL")});
    p.addPositionalArgument(QStringLiteral("action"), tr("add or rm (none: list)"));
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("env"), ctx.args))
        return *exit;
    api::EnvironmentStore envs;
    QString error;
    if (!envs.load(&error)) {
        ctx.err << oneLine(error) << '\n';
        return Failure;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("add")) {
        if (pos.size() != 2 || !p.isSet(QStringLiteral("base-url"))) {
            ctx.err << tr("Usage: r8 env add NAME --base-url URL") << '\n';
            return Usage;
        }
        const QUrl url = parseBaseUrl(p.value(QStringLiteral("base-url")), &error);
        if (url.isEmpty()) {
            ctx.err << tr("r8 env add: %1").arg(error) << '\n';
            return Usage;
        }
        error = envs.set(pos.at(1), url);
        if (!error.isEmpty()) {
            ctx.err << tr("r8 env add: %1").arg(oneLine(error)) << '\n';
            return Usage;
        }
        ctx.out << tr("Environment “%1” now talks to %2.")
                       .arg(oneLine(pos.at(1)), urlForDisplay(envs.find(pos.at(1))->baseUrl))
                << '\n';
        return Ok;
    }
    if (action == QLatin1String("rm") || action == QLatin1String("remove")) {
        if (pos.size() != 2) {
            ctx.err << tr("Usage: r8 env rm NAME") << '\n';
            return Usage;
        }
        error = envs.remove(pos.at(1));
        if (!error.isEmpty()) {
            ctx.err << tr("r8 env rm: %1").arg(oneLine(error)) << '\n';
            return Failure;
        }
        ctx.out << tr("Removed “%1” (tokens labelled with it are kept).").arg(oneLine(pos.at(1))) << '\n';
        return Ok;
    }
    if (!action.isEmpty()) {
        ctx.err << tr("r8 env: unknown action “%1”. Run `r8 env --help`.").arg(oneLine(action)) << '\n';
        return Usage;
    }
    // Listing needs only token metadata (names of defaults), never the keychain.
    MemorySecretStore noSecrets;
    TokenVault vault(&noSecrets, TokenVault::defaultMetadataPath());
    if (!vault.load(&error)) {
        ctx.err << oneLine(error) << '\n';
        return Failure;
    }
    auto defaultName = [&](const QString& env) {
        const auto r = vault.record(vault.defaultFor(env));
        return r ? r->name : QString();
    };
    QList<api::Environment> list = envs.all();
    for (const QString& label : vault.environments()) {
        if (!envs.find(label)) {
            api::Environment e;
            e.name = label;
            e.baseUrl = api::defaultApiBase();
            list.append(e);
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const api::Environment& e : list)
            arr.append(QJsonObject{{QStringLiteral("name"), e.name},
                                   {QStringLiteral("base_url"),
                                    e.baseUrl.isEmpty() ? QJsonValue() : QJsonValue(e.baseUrl.toString())},
                                   {QStringLiteral("default_token"), defaultName(e.name)}});
        ctx.out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << '\n';
        return Ok;
    }
    for (const api::Environment& e : list) {
        const QString url = e.baseUrl.isEmpty() ? tr("(not running)") : urlForDisplay(e.baseUrl);
        const QString def = defaultName(e.name);
        ctx.out << oneLine(e.name).leftJustified(14) << ' ' << url.leftJustified(36) << ' '
                << (def.isEmpty() ? tr("no default token") : tr("default token: %1").arg(oneLine(def)))
                << '\n';
    }
    return Ok;
}

} // namespace r8::cli
