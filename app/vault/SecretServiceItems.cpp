#include "app/vault/SecretServiceItems.h"

#include "app/vault/SecretServicePrompt.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>
#include <QMap>
#include <QPointer>

#include <memory>

namespace r8 {

namespace {
const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceIface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kItemIface = QStringLiteral("org.freedesktop.Secret.Item");
const QString kCollectionIface = QStringLiteral("org.freedesktop.Secret.Collection");
const QString kPropsIface = QStringLiteral("org.freedesktop.DBus.Properties");
constexpr int kCallTimeoutMs = 10000;

using ReplyFn = std::function<void(const QDBusMessage&)>;

// One asynchronous call; `done` runs with the reply (or the error message) unless context is gone.
void call(const QString& path, const QString& iface, const QString& method, const QVariantList& args,
          QObject* context, ReplyFn done)
{
    QDBusMessage m = QDBusMessage::createMethodCall(kService, path, iface, method);
    m.setArguments(args);
    auto* w =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(m, kCallTimeoutMs), context);
    QObject::connect(w, &QDBusPendingCallWatcher::finished, context,
                     [done](QDBusPendingCallWatcher* watcher) {
                         watcher->deleteLater();
                         done(watcher->reply());
                     });
}

bool serviceRunning()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    // Owned now — never started by activation from here (QtKeychain picks its own backend).
    return bus.interface()->isServiceRegistered(kService).value();
}

QList<QDBusObjectPath> pathsFrom(const QVariant& v)
{
    QList<QDBusObjectPath> out;
    if (v.canConvert<QDBusArgument>())
        v.value<QDBusArgument>() >> out;
    else
        out = qdbus_cast<QList<QDBusObjectPath>>(v);
    return out;
}

QVariant unwrap(const QDBusMessage& reply)
{
    const QVariant v = reply.arguments().value(0);
    return v.canConvert<QDBusVariant>() ? v.value<QDBusVariant>().variant() : v;
}

QVariant attributes(const QString& service, const QString& key)
{
    QMap<QString, QString> attrs;
    attrs.insert(QStringLiteral("server"), service);
    attrs.insert(QStringLiteral("user"), key);
    return QVariant::fromValue(attrs);
}
} // namespace

SecretServiceItems::SecretServiceItems(QObject* parent) : QObject(parent)
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

int SecretServiceItems::unlockTimeoutMs()
{
    bool ok = false;
    const int s = qEnvironmentVariableIntValue("R8_KEYCHAIN_UNLOCK_TIMEOUT", &ok);
    return (ok && s >= 0 && s <= 3600) ? s * 1000 : 120000;
}

void SecretServiceItems::find(const QString& service, const QString& key, QObject* context, LookupFn done)
{
    if (!serviceRunning()) {
        done(Lookup{});
        return;
    }
    QPointer<QObject> guard(context);
    call(kServicePath, kServiceIface, QStringLiteral("SearchItems"), {attributes(service, key)}, this,
         [this, guard, done](const QDBusMessage& r) {
             if (!guard)
                 return;
             Lookup out;
             if (r.type() != QDBusMessage::ReplyMessage) {
                 done(out); // NoService: let QtKeychain try and report
                 return;
             }
             const QList<QDBusObjectPath> unlocked = pathsFrom(r.arguments().value(0));
             const QList<QDBusObjectPath> locked = pathsFrom(r.arguments().value(1));
             if (!unlocked.isEmpty()) {
                 out.state = State::Unlocked;
                 out.items = unlocked;
                 done(out);
                 return;
             }
             out.state = locked.isEmpty() ? State::Missing : State::Locked;
             out.items = locked;
             // Is the default collection locked? (KeePassXC lists nothing of a locked database.)
             call(kServicePath, kServiceIface, QStringLiteral("ReadAlias"), {QStringLiteral("default")}, this,
                  [this, guard, done, out](const QDBusMessage& alias) mutable {
                      if (!guard)
                          return;
                      const QString path = alias.arguments().value(0).value<QDBusObjectPath>().path();
                      if (alias.type() != QDBusMessage::ReplyMessage || path.isEmpty() ||
                          path == QLatin1String("/")) {
                          done(out);
                          return;
                      }
                      out.defaultCollection = QDBusObjectPath(path);
                      call(path, kPropsIface, QStringLiteral("Get"),
                           {kCollectionIface, QStringLiteral("Locked")}, this,
                           [guard, done, out](const QDBusMessage& p) mutable {
                               if (!guard)
                                   return;
                               out.defaultLocked =
                                   p.type() == QDBusMessage::ReplyMessage && unwrap(p).toBool();
                               done(out);
                           });
                  });
         });
}

void SecretServiceItems::unlock(const QList<QDBusObjectPath>& objects, int timeoutMs, QObject* context,
                                BoolFn done)
{
    QPointer<QObject> guard(context);
    call(kServicePath, kServiceIface, QStringLiteral("Unlock"), {QVariant::fromValue(objects)}, this,
         [this, guard, done, timeoutMs](const QDBusMessage& r) {
             if (!guard)
                 return;
             if (r.type() != QDBusMessage::ReplyMessage) {
                 done(false);
                 return;
             }
             const QString prompt = r.arguments().value(1).value<QDBusObjectPath>().path();
             if (prompt.isEmpty() || prompt == QLatin1String("/")) {
                 done(!pathsFrom(r.arguments().value(0)).isEmpty());
                 return;
             }
             auto* p = new SecretServicePrompt(QDBusObjectPath(prompt), timeoutMs, this);
             connect(p, &SecretServicePrompt::finished, this, [guard, done](bool completed) {
                 if (guard)
                     done(completed);
             });
             p->start();
         });
}

void SecretServiceItems::setLabel(const QString& service, const QString& key, const QString& label,
                                  QObject* context, SecretStore::DoneFn done)
{
    QPointer<QObject> guard(context);
    find(service, key, this, [this, guard, label, done](const Lookup& found) {
        if (!guard)
            return;
        SecretError e;
        if (found.state != State::Unlocked) {
            e.kind = found.state == State::NoService ? SecretError::Kind::NoService
                     : found.state == State::Missing ? SecretError::Kind::NotFound
                                                     : SecretError::Kind::Locked;
            done(e);
            return;
        }
        auto pending = std::make_shared<int>(int(found.items.size()));
        auto firstError = std::make_shared<SecretError>();
        const auto oneDone = [guard, done, pending, firstError](const SecretError& err) {
            if (!err.ok() && firstError->ok())
                *firstError = err;
            if (--*pending == 0 && guard)
                done(*firstError);
        };
        for (const QDBusObjectPath& item : found.items) {
            call(item.path(), kPropsIface, QStringLiteral("Get"), {kItemIface, QStringLiteral("Label")}, this,
                 [this, item, label, oneDone](const QDBusMessage& current) {
                     // Only a changed label is written: KeePassXC saves its database on every change.
                     if (current.type() == QDBusMessage::ReplyMessage &&
                         unwrap(current).toString() == label) {
                         oneDone(SecretError{});
                         return;
                     }
                     call(item.path(), kPropsIface, QStringLiteral("Set"),
                          {kItemIface, QStringLiteral("Label"), QVariant::fromValue(QDBusVariant(label))},
                          this, [oneDone](const QDBusMessage& set) {
                              SecretError err;
                              if (set.type() != QDBusMessage::ReplyMessage) {
                                  err.kind = SecretError::Kind::Other;
                                  err.detail = set.errorMessage();
                              }
                              oneDone(err);
                          });
                 });
        }
    });
}

} // namespace r8
