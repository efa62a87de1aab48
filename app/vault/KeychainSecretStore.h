#pragma once
#include "app/vault/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace r8 {

class SecretServiceItems;

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows. Items: service "r8desk" (or the given service), key = record id.
// The insecure plaintext fallback is never enabled.
// On the Secret Service, each job first looks at the item over D-Bus: a locked item or collection
// is unlocked through the service's own prompt (bounded in time) or reported as Locked — never left
// to hang on an invisible prompt, never mistaken for a missing item. setLabel() sets the item's
// Label there ("r8desk: NAME (ENVIRONMENT)"); QtKeychain itself labels every item with the service name.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    void write(const QString& key, const QString& secret, QObject* context, DoneFn done) override;
    void read(const QString& key, QObject* context, ReadFn done) override;
    void remove(const QString& key, QObject* context, DoneFn done) override;
    void setLabel(const QString& key, const QString& label, QObject* context, DoneFn done) override;
    QString backendName() const override;

    // Maps a finished QtKeychain job's error to the kind a user can act on. Public for tests.
    static SecretError errorFromJob(int keychainError, const QString& errorString);

private:
    // Runs `next` once the item (or, for a new item, the default collection) is usable; reports
    // Locked instead when it stays locked.
    void whenUnlocked(const QString& key, QObject* context, DoneFn next);
    // `attempt` counts the jobs already tried on a failed Secret Service session (LibsecretSession).
    void startWrite(const QString& key, const QString& secret, QObject* context, DoneFn done, int attempt);
    void startRead(const QString& key, QObject* context, ReadFn done, int attempt);
    void startRemove(const QString& key, QObject* context, DoneFn done);
    // A NotFound (or, when removing, a success) checked against the Secret Service itself: a locked
    // item is Locked, an unlocked one that could not be read is Other (a failed transfer session).
    // lostInTransfer (reading only) is set for the latter.
    SecretError confirmedError(SecretError e, const QString& key, bool removing,
                               bool* lostInTransfer = nullptr) const;

    QString m_service;
    SecretServiceItems* m_items = nullptr; // only on the Secret Service (Linux and other Unixes)
};

} // namespace r8
