#include "app/sandbox/SandboxServer.h"

#include "app/sandbox/ApiRoutes.h"
#include "app/sandbox/Router.h"
#include "app/sandbox/SandboxHttp.h"
#include "app/sandbox/SandboxState.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace r8::sandbox {

SandboxServer::SandboxServer(const SandboxConfig& config, QObject* parent)
    : QObject(parent), m_state(std::make_unique<SandboxState>(config))
{
    for (const QJsonObject& m : config.extraModels) {
        QString error;
        if (!m_state->catalog.addFromConfig(m, &error) && m_configError.isEmpty())
            m_configError = error;
    }
    m_router = std::make_unique<Router>(*m_state);
    AccountRoutes::install(*m_router, *m_state);
    ModelRoutes::install(*m_router, *m_state);
    PredictionRoutes::install(*m_router, *m_state);
    StreamRoutes::install(*m_router, *m_state);
    FileRoutes::install(*m_router, *m_state);
    m_http = new SandboxHttp([this](const IncomingRequestPtr& req) { m_router->dispatch(req); },
                             config.connections, this);
}

SandboxServer::~SandboxServer()
{
    // Sockets (and the sessions and timers tied to them) go first, then the state they point at.
    delete m_http;
    m_http = nullptr;
}

bool SandboxServer::start(const QHostAddress& address, quint16 port, QString* error)
{
    if (!m_configError.isEmpty()) {
        if (error)
            *error = m_configError;
        return false;
    }
    const quint16 bound = m_http->listen(address, port) ? m_http->serverPort() : 0;
    if (bound == 0) {
        if (error)
            *error =
                QCoreApplication::translate("r8::sandbox::SandboxServer", "Could not listen on %1 port %2.")
                    .arg(address.toString())
                    .arg(port);
        return false;
    }
    m_port = bound;
    QHostAddress shown = address;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        shown = QHostAddress::LocalHost;
    else if (address == QHostAddress::AnyIPv6)
        shown = QHostAddress::LocalHostIPv6;
    m_host = shown.protocol() == QAbstractSocket::IPv6Protocol
                 ? QLatin1Char('[') + shown.toString() + QLatin1Char(']')
                 : shown.toString();
    const QString origin = QStringLiteral("http://%1:%2").arg(m_host).arg(m_port);
    m_state->store.setUrls({origin + QStringLiteral("/v1"), origin});
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(m_state->urls().apiBase);
}

QList<DemoToken> SandboxServer::tokens() const
{
    return m_state->config.tokens;
}

QJsonObject SandboxServer::describe() const
{
    QJsonArray tokens;
    for (const DemoToken& t : m_state->config.tokens)
        tokens.append(QJsonObject{{QStringLiteral("name"), t.name},
                                  {QStringLiteral("token"), t.token},
                                  {QStringLiteral("account"), t.account},
                                  {QStringLiteral("disabled"), t.disabled}});
    return {{QStringLiteral("base_url"), m_state->urls().apiBase}, {QStringLiteral("tokens"), tokens}};
}

void SandboxServer::setSpeed(double factor)
{
    m_state->store.setSpeed(factor);
}

double SandboxServer::speed() const
{
    return m_state->store.speed();
}

void SandboxServer::setHoldStreamsAfterDone(bool hold)
{
    m_state->holdStreamsAfterDone = hold;
}

void SandboxServer::setFaults(const FaultSpec& faults)
{
    m_state->faults.setSpec(faults);
}

void SandboxServer::setRateLimits(int createPerMinute, int otherPerMinute)
{
    m_state->limiter.setLimits(createPerMinute, otherPerMinute);
}

void SandboxServer::setRetentionSeconds(double seconds)
{
    m_state->store.setRetentionSeconds(seconds);
}

void SandboxServer::setPageSize(int size)
{
    m_state->config.pageSize = std::max(1, size);
}

void SandboxServer::setConnectionLimits(const ConnectionLimits& limits)
{
    m_http->setLimits(limits);
}

SandboxServer::TransportStats SandboxServer::transportStats() const
{
    return {m_http->openConnections(), m_http->maxConnections(), m_http->requestsAnswered(),
            m_http->refusals()};
}

int SandboxServer::activePredictions() const
{
    return m_state->store.activeCount();
}

} // namespace r8::sandbox
