#pragma once
#include "app/vault/SecretStore.h"

#include <QDBusObjectPath>
#include <QList>
#include <QObject>

#include <functional>

namespace r8 {

// What QtKeychain cannot do over the freedesktop Secret Service (gnome-keyring, KeePassXC, KWallet's
// bridge): find the item QtKeychain wrote (schema org.qt.keychain, attributes server + user), tell a
// locked item or collection from a missing one, ask the service to unlock (its own prompt, bounded in
// time), and set an item's Label in place — the secret is never read, rewritten or deleted for that.
// It never starts a Secret Service by D-Bus activation: when none owns the name, it reports NoService
// and QtKeychain decides (e.g. KWallet's own API on KDE).
class SecretServiceItems : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoService, // no session bus or nobody owns org.freedesktop.secrets
        Unlocked,  // the item exists and can be read
        Locked,    // the item exists in a locked collection
        Missing,   // no item (the default collection may still be locked: see defaultLocked)
    };
    struct Lookup
    {
        State state = State::NoService;
        QList<QDBusObjectPath> items; // the matching items (unlocked or locked ones)
        bool defaultLocked = false;   // the default collection exists and is locked
        QDBusObjectPath defaultCollection;
    };
    using LookupFn = std::function<void(const Lookup&)>;
    using BoolFn = std::function<void(bool)>;

    explicit SecretServiceItems(QObject* parent = nullptr);

    void find(const QString& service, const QString& key, QObject* context, LookupFn done);
    // Asks the service to unlock the objects, showing its prompt; false when it stays locked, the
    // prompt is dismissed or no answer comes within timeoutMs (the prompt is then dismissed).
    void unlock(const QList<QDBusObjectPath>& objects, int timeoutMs, QObject* context, BoolFn done);
    // Sets the Label of every unlocked item of (service, key) that does not carry it yet.
    void setLabel(const QString& service, const QString& key, const QString& label, QObject* context,
                  SecretStore::DoneFn done);
    // How long unlock() waits for the user: R8_KEYCHAIN_UNLOCK_TIMEOUT (seconds), default 120.
    static int unlockTimeoutMs();
};

} // namespace r8
