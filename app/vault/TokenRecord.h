#pragma once
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace r8 {

// What the API last said about a token. Only metadata: the secret lives in the keychain.
enum class TokenStatus
{
    Unknown,        // never checked
    Valid,          // GET /v1/account answered 200
    Rejected,       // 401 on the first check
    StoppedWorking, // 401 after it had worked before (disabled, maybe after a leak)
    Unreachable,    // the server could not be reached at the last check
};
QString tokenStatusKey(TokenStatus s); // stable JSON key: "unknown", "valid", ...
TokenStatus tokenStatusFromKey(const QString& key);
QString tokenStatusText(TokenStatus s); // translated, for display

// The well-known environment labels. Any other non-empty text is a custom label.
namespace env {
inline const QString Development = QStringLiteral("development");
inline const QString Staging = QStringLiteral("staging");
inline const QString Production = QStringLiteral("production");
inline const QString Sandbox = QStringLiteral("sandbox");
QStringList wellKnown();
QString displayName(const QString& label); // translated for the well-known ones
} // namespace env

struct TokenRecord
{
    QString id;          // stable, random; also the keychain key
    QString name;        // unique, user-chosen
    QString environment; // development / staging / production / sandbox / custom text
    QString note;
    QString hint;             // last four characters of the secret
    bool legacyShape = false; // accepted with a warning: not r8_ + 37 characters
    QDateTime addedAt;
    QDateTime rotatedAt;
    QDateTime lastVerifiedAt;
    QString account; // username the API reported at the last successful check
    TokenStatus status = TokenStatus::Unknown;
    QString statusDetail; // the server's words at the last check (never contains a secret)

    bool operator==(const TokenRecord& o) const;
};

// The whole metadata file: records plus the default token of each environment.
struct VaultData
{
    static constexpr int kFormatVersion = 1;
    QList<TokenRecord> records;
    QMap<QString, QString> defaults; // environment label -> record id
    // Entries of "tokens" that could not be read (wrong types, no id or name, a repeated id): kept
    // verbatim and written back on every save, never treated as absent. `problems` says why, one
    // translated line each.
    QJsonArray unreadable;
    QStringList problems;
    QJsonObject unknownKeys; // top-level keys this version does not know: written back as they were
};

QJsonObject recordToJson(const TokenRecord& r);
TokenRecord recordFromJson(const QJsonObject& o);
// Empty when `o` is a record this version can use; otherwise why not (translated). Pure.
QString recordProblem(const QJsonObject& o);

QByteArray vaultToJson(const VaultData& d);
// Parses the metadata file. On failure returns false and a specific, translated message.
bool vaultFromJson(const QByteArray& bytes, VaultData* out, QString* error);

} // namespace r8
