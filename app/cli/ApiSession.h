#pragma once
#include "app/api/ApiClient.h"
#include "app/api/EnvironmentStore.h"
#include "app/cli/Command.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"

#include <QCommandLineParser>

#include <optional>

namespace r8::cli {

// The options every API-using command takes: --env NAME, --token NAME, --base-url URL
// (REPLICATE_BASE_URL in the environment is the fallback for --base-url, as in the official clients).
struct ApiOptions
{
    QString env;
    QString token;
    QString baseUrl;
};
void addApiOptions(QCommandLineParser& parser);
ApiOptions apiOptionsFrom(const QCommandLineParser& parser);

// A base URL given on the command line, checked (absolute, https or loopback http). Invalid: empty
// and *error names what was given (redacted, escaped for the terminal).
QUrl parseBaseUrl(const QString& text, QString* error);

// What an API-using command works with: the vault (real keychain), the environments, one client.
class ApiSession
{
public:
    ApiSession();

    // Loads the token list and the environments; prints a message and returns an exit code on error.
    int open(Context& ctx);

    struct Choice
    {
        TokenRecord record;
        QString environment;
        QUrl baseUrl;
        // True when the request goes to the record's own environment at its own address: only
        // then may its answer change the stored status.
        bool recordable = false;
    };
    // --token NAME, else the default token of --env (else of the only stored token's environment,
    // else "production"). Base URL: --base-url, REPLICATE_BASE_URL, else the environment's.
    // On failure prints a specific message and sets *exitCode.
    std::optional<Choice> choose(Context& ctx, const ApiOptions& o, int* exitCode);
    // Base URL for an environment, honouring the override.
    QUrl baseUrlFor(const QString& environment, const ApiOptions& o, QString* error) const;

    // open(), choose() and readSecret() in one, as every API-using command starts. On failure prints
    // the message, sets *exitCode and returns nullopt.
    std::optional<Choice> openWithToken(Context& ctx, const ApiOptions& o, QString* secret, int* exitCode);

    // Reads a secret from the keychain, waiting for it. Empty with a message on failure.
    QString readSecret(Context& ctx, const QString& id, int* exitCode);

    KeychainSecretStore store;
    TokenVault vault;
    api::EnvironmentStore environments;
    api::ApiClient client;
};

// The exit code for a finished request: 0 ok; 4 when the server was not reached, timed out, or
// failed (5xx); 1 when it refused (any 4xx, 401 included) or r8 refused to send it.
int exitCodeFor(const api::ApiResult& result);

// Runs an event loop until `done` is set (by a callback). Used to make async core calls blocking.
void waitUntil(const bool& done);

} // namespace r8::cli
