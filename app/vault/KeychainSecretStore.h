#pragma once
#include "app/vault/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace r8 {

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows. Items: service "r8desk" (or the given service), key = record id.
// The insecure plaintext fallback is never enabled.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    void write(const QString& key, const QString& secret, QObject* context, DoneFn done) override;
    void read(const QString& key, QObject* context, ReadFn done) override;
    void remove(const QString& key, QObject* context, DoneFn done) override;
    QString backendName() const override;

    // Maps a finished QtKeychain job's error to the kind a user can act on. Public for tests.
    static SecretError errorFromJob(int keychainError, const QString& errorString);

private:
    // A NotFound (or, when removing, a success) checked against the Secret Service itself.
    SecretError confirmedError(SecretError e, const QString& key, bool removing) const;

    QString m_service;
};

} // namespace r8
