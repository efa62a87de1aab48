#include "app/session/SingleInstance.h"

#include <QDataStream>
#include <QLocalServer>
#include <QLocalSocket>

namespace r8::session {

SingleInstance::SingleInstance(const QString& key, QObject* parent) : QObject(parent), m_key(key) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // Per login session where the platform has one (the socket then lives in the runtime folder).
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/r8desk-instance");
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QStringLiteral("r8desk-%1").arg(user.isEmpty() ? QStringLiteral("user") : user);
}

bool SingleInstance::claim(const QStringList& arguments, int timeoutMs)
{
    {
        QLocalSocket probe;
        probe.connectToServer(m_key);
        if (probe.waitForConnected(timeoutMs / 2)) {
            QByteArray payload;
            QDataStream out(&payload, QIODevice::WriteOnly);
            out << arguments;
            probe.write(payload);
            probe.flush();
            probe.waitForBytesWritten(timeoutMs / 2);
            probe.waitForReadyRead(timeoutMs / 2); // the first instance acknowledges
            probe.disconnectFromServer();
            return false;
        }
    }
    // Nobody answered: a socket left by a crashed instance is stale, remove it and listen.
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_key))
        return true; // cannot listen (unusual): run anyway rather than refuse to start
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket* s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, this, [this, s]() {
                QDataStream in(s->readAll());
                QStringList args;
                in >> args;
                s->write("ok");
                s->flush();
                emit activationRequested(args);
            });
        }
    });
    return true;
}

} // namespace r8::session
