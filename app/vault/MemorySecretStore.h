#pragma once
#include "app/vault/SecretStore.h"

#include <QHash>

namespace r8 {

// An in-memory SecretStore for unit tests and the screenshot tool. Answers asynchronously
// (from the event loop), like a real keychain. Failures can be injected.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void write(const QString& key, const QString& secret, QObject* context, DoneFn done) override;
    void read(const QString& key, QObject* context, ReadFn done) override;
    void remove(const QString& key, QObject* context, DoneFn done) override;
    void setLabel(const QString& key, const QString& label, QObject* context, DoneFn done) override;
    QString backendName() const override;

    // Every following operation fails with this error until reset with Kind::None.
    void setFailure(SecretError::Kind kind, const QString& detail = QString());
    bool contains(const QString& key) const { return m_items.contains(key); }
    int size() const { return int(m_items.size()); }
    int readCount() const { return m_reads; }
    QString label(const QString& key) const { return m_labels.value(key); }

private:
    QHash<QString, QString> m_items;
    QHash<QString, QString> m_labels;
    SecretError m_failure;
    int m_reads = 0;
};

} // namespace r8
