#pragma once
#include "app/composer/ModelLookup.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace r8 {
class TokenVault;
}
namespace r8::api {
class ApiCall;
class ApiClient;
} // namespace r8::api

namespace r8::composer {

// Looks a composer target up as the user types (ModelLookup), authenticated with the chosen token:
// its secret is read from the keychain for this one request and not kept. A newer lookup replaces
// the one in flight; answers are remembered per server and target for the session.
class TargetLookup : public QObject
{
    Q_OBJECT
public:
    TargetLookup(api::ApiClient* client, TokenVault* vault, QObject* parent = nullptr);
    ~TargetLookup() override;

    // False when `target` cannot be looked up (a bare version id, a deployment): nothing happens.
    bool lookUp(const Target& target, const QString& tokenId, const QUrl& baseUrl);
    void abort();
    bool isBusy() const { return m_busy; }

signals:
    void found(const r8::composer::Target& target, const r8::composer::ModelInfo& info);
    void failed(const r8::composer::Target& target, const r8::composer::RunError& error);

private:
    api::ApiClient* m_client;
    TokenVault* m_vault;
    QPointer<api::ApiCall> m_call;
    QHash<QString, ModelInfo> m_cache;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace r8::composer
