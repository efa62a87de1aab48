#include "app/composer/TargetLookup.h"

#include "app/api/ApiCall.h"
#include "app/composer/Exchange.h"
#include "app/vault/TokenVault.h"

namespace r8::composer {

TargetLookup::TargetLookup(api::ApiClient* client, TokenVault* vault, QObject* parent)
    : QObject(parent), m_client(client), m_vault(vault)
{}

TargetLookup::~TargetLookup()
{
    abort();
}

void TargetLookup::abort()
{
    ++m_generation;
    m_busy = false;
    if (m_call)
        m_call->abort();
    m_call = nullptr;
}

bool TargetLookup::lookUp(const Target& target, const QString& tokenId, const QUrl& baseUrl)
{
    abort();
    const auto request = modelLookupRequest(target, baseUrl);
    if (!request)
        return false;
    const QString key = baseUrl.toString() + QLatin1Char(' ') + target.text();
    if (m_cache.contains(key)) {
        const ModelInfo info = m_cache.value(key);
        QMetaObject::invokeMethod(
            this,
            [this, target, info, generation = m_generation]() {
                if (generation == m_generation)
                    emit found(target, info);
            },
            Qt::QueuedConnection);
        return true;
    }
    m_busy = true;
    const quint64 generation = m_generation;
    const auto rec = m_vault->record(tokenId);
    if (!rec) {
        QMetaObject::invokeMethod(
            this,
            [this, target, generation]() {
                if (generation != m_generation)
                    return;
                m_busy = false;
                RunError e;
                e.kind = RunError::Kind::TokenRejected;
                e.message = tr("Choose a token to look %1 up.").arg(target.text());
                emit failed(target, e);
            },
            Qt::QueuedConnection);
        return true;
    }
    m_vault->readSecret(
        tokenId, this, [this, target, request, baseUrl, key, generation](const SecretReadResult& r) {
            if (generation != m_generation)
                return;
            if (!r.error.ok() || r.secret.isEmpty()) {
                m_busy = false;
                RunError e;
                e.kind = RunError::Kind::Other;
                e.message =
                    tr("The token could not be read from the keychain: %1").arg(r.error.userMessage());
                emit failed(target, e);
                return;
            }
            m_call = sendTimed(m_client, *request, {baseUrl, r.secret}, this,
                               [this, target, key, generation](const Exchange& ex) {
                                   if (generation != m_generation)
                                       return;
                                   m_busy = false;
                                   m_call = nullptr;
                                   RunError e;
                                   const auto info = modelLookupResult(target, ex.result, &e);
                                   if (!info) {
                                       emit failed(target, e);
                                       return;
                                   }
                                   m_cache.insert(key, *info);
                                   emit found(target, *info);
                               });
        });
    return true;
}

} // namespace r8::composer
