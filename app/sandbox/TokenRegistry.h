#pragma once
#include "app/sandbox/SandboxConfig.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace r8::sandbox {

// The tokens the sandbox knows, with the metadata of the token-management contract (tokens-api.md).
class TokenRegistry
{
public:
    struct Record
    {
        QString id, name, secret, account;
        QDateTime createdAt, lastUsedAt, disabledAt;
        QString disabledReason;
    };
    enum class Check
    {
        Ok,
        Unknown,
        Disabled
    };

    explicit TokenRegistry(const QList<DemoToken>& tokens = {});
    Check check(const QString& secret, Record** record);
    QList<Record*> forAccount(const QString& account); // newest first
    Record* find(const QString& id);
    QJsonObject toJson(const Record& r, const QString& currentId) const;

private:
    QList<Record> m_records;
};

} // namespace r8::sandbox
