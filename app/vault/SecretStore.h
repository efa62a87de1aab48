#pragma once
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace r8 {

// Why a keychain operation failed, in terms a user can act on.
struct SecretError
{
    enum class Kind
    {
        None,
        NotFound,     // no item under that key
        NoService,    // no Secret Service / keychain reachable (no D-Bus session, daemon not running)
        Locked,       // the keychain is locked and could not be unlocked
        AccessDenied, // the user or the OS refused access
        Other,
    };
    Kind kind = Kind::None;
    QString detail; // the backend's own words (never contains the secret)

    bool ok() const { return kind == Kind::None; }
    // A translated sentence saying what failed and what to do about it.
    QString userMessage() const;
};

struct SecretReadResult
{
    SecretError error;
    QString secret; // empty on error
};

// The one interface through which r8desk stores secrets. Asynchronous: each call finishes by
// invoking its callback on the context object's thread, unless the context is gone by then.
// Implementations: KeychainSecretStore (QtKeychain; the OS keychain) and MemorySecretStore (unit tests).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using DoneFn = std::function<void(const SecretError&)>;
    using ReadFn = std::function<void(const SecretReadResult&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void write(const QString& key, const QString& secret, QObject* context, DoneFn done) = 0;
    virtual void read(const QString& key, QObject* context, ReadFn done) = 0;
    virtual void remove(const QString& key, QObject* context, DoneFn done) = 0;
    // Gives the stored item a label a person recognises in the keychain's own tool (Seahorse,
    // KeePassXC, KWallet Manager). Lookups stay by key. Never reads, rewrites or removes the secret,
    // so a failure here loses nothing. The default does nothing (stores without labels).
    virtual void setLabel(const QString& key, const QString& label, QObject* context, DoneFn done);
    // A short name for messages: "Secret Service", "macOS Keychain", "in-memory test store".
    virtual QString backendName() const = 0;
};

} // namespace r8
