#include "app/vault/TokenRecord.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace r8 {

R8_FILE_TR(r8::TokenRecord)

namespace {
QString dateToJson(const QDateTime& d)
{
    return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime dateFromJson(const QJsonValue& v)
{
    const QString text = v.toString();
    if (text.isEmpty()) // null or absent: most "rotated_at" and "last_verified_at" (start-up reads 500)
        return {};
    QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!d.isValid())
        d = QDateTime::fromString(text, Qt::ISODate);
    return d.isValid() ? d.toUTC() : QDateTime();
}
} // namespace

QString tokenStatusKey(TokenStatus s)
{
    switch (s) {
    case TokenStatus::Valid:
        return QStringLiteral("valid");
    case TokenStatus::Rejected:
        return QStringLiteral("rejected");
    case TokenStatus::StoppedWorking:
        return QStringLiteral("stopped_working");
    case TokenStatus::Unreachable:
        return QStringLiteral("unreachable");
    case TokenStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

TokenStatus tokenStatusFromKey(const QString& key)
{
    for (TokenStatus s :
         {TokenStatus::Valid, TokenStatus::Rejected, TokenStatus::StoppedWorking, TokenStatus::Unreachable}) {
        if (tokenStatusKey(s) == key)
            return s;
    }
    return TokenStatus::Unknown;
}

QString tokenStatusText(TokenStatus s)
{
    switch (s) {
    case TokenStatus::Valid:
        return tr("Valid");
    case TokenStatus::Rejected:
        return tr("Rejected");
    case TokenStatus::StoppedWorking:
        return tr("Stopped working");
    case TokenStatus::Unreachable:
        return tr("Unreachable");
    case TokenStatus::Unknown:
        break;
    }
    return tr("Not checked");
}

QStringList env::wellKnown()
{
    return {Development, Staging, Production, Sandbox};
}

QString env::displayName(const QString& label)
{
    if (label == Development)
        return tr("development");
    if (label == Staging)
        return tr("staging");
    if (label == Production)
        return tr("production");
    if (label == Sandbox)
        return tr("sandbox");
    return label;
}

bool TokenRecord::operator==(const TokenRecord& o) const
{
    return id == o.id && name == o.name && environment == o.environment && note == o.note && hint == o.hint &&
           legacyShape == o.legacyShape && addedAt == o.addedAt && rotatedAt == o.rotatedAt &&
           lastVerifiedAt == o.lastVerifiedAt && account == o.account && status == o.status &&
           statusDetail == o.statusDetail;
}

QJsonObject recordToJson(const TokenRecord& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("environment"), r.environment},
                  {QStringLiteral("hint"), r.hint},
                  {QStringLiteral("added_at"), dateToJson(r.addedAt)},
                  {QStringLiteral("status"), tokenStatusKey(r.status)}};
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    if (r.legacyShape)
        o.insert(QStringLiteral("legacy_shape"), true);
    if (r.rotatedAt.isValid())
        o.insert(QStringLiteral("rotated_at"), dateToJson(r.rotatedAt));
    if (r.lastVerifiedAt.isValid())
        o.insert(QStringLiteral("last_verified_at"), dateToJson(r.lastVerifiedAt));
    if (!r.account.isEmpty())
        o.insert(QStringLiteral("account"), r.account);
    if (!r.statusDetail.isEmpty())
        o.insert(QStringLiteral("status_detail"), r.statusDetail);
    return o;
}

TokenRecord recordFromJson(const QJsonObject& o)
{
    TokenRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.environment = o.value(QStringLiteral("environment")).toString();
    r.note = o.value(QStringLiteral("note")).toString();
    r.hint = o.value(QStringLiteral("hint")).toString();
    r.legacyShape = o.value(QStringLiteral("legacy_shape")).toBool();
    r.addedAt = dateFromJson(o.value(QStringLiteral("added_at")));
    r.rotatedAt = dateFromJson(o.value(QStringLiteral("rotated_at")));
    r.lastVerifiedAt = dateFromJson(o.value(QStringLiteral("last_verified_at")));
    r.account = o.value(QStringLiteral("account")).toString();
    r.status = tokenStatusFromKey(o.value(QStringLiteral("status")).toString());
    r.statusDetail = o.value(QStringLiteral("status_detail")).toString();
    return r;
}

QString recordProblem(const QJsonObject& o)
{
    for (const char* key : {"id", "name"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return tr("its “%1” is missing or not text").arg(QLatin1String(key));
    }
    for (const char* key : {"environment", "note", "hint", "added_at", "rotated_at", "last_verified_at",
                            "account", "status", "status_detail"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return tr("its “%1” is not text").arg(QLatin1String(key));
    }
    const QJsonValue legacy = o.value(QLatin1String("legacy_shape"));
    if (!legacy.isUndefined() && !legacy.isNull() && !legacy.isBool())
        return tr("its “legacy_shape” is not true or false");
    return {};
}

QByteArray vaultToJson(const VaultData& d)
{
    QJsonArray records;
    for (const TokenRecord& r : d.records)
        records.append(recordToJson(r));
    for (const QJsonValue& v : d.unreadable)
        records.append(v); // kept verbatim: fixing them by hand must still be possible
    QJsonObject defaults;
    for (auto it = d.defaults.cbegin(); it != d.defaults.cend(); ++it)
        defaults.insert(it.key(), it.value());
    QJsonObject root = d.unknownKeys;
    root.insert(QStringLiteral("format_version"), VaultData::kFormatVersion);
    root.insert(QStringLiteral("tokens"), records);
    root.insert(QStringLiteral("defaults"), defaults);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool vaultFromJson(const QByteArray& bytes, VaultData* out, QString* error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("The token list is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("The token list is not a JSON object.");
        return false;
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("format_version")).toInt(-1);
    if (version < 1) {
        *error = tr("The token list has no format version.");
        return false;
    }
    if (version > VaultData::kFormatVersion) {
        *error = tr("The token list was written by a newer r8desk (format %1; this version reads up to %2).")
                     .arg(version)
                     .arg(VaultData::kFormatVersion);
        return false;
    }
    VaultData d;
    const QJsonValue tokens = root.value(QStringLiteral("tokens"));
    if (!tokens.isUndefined() && !tokens.isArray()) {
        *error = tr("The token list's “tokens” is not a list.");
        return false;
    }
    const QJsonValue defaultsValue = root.value(QStringLiteral("defaults"));
    if (!defaultsValue.isUndefined() && !defaultsValue.isObject()) {
        *error = tr("The token list's “defaults” is not an object.");
        return false;
    }
    QSet<QString> ids;
    const QJsonArray records = tokens.toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue v = records.at(i);
        QString why = v.isObject() ? recordProblem(v.toObject()) : tr("it is not an object");
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (why.isEmpty() && ids.contains(id))
            why = tr("its id is used by an earlier entry");
        if (!why.isEmpty()) {
            d.unreadable.append(v);
            d.problems.append(tr("Entry %1 of the token list cannot be read: %2. It is kept as it is; its "
                                 "secret (if any) stays in the keychain.")
                                  .arg(i + 1)
                                  .arg(why));
            continue;
        }
        ids.insert(id);
        d.records.append(recordFromJson(v.toObject()));
    }
    const QJsonObject defaults = defaultsValue.toObject();
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        d.defaults.insert(it.key(), it.value().toString());
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format_version") && it.key() != QLatin1String("tokens") &&
            it.key() != QLatin1String("defaults"))
            d.unknownKeys.insert(it.key(), it.value());
    }
    *out = d;
    return true;
}

} // namespace r8
