#include "app/vault/KeychainSecretStore.h"

#include "app/vault/LibsecretSession.h"
#include "app/vault/SecretServiceProbe.h"
#if defined(R8_SECRET_SERVICE)
#include "app/vault/SecretServiceItems.h"
#endif

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace r8 {

namespace {
// One job and, when the Secret Service's transfer session failed, at most two more on fresh sessions.
// (kwalletd5 5.103: about 1 session in 100 fails, so three in a row about once in a million.)
constexpr int kSessionAttempts = 3;

// The transfer session failed, so nothing was stored or read: the service could not decrypt what
// libsecret sent ("Can't find session …" from kwalletd, "The session does not exist" elsewhere) or
// refused libsecret's half of the key exchange (kwalletd: "Client public key size is invalid", when
// the key happens to start with a zero byte).
bool sessionTrouble(const SecretError& e)
{
    return e.kind == SecretError::Kind::Other &&
           (e.detail.contains(QLatin1String("session"), Qt::CaseInsensitive) ||
            e.detail.contains(QLatin1String("public key"), Qt::CaseInsensitive));
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent), m_service(service)
{
#if defined(R8_SECRET_SERVICE)
    m_items = new SecretServiceItems(this);
#endif
}

SecretError KeychainSecretStore::errorFromJob(int keychainError, const QString& errorString)
{
    SecretError e;
    e.detail = errorString;
    switch (keychainError) {
    case QKeychain::NoError:
        e.detail.clear();
        e.kind = SecretError::Kind::None;
        return e;
    case QKeychain::EntryNotFound:
        e.kind = SecretError::Kind::NotFound;
        return e;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        e.kind = SecretError::Kind::AccessDenied;
        return e;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        e.kind = SecretError::Kind::NoService;
        return e;
    default:
        break;
    }
    // Secret Service reports most trouble as OtherError; tell the common cases apart by text.
    const QString s = errorString.toLower();
    if (s.contains(QLatin1String("denied")) || s.contains(QLatin1String("refused by")) ||
        s.contains(QLatin1String("not authorized")) || s.contains(QLatin1String("not allowed")))
        e.kind = SecretError::Kind::AccessDenied;
    else if (s.contains(QLatin1String("locked")) || s.contains(QLatin1String("collection/login")) ||
             s.contains(QLatin1String("prompt")))
        e.kind = SecretError::Kind::Locked;
    else if (s.contains(QLatin1String("d-bus")) || s.contains(QLatin1String("dbus")) ||
             s.contains(QLatin1String("org.freedesktop.secrets")) ||
             s.contains(QLatin1String("not provided")) || s.contains(QLatin1String("no such interface")) ||
             s.contains(QLatin1String("service unknown")) || s.contains(QLatin1String("could not connect")) ||
             s.contains(QLatin1String("connection refused")))
        e.kind = SecretError::Kind::NoService;
    else
        e.kind = SecretError::Kind::Other;
    return e;
}

void KeychainSecretStore::whenUnlocked(const QString& key, QObject* context, DoneFn next)
{
#if defined(R8_SECRET_SERVICE)
    QPointer<QObject> guard(context);
    m_items->find(m_service, key, this, [this, guard, next](const SecretServiceItems::Lookup& found) {
        if (!guard)
            return;
        QList<QDBusObjectPath> toUnlock;
        if (found.state == SecretServiceItems::State::Locked)
            toUnlock = found.items;
        else if (found.state == SecretServiceItems::State::Missing && found.defaultLocked)
            toUnlock = {found.defaultCollection};
        if (toUnlock.isEmpty()) {
            next(SecretError{});
            return;
        }
        // An item listed as locked in an unlocked collection waits for the user to allow r8desk's access
        // (KeePassXC's "confirm access"): not answering or denying is a refusal, not a locked keychain.
        const bool askingAccess = found.state == SecretServiceItems::State::Locked && !found.defaultLocked;
        m_items->unlock(toUnlock, SecretServiceItems::unlockTimeoutMs(), this,
                        [guard, next, askingAccess](bool unlocked) {
                            if (!guard)
                                return;
                            SecretError e;
                            if (!unlocked)
                                e.kind = askingAccess ? SecretError::Kind::AccessDenied
                                                      : SecretError::Kind::Locked;
                            next(e);
                        });
    });
#else
    Q_UNUSED(key)
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, next]() {
        if (guard)
            next(SecretError{});
    });
#endif
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, DoneFn done)
{
    whenUnlocked(key, context, [this, key, secret, context, done](const SecretError& e) {
        if (!e.ok())
            done(e);
        else
            startWrite(key, secret, context, done, 0);
    });
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadFn done)
{
    whenUnlocked(key, context, [this, key, context, done](const SecretError& e) {
        if (!e.ok())
            done(SecretReadResult{e, QString()});
        else
            startRead(key, context, done, 0);
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, DoneFn done)
{
    whenUnlocked(key, context, [this, key, context, done](const SecretError& e) {
        if (!e.ok())
            done(e);
        else
            startRemove(key, context, done);
    });
}

void KeychainSecretStore::setLabel(const QString& key, const QString& label, QObject* context, DoneFn done)
{
#if defined(R8_SECRET_SERVICE)
    m_items->setLabel(m_service, key, label, context, std::move(done));
#else
    SecretStore::setLabel(key, label, context, std::move(done));
#endif
}

void KeychainSecretStore::startWrite(const QString& key, const QString& secret, QObject* context, DoneFn done,
                                     int attempt)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, secret, guard, done, attempt](QKeychain::Job* j) {
                if (!guard)
                    return;
                const SecretError e = errorFromJob(j->error(), j->errorString());
                // A write replaces the item whole (or creates it): doing it again on a fresh session cannot
                // leave half an item behind, and the item the keychain had stays until a write succeeds.
                if (sessionTrouble(e) && attempt + 1 < kSessionAttempts &&
                    LibsecretSession::dropSharedService()) {
                    qInfo("r8: the Secret Service session failed while storing; trying again on a new one");
                    startWrite(key, secret, guard, done, attempt + 1);
                    return;
                }
                done(e);
            });
    job->start();
}

