#include "app/sandbox/SandboxHttp.h"

#include "app/sandbox/HttpConnection.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace r8::sandbox {

namespace {
// Descriptors kept free of connections: the listening socket, files, the event loop's own, logs.
constexpr int kReservedDescriptors = 64;

int descriptorLimit()
{
#ifdef Q_OS_UNIX
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
        return int(std::min<rlim_t>(rl.rlim_cur, 1 << 20));
#endif
    return 1 << 20;
}
} // namespace

SandboxHttp::SandboxHttp(Handler handler, const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent), m_handler(std::move(handler))
{
    setLimits(limits);
    // Out of descriptors anyway (something else used them): Qt stops accepting; try again shortly.
    connect(this, &QTcpServer::acceptError, this,
            [this] { QTimer::singleShot(100, this, [this] { resumeAccepting(); }); });
}

void SandboxHttp::setLimits(const ConnectionLimits& limits)
{
    m_limits = limits;
    m_uploads = std::make_shared<UploadBudget>(limits.uploadBudgetBytes);
    // Refusals need a descriptor for a moment too: the cap leaves room for them below the limit.
    const int fitting = std::max(1, (descriptorLimit() - kReservedDescriptors) * 3 / 4);
    m_cap = std::max(1, std::min(limits.maxConnections, fitting));
}

int SandboxHttp::maxConnections() const
{
    return m_cap;
}

bool SandboxHttp::makeRoom()
{
    HttpConnection* oldest = nullptr;
    qint64 longest = -1;
    for (HttpConnection* c : std::as_const(m_connections)) {
        const qint64 idle = c->idleForMs();
        if (idle > longest) {
            longest = idle;
            oldest = c;
        }
    }
    if (!oldest)
        return false;
    m_connections.removeOne(oldest);
    oldest->closeIdle();
    return true;
}

void SandboxHttp::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_connections.size() >= m_cap && !makeRoom()) {
        ++m_refused;
        const int sockets = int(findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly).size());
        if (sockets > m_cap / 3 + 1) { // refusals themselves pile up: close without a word
            socket->abort();
            socket->deleteLater();
            return;
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        HttpConnection::refuse(
            socket, 503, QStringLiteral("Too many connections"),
            QStringLiteral("The sandbox has %1 connections open, all busy; try again shortly.").arg(m_cap));
        return;
    }
    auto* connection = new HttpConnection(socket, m_limits, m_handler, m_uploads, this);
    m_connections.append(connection);
    connect(connection, &HttpConnection::requestAnswered, this, [this] { ++m_answered; });
    connect(connection, &HttpConnection::refused, this, [this] { ++m_refused; });
    connect(connection, &QObject::destroyed, this,
            [this, connection] { m_connections.removeOne(connection); });
}

} // namespace r8::sandbox
