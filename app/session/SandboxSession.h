#pragma once
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace r8 {
class TokenVault;
}
namespace r8::api {
class EnvironmentStore;
}
namespace r8::sandbox {
class SandboxServer;
}

namespace r8::session {

// "Try the sandbox": starts the local Replicate look-alike in-process on a free loopback port,
// points the `sandbox` environment at it, and stores its demo token in the keychain under that
// environment (once; later starts find it again), as the sandbox's default token.
class SandboxSession : public QObject
{
    Q_OBJECT
public:
    SandboxSession(TokenVault* vault, api::EnvironmentStore* environments, QObject* parent = nullptr);
    ~SandboxSession() override;

    void start(double speed = 1.0);
    // The sandbox's address for a request about to be sent: when the sandbox environment was set up
    // by an earlier start (e.g. before r8desk was restarted) but its server is gone, the server is
    // started again — same demo accounts and tokens (same seed), the environment follows the new
    // port. Empty when the sandbox was never started or cannot start.
    QUrl ensureRunning();
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const;
    QString tokenId() const { return m_tokenId; }
    sandbox::SandboxServer* server() const { return m_server; }

signals:
    void started(const QUrl& baseUrl, const QString& tokenId);
    void failed(const QString& message); // translated
    void stopped();

private:
    TokenVault* m_vault;
    api::EnvironmentStore* m_environments;
    sandbox::SandboxServer* m_server = nullptr;
    QString m_tokenId;
};

} // namespace r8::session
