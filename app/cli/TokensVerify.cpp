#include "app/api/TokenVerifier.h"
#include "app/cli/ApiSession.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TerminalText.h"
#include "app/cli/TokensApiActions.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::cli {

R8_FILE_TR(r8::cli::TokensVerify)

int tokensVerify(Context& ctx, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Usage: r8 tokens verify [NAME | --all] [--env NAME] [--base-url URL] [--json]\n"
           "Without NAME: the default token of the environment."));
    p.addHelpOption();
    p.addOption({QStringLiteral("all"), tr("Verify every stored token (of --env only, if given).")});
    p.addOption({QStringLiteral("json"), tr("Print JSON.")});
    addApiOptions(p);
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("tokens verify"), args, 1,
                                           tr("Usage: r8 tokens verify [NAME | --all]")))
        return *exit;
    ApiSession s;
    if (const int rc = s.open(ctx))
        return rc;
    ApiOptions o = apiOptionsFrom(p);
    QStringList ids;
    if (p.isSet(QStringLiteral("all"))) {
        const QString env = o.env.isEmpty() ? QString() : TokenVault::normalizeEnvironment(o.env);
        for (const TokenRecord& r : s.vault.records()) {
            if (env.isEmpty() || r.environment == env)
                ids.append(r.id);
        }
        if (ids.isEmpty()) {
            ctx.err << tr("No stored tokens to verify.") << '\n';
            return Failure;
        }
    } else {
        if (!p.positionalArguments().isEmpty())
            o.token = p.positionalArguments().first();
        int rc = Ok;
        const auto choice = s.choose(ctx, o, &rc);
        if (!choice)
            return rc;
        ids.append(choice->record.id);
    }
    api::TokenVerifier verifier(&s.vault, &s.client, [&](const QString& env) {
        QString ignored;
        return s.baseUrlFor(env, o, &ignored);
    });
    // A check against an ad-hoc address says nothing the token list should keep.
    verifier.setRecording(o.baseUrl.isEmpty());
    if (!o.baseUrl.isEmpty()) {
        QString error;
        if (parseBaseUrl(o.baseUrl, &error).isEmpty()) {
            ctx.err << error << '\n';
            return Usage;
        }
    }
    int bad = 0;
    int unreachable = 0;
    int keychain = 0; // the keychain refused, was locked or unreachable: exit 3 (a missing item: 1)
    QJsonArray json;
    QObject::connect(&verifier, &api::TokenVerifier::tokenVerified, &verifier,
                     [&](const QString& id, const api::VerifyOutcome& v) {
                         const auto rec = s.vault.record(id);
                         const QString name = rec ? rec->name : id;
                         if (v.keychainError == SecretError::Kind::NotFound)
                             ++bad;
                         else if (v.keychainError != SecretError::Kind::None)
                             ++keychain;
                         else if (v.status == TokenStatus::Unreachable || v.status == TokenStatus::Unknown ||
                                  !v.recordable)
                             ++unreachable;
                         else if (v.status != TokenStatus::Valid)
                             ++bad;
                         if (p.isSet(QStringLiteral("json"))) {
                             json.append(QJsonObject{{QStringLiteral("name"), name},
                                                     {QStringLiteral("status"), tokenStatusKey(v.status)},
                                                     {QStringLiteral("account"), v.username},
                                                     {QStringLiteral("detail"), v.detail}});
                         } else {
                             ctx.out << oneLine(name).leftJustified(24) << ' '
                                     << tokenStatusText(v.status).leftJustified(16) << ' '
                                     << oneLine(v.detail) << '\n';
                             ctx.out.flush();
                         }
                     });
    bool done = false;
    QObject::connect(&verifier, &api::TokenVerifier::finished, &verifier, [&] { done = true; });
    verifier.verify(ids);
    waitUntil(done);
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    // The most specific failure wins: a bad token, then the keychain, then the network.
    return bad > 0 ? Failure : keychain > 0 ? Keychain : unreachable > 0 ? Network : Ok;
}

} // namespace r8::cli
