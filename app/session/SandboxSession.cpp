#include "app/session/SandboxSession.h"

#include "app/api/EnvironmentStore.h"
#include "app/sandbox/SandboxServer.h"
#include "app/vault/TokenVault.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace r8::session {

SandboxSession::SandboxSession(TokenVault* vault, api::EnvironmentStore* environments, QObject* parent)
    : QObject(parent), m_vault(vault), m_environments(environments)
{}

SandboxSession::~SandboxSession() = default;

bool SandboxSession::isRunning() const
{
    return m_server && m_server->isListening();
}

QUrl SandboxSession::baseUrl() const
{
    return isRunning() ? m_server->baseUrl() : QUrl();
}

QUrl SandboxSession::ensureRunning()
{
    if (isRunning() || !m_environments)
        return baseUrl();
    const auto saved = m_environments->find(env::Sandbox);
    if (!saved || !saved->baseUrl.isValid())
        return {}; // never started: nothing to restart
    const QHostAddress host(saved->baseUrl.host());
    if (!host.isLoopback())
        return {}; // pointed elsewhere by the user: theirs
    // Something still answers there (`r8 sandbox` in a terminal, another r8desk): leave it be.
    // Refused at once on loopback when nothing listens.
    QTcpSocket probe;
    probe.connectToHost(host, quint16(saved->baseUrl.port(0)));
    if (probe.waitForConnected(300))
        return {};
    start(); // the server listens and the environment is updated before start() returns
    return baseUrl();
}

void SandboxSession::stop()
{
    if (!m_server)
        return;
    delete m_server;
    m_server = nullptr;
    emit stopped();
}

void SandboxSession::start(double speed)
{
    if (isRunning()) {
        emit started(m_server->baseUrl(), m_tokenId);
        return;
    }
    m_server = new sandbox::SandboxServer(sandbox::SandboxConfig::demo(1), this);
    m_server->setSpeed(speed);
    QString error;
    if (!m_server->start(QHostAddress::LocalHost, 0, &error)) {
        delete m_server;
        m_server = nullptr;
        emit failed(tr("The sandbox could not start: %1").arg(error));
        return;
    }
    const QString envError = m_environments->set(env::Sandbox, m_server->baseUrl());
    if (!envError.isEmpty()) {
        emit failed(envError);
        return;
    }
    QString demo;
    for (const auto& t : m_server->tokens()) {
        if (!t.disabled) {
            demo = t.token;
            break;
        }
    }
    const QString name = m_vault->findByName(tr("sandbox demo")) ? m_vault->uniqueName(tr("sandbox demo"))
                                                                 : tr("sandbox demo");
    QPointer<SandboxSession> self(this);
    m_vault->add(
        {name, env::Sandbox, tr("The local sandbox's demo token (not a real Replicate token)."), demo}, this,
        [self](const TokenVault::AddResult& r) {
            if (!self)
                return;
            const QString id = r.ok ? r.id : r.duplicateOf;
            if (id.isEmpty()) {
                emit self->failed(r.error);
                return;
            }
            self->m_tokenId = id;
            if (self->m_vault->defaultFor(env::Sandbox) != id)
                self->m_vault->setDefault(id);
            emit self->started(self->m_server->baseUrl(), id);
        });
}

} // namespace r8::session
