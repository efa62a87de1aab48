#include "app/cli/ApiSession.h"
#include "app/core/FileTr.h"

#include "app/api/UrlPolicy.h"
#include "app/cli/TerminalText.h"
#include "app/core/AppInfo.h"
#include "app/core/Redact.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace r8::cli {

R8_FILE_TR(r8::cli::ApiSession)

void addApiOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("env"), tr("Environment to use (its default token and API address)."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("token"), tr("Stored token to use, by name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("base-url"),
                 tr("API base URL, e.g. http://127.0.0.1:8080/v1 (default: the environment's; also "
                    "REPLICATE_BASE_URL)."),
                 QStringLiteral("URL")});
}

ApiOptions apiOptionsFrom(const QCommandLineParser& p)
{
    ApiOptions o{p.value(QStringLiteral("env")), p.value(QStringLiteral("token")),
                 p.value(QStringLiteral("base-url"))};
    if (o.baseUrl.isEmpty())
        o.baseUrl = qEnvironmentVariable("REPLICATE_BASE_URL");
    return o;
}

QUrl parseBaseUrl(const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    QString problem;
    if (!url.isValid())
        // Name what was given (QUrl has nothing to show for an invalid URL), never a token in it.
        problem = tr("“%1” is not a valid URL (expected e.g. https://api.replicate.com/v1).").arg(text);
    else
        problem = api::baseUrlProblem(url);
    if (!problem.isEmpty()) {
        *error = oneLine(redact(problem));
        return {};
    }
    return url;
}

int exitCodeFor(const api::ApiResult& r)
{
    using K = api::ApiResult::Kind;
    switch (r.kind) {
    case K::Ok:
        return Ok;
    case K::Network:
    case K::Timeout:
    case K::Tls:
        return Network;
    case K::HttpError:
        return r.status >= 500 ? Network : Failure;
    case K::Refused:
    case K::Canceled:
        break;
    }
    return Failure;
}

void waitUntil(const bool& done)
{
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

ApiSession::ApiSession()
    : store(QString::fromLatin1(appinfo::kKeychainService)), vault(&store, TokenVault::defaultMetadataPath())
{}

int ApiSession::open(Context& ctx)
{
    QString error;
    if (!vault.load(&error) || !environments.load(&error)) {
        ctx.err << oneLine(error) << '\n';
        return Failure;
    }
    for (const QString& problem : vault.unreadableEntries())
        ctx.err << tr("warning: %1").arg(oneLine(problem)) << '\n';
    return Ok;
}

QUrl ApiSession::baseUrlFor(const QString& environment, const ApiOptions& o, QString* error) const
{
    QUrl url;
    if (!o.baseUrl.isEmpty()) {
        return parseBaseUrl(o.baseUrl, error);
    } else {
        url = environments.baseUrlFor(environment);
        if (url.isEmpty()) {
            *error =
                tr("The environment “%1” has no API address yet (the sandbox sets it when it starts; or use "
                   "`r8 env add %1 --base-url URL`).")
                    .arg(oneLine(environment));
            return {};
        }
    }
    const QString problem = api::baseUrlProblem(url);
    if (!problem.isEmpty()) {
        *error = oneLine(redact(problem));
        return {};
    }
    return url;
}

std::optional<ApiSession::Choice> ApiSession::choose(Context& ctx, const ApiOptions& o, int* exitCode)
{
    *exitCode = Usage;
    Choice c;
    std::optional<TokenRecord> rec;
    if (!o.token.isEmpty()) {
        rec = vault.findByName(o.token);
        if (!rec) {
            // --token takes a name; a whole token given by mistake is never echoed.
            ctx.err << tr("No stored token named “%1” (see `r8 tokens`).").arg(oneLine(redact(o.token)))
                    << '\n';
            return std::nullopt;
        }
        c.environment = o.env.isEmpty() ? rec->environment : o.env;
    } else {
        c.environment = o.env;
        if (c.environment.isEmpty())
            c.environment =
                vault.records().size() == 1 ? vault.records().first().environment : env::Production;
        c.environment = TokenVault::normalizeEnvironment(c.environment);
        rec = vault.record(vault.defaultFor(c.environment));
        if (!rec) {
            ctx.err
                << tr("No default token for the environment “%1”. Choose one with --token NAME, or add one "
                      "with `r8 tokens add NAME --env %1`.")
                       .arg(oneLine(c.environment))
                << '\n';
            *exitCode = Failure;
            return std::nullopt;
        }
    }
    QString error;
    c.baseUrl = baseUrlFor(c.environment, o, &error);
    if (c.baseUrl.isEmpty()) {
        ctx.err << error << '\n';
        return std::nullopt;
    }
    c.record = *rec;
    // What a request with this choice learns about the token is kept only when it went to the
    // token's own environment at that environment's address — never from an ad-hoc --base-url.
    c.recordable = o.baseUrl.isEmpty() && c.environment == rec->environment;
    *exitCode = Ok;
    return c;
}

std::optional<ApiSession::Choice> ApiSession::openWithToken(Context& ctx, const ApiOptions& o,
                                                            QString* secret, int* exitCode)
{
    if ((*exitCode = open(ctx)) != Ok)
        return std::nullopt;
    auto choice = choose(ctx, o, exitCode);
    if (!choice)
        return std::nullopt;
    *secret = readSecret(ctx, choice->record.id, exitCode);
    if (secret->isEmpty())
        return std::nullopt;
    return choice;
}

QString ApiSession::readSecret(Context& ctx, const QString& id, int* exitCode)
{
    bool done = false;
    SecretReadResult result;
    vault.readSecret(id, &client, [&](const SecretReadResult& r) {
        result = r;
        done = true;
    });
    waitUntil(done);
    if (!result.error.ok()) {
        ctx.err << oneLine(result.error.userMessage()) << '\n';
        // A missing item is stale data (exit 1); a locked, refusing or absent keychain is exit 3.
        *exitCode = result.error.kind == SecretError::Kind::NotFound ? Failure : Keychain;
        return {};
    }
    *exitCode = Ok;
    return result.secret;
}

} // namespace r8::cli
