#include "app/vault/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace r8 {

QString SecretError::userMessage() const
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("r8::SecretError", s); };
    QString what;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::NotFound:
        what = tr("The keychain has no secret for this token any more (it may have been removed outside "
                  "r8desk). Delete this entry and add the token again.");
        break;
    case Kind::NoService:
        what = tr("No OS keychain is reachable. Start a Secret Service (for example gnome-keyring or "
                  "KeePassXC with Secret Service enabled) in your desktop session, then try again.");
        break;
    case Kind::Locked:
        what = tr("The keychain is locked. Unlock it (your login keyring) and try again.");
        break;
    case Kind::AccessDenied:
        what = tr("Access to the keychain was refused. Allow r8desk to use the keychain and try again.");
        break;
    case Kind::Other:
        what = tr("The keychain reported an error. Check that your Secret Service is running and "
                  "unlocked, then try again.");
        break;
    }
    if (!detail.isEmpty())
        what += QLatin1Char(' ') + tr("(Keychain said: %1)").arg(detail);
    return what;
}

void SecretStore::setLabel(const QString&, const QString&, QObject* context, DoneFn done)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done]() {
        if (guard)
            done(SecretError{});
    });
}

} // namespace r8
