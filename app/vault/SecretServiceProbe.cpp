#include "app/vault/SecretServiceProbe.h"

#ifdef R8_HAVE_QTDBUS
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QMap>
#endif

namespace r8 {

SecretServiceProbe::Answer SecretServiceProbe::find(const QString& service, const QString& key)
{
#ifdef R8_HAVE_QTDBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return Answer::Unknown;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    using StringMap = QMap<QString, QString>;
    qDBusRegisterMetaType<StringMap>(); // a{ss}
    const StringMap attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}};
    call << QVariant::fromValue(attributes);
    // SearchItems never prompts; a short timeout keeps a wedged daemon from hanging a command.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() != 2)
        return Answer::Unknown;
    auto count = [](const QVariant& v) { return qdbus_cast<QList<QDBusObjectPath>>(v).size(); };
    if (count(reply.arguments().at(1)) > 0)
        return Answer::Locked;
    if (count(reply.arguments().at(0)) > 0)
        return Answer::Present;
    return Answer::Absent;
#else
    Q_UNUSED(service);
    Q_UNUSED(key);
    return Answer::Unknown;
#endif
}

} // namespace r8
