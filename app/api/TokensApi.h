#pragma once
// The token-management contract (shared/reference/tokens-api.md), in ONE place: its paths and its
// parser. Replicate's own API does not offer it today (404/405): callers report "not offered".
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace r8::api::tokens {

// Paths relative to the environment's base URL (which ends in /v1).
QString listPath();                     // "tokens"
QString disablePath(const QString& id); // "tokens/{id}/disable" (id percent-encoded)

// A status that means "this server does not offer the tokens API".
bool isNotOffered(int httpStatus); // 404 or 405

// One token of the account, as the server describes it. Never carries the secret.
struct RemoteToken
{
    QString id;
    QString name;
    QString hint; // last four characters of the secret
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime disabledAt;
    QString disabledReason; // "user", "compromised", or empty
    bool current = false;   // the token that authenticated the request
    QJsonObject extra;

    bool disabled() const { return disabledAt.isValid(); }
};

struct TokenPage
{
    QList<RemoteToken> tokens;
    QUrl next;
};

// Pure parsers. False with a translated message on bad input.
bool parseToken(const QByteArray& body, RemoteToken* out, QString* error);
bool parseTokenPage(const QByteArray& body, TokenPage* out, QString* error);

} // namespace r8::api::tokens
