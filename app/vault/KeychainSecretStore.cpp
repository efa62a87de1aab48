#include "app/vault/KeychainSecretStore.h"

#include "app/vault/SecretServiceProbe.h"

#include <qt6keychain/keychain.h>

namespace r8 {

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent), m_service(service)
{}

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
    if (s.contains(QLatin1String("locked")) || s.contains(QLatin1String("collection/login")) ||
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

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, DoneFn done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [guard, done](QKeychain::Job* j) {
        if (guard)
            done(errorFromJob(j->error(), j->errorString()));
    });
    job->start();
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadFn done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, done](QKeychain::Job* j) {
        if (!guard)
            return;
        SecretReadResult r;
        r.error = confirmedError(errorFromJob(j->error(), j->errorString()), key, false);
        if (r.error.ok())
            r.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        done(r);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, DoneFn done)
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

SecretError KeychainSecretStore::confirmedError(SecretError e, const QString& key, bool removing) const
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
        if (removing) {
            e.kind = SecretError::Kind::Other;
            e.detail = tr("the item is still there after the delete");
        }
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
