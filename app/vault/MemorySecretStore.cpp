#include "app/vault/MemorySecretStore.h"

#include <QTimer>

namespace r8 {

namespace {
template <typename Fn> void later(QObject* context, Fn fn)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, fn]() {
        if (guard)
            fn();
    });
}
} // namespace

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context, DoneFn done)
{
    const SecretError failure = m_failure;
    if (failure.ok())
        m_items.insert(key, secret);
    later(context, [done, failure]() { done(failure); });
}

void MemorySecretStore::read(const QString& key, QObject* context, ReadFn done)
{
    ++m_reads;
    SecretReadResult r;
    r.error = m_failure;
    if (r.error.ok()) {
        if (m_items.contains(key))
            r.secret = m_items.value(key);
        else
            r.error.kind = SecretError::Kind::NotFound;
    }
    later(context, [done, r]() { done(r); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, DoneFn done)
{
    SecretError e = m_failure;
    if (e.ok() && !m_items.remove(key))
        e.kind = SecretError::Kind::NotFound;
    if (e.ok())
        m_labels.remove(key);
    later(context, [done, e]() { done(e); });
}

void MemorySecretStore::setLabel(const QString& key, const QString& label, QObject* context, DoneFn done)
{
    SecretError e = m_failure;
    if (e.ok() && !m_items.contains(key))
        e.kind = SecretError::Kind::NotFound;
    if (e.ok())
        m_labels.insert(key, label); // the secret itself is untouched, as in the real keychain
    later(context, [done, e]() { done(e); });
}

QString MemorySecretStore::backendName() const
{
    return tr("in-memory store");
}

void MemorySecretStore::setFailure(SecretError::Kind kind, const QString& detail)
{
    m_failure.kind = kind;
    m_failure.detail = detail;
}

} // namespace r8
