#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace r8::sandbox {

// A token the sandbox accepts (or rejects, when disabled). Demo secrets only: never real ones.
struct DemoToken
{
    QString name, token, account;
    bool disabled = false;
    QString disabledReason; // "user" or "compromised" when disabled
};

// The owner of tokens, as GET /v1/account shows it.
struct SandboxAccount
{
    QString username, type = QStringLiteral("user"), name, githubUrl;
};

// Requests per minute per token, per bucket (documented: 600 for creating predictions, 3000 for the rest).
struct RateLimits
{
    int createPerMinute = 600;
    int otherPerMinute = 3000;
};

// What one client may hold of the sandbox's HTTP transport (see SandboxHttp, HttpConnection).
struct ConnectionLimits
{
    int maxConnections = 512;               // open at once (lowered to fit the descriptor limit)
    int idleTimeoutMs = 30000;              // a kept-alive connection without a request is closed
    int headerTimeoutMs = 10000;            // request line and headers, from their first byte: else 408
    int bodyTimeoutMs = 30000;              // a body that makes no progress for this long: 408
    int maxHeadBytes = 64 * 1024;           // request line and headers: else 431
    qint64 maxBodyBytes = 10 * 1024 * 1024; // declared or chunked: else 413, before the body is read
    // POST /v1/files with a declared length: the files API's "less than 100MB" plus the multipart
    // framing (the file part itself is checked by the route). Such bodies are buffered whole, so all
    // connections together hold at most uploadBudgetBytes of them (else 503, on the header).
    qint64 maxUploadBytes = 100 * 1024 * 1024 + 64 * 1024;
    qint64 uploadBudgetBytes = 256 * 1024 * 1024;
};

// Everything that makes one sandbox differ from another: seed, accounts, tokens, extra models, limits.
struct SandboxConfig
{
    quint32 seed = 1;
    QList<SandboxAccount> accounts;
    QList<DemoToken> tokens;
    QList<QJsonObject> extraModels; // models from a config file (see ModelCatalog::fromConfig)
    RateLimits rateLimits;
    int pageSize = 100;             // predictions and tokens per page
    double retentionSeconds = 3600; // after completion, data is removed (scaled by speed)
    double speed = 1.0;
    ConnectionLimits connections;

    // The seeded demo: account "demo" with four tokens (one disabled as compromised) and
    // organisation "acme" with one token. The same seed always gives the same tokens.
    static SandboxConfig demo(quint32 seed = 1);

    // Reads a JSON config file's bytes; on failure returns the demo config and sets *error
    // (translated, naming the bad field). Fields: seed, accounts[], tokens[], models[],
    // rate_limits{create_per_minute, other_per_minute}, page_size, retention_seconds, speed,
    // connections{max, idle_timeout_seconds, header_timeout_seconds, body_timeout_seconds}.
    static SandboxConfig fromJson(const QByteArray& json, QString* error);
};

// A 40-character token from a seed and an index: "r8_" + 37 of [A-Za-z0-9_-].
QString seededToken(quint32 seed, int index);

} // namespace r8::sandbox