void KeychainSecretStore::startRead(const QString& key, QObject* context, ReadFn done, int attempt)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, done, attempt](QKeychain::Job* j) {
        if (!guard)
            return;
        SecretReadResult r;
        bool lostInTransfer = false;
        r.error = confirmedError(errorFromJob(j->error(), j->errorString()), key, false, &lostInTransfer);
        // "Not found" for an item the service lists as there and unlocked, or a failed session: the
        // secret was lost in transfer, not in the keychain. Ask again on a fresh session.
        if ((lostInTransfer || sessionTrouble(r.error)) && attempt + 1 < kSessionAttempts &&
            LibsecretSession::dropSharedService()) {
            qInfo("r8: the Secret Service session failed while reading; trying again on a new one");
            startRead(key, guard, done, attempt + 1);
            return;
        }
        if (r.error.ok())
            r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        done(r);
    });
    job->start();
}

void KeychainSecretStore::startRemove(const QString& key, QObject* context, DoneFn done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, done](QKeychain::Job* j) {
        if (guard)
            done(confirmedError(errorFromJob(j->error(), j->errorString()), key, true));
    });
    job->start();
}

SecretError KeychainSecretStore::confirmedError(SecretError e, const QString& key, bool removing,
                                                bool* lostInTransfer) const
{
    // QtKeychain (libsecret) reports an item in a locked collection as "not found", and a delete
    // that deleted nothing as success. Ask the Secret Service what is really there.
    if (!(e.kind == SecretError::Kind::NotFound || (removing && e.ok())))
        return e;
    switch (SecretServiceProbe::find(m_service, key)) {
    case SecretServiceProbe::Answer::Locked:
        e.kind = SecretError::Kind::Locked;
        e.detail = removing ? tr("the item is still there, in a locked collection")
                            : tr("the item is in a locked collection");
        break;
    case SecretServiceProbe::Answer::Present:
        e.kind = SecretError::Kind::Other;
        // Never "not found" for an item that is there: that would tell the user to delete the entry.
        e.detail = removing ? tr("the item is still there after the delete")
                            : tr("the item is there, but its secret did not arrive over the Secret Service "
                                 "session");
        if (!removing && lostInTransfer)
            *lostInTransfer = true;
        break;
    case SecretServiceProbe::Answer::Absent:
    case SecretServiceProbe::Answer::Unknown:
        break;
    }
    return e;
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service");
#endif
}

} // namespace r8
