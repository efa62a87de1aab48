#include "app/sandbox/TokenRegistry.h"

#include "app/sandbox/Timestamps.h"

#include <QCryptographicHash>

namespace r8::sandbox {

TokenRegistry::TokenRegistry(const QList<DemoToken>& tokens)
{
    const QDateTime base = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < tokens.size(); ++i) {
        const DemoToken& t = tokens.at(i);
        Record r;
        r.id = QStringLiteral("tok_") +
               QString::fromLatin1(
                   QCryptographicHash::hash(t.token.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
        r.name = t.name;
        r.secret = t.token;
        r.account = t.account;
        r.createdAt = base.addDays(-(tokens.size() - i) * 7); // later tokens are newer
        if (t.disabled) {
            r.disabledAt = base.addDays(-1);
            r.disabledReason = t.disabledReason.isEmpty() ? QStringLiteral("user") : t.disabledReason;
        }
        m_records.append(r);
    }
}

TokenRegistry::Check TokenRegistry::check(const QString& secret, Record** record)
{
    for (auto& r : m_records) {
        if (r.secret == secret) {
            if (record)
                *record = &r;
            return r.disabledAt.isValid() ? Check::Disabled : Check::Ok;
        }
    }
    return Check::Unknown;
}

QList<TokenRegistry::Record*> TokenRegistry::forAccount(const QString& account)
{
    QList<Record*> out;
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it)
        if (it->account == account)
            out.append(&*it);
    return out;
}

TokenRegistry::Record* TokenRegistry::find(const QString& id)
{
    for (auto& r : m_records)
        if (r.id == id)
            return &r;
    return nullptr;
}

QJsonObject TokenRegistry::toJson(const Record& r, const QString& currentId) const
{
    auto time = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(isoTime(t)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("hint"), r.secret.right(4)},
            {QStringLiteral("created_at"), isoTime(r.createdAt)},
            {QStringLiteral("last_used_at"), time(r.lastUsedAt)},
            {QStringLiteral("disabled_at"), time(r.disabledAt)},
            {QStringLiteral("disabled_reason"),
             r.disabledReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.disabledReason)},
            {QStringLiteral("current"), r.id == currentId}};
}

} // namespace r8::sandbox
