#pragma once
#include "app/sandbox/FaultSpec.h"
#include "app/sandbox/SandboxConfig.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace r8::sandbox {

struct SandboxState;
class Router;
class SandboxHttp;

// The local Replicate look-alike: accounts, tokens, models, predictions with a timed lifecycle,
// streams, files, rate limits and injectable faults, over HTTP on loopback. Start it in-process
// (tests, the GUI's "Try the sandbox") or with `r8 sandbox`.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const SandboxConfig& config = SandboxConfig::demo(1), QObject* parent = nullptr);
    ~SandboxServer() override;

    // Binds and listens (port 0 = any free port). Loopback by default. False + *error (translated) on
    // failure.
    bool start(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
               QString* error = nullptr);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;            // http://127.0.0.1:PORT/v1
    QList<DemoToken> tokens() const; // the configured demo tokens (some disabled, reason "compromised")
    QJsonObject describe() const;    // {"base_url", "tokens": [{name, token, account, disabled}]}

    void setSpeed(double factor); // model timings and retention are divided by it
    double speed() const;
    void setFaults(const FaultSpec& faults);
    // Keep event streams open after their `done` event, so that the client must close them.
    void setHoldStreamsAfterDone(bool hold);
    void setRateLimits(int createPerMinute, int otherPerMinute);
    void setRetentionSeconds(double seconds);
    void setPageSize(int size);
    int activePredictions() const;
    // Connections: caps, timeouts, head and body limits (new connections get them).
    void setConnectionLimits(const ConnectionLimits& limits);
    struct TransportStats
    {
        int open = 0;           // connections open now
        int maxConnections = 0; // the cap in force
        qint64 answered = 0;    // requests answered
        qint64 refused = 0;     // refused by the transport (503 at the cap, 400/408/413/431/501/505)
    };
    TransportStats transportStats() const;

private:
    std::unique_ptr<SandboxState> m_state;
    std::unique_ptr<Router> m_router;
    SandboxHttp* m_http = nullptr;
    QString m_configError;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace r8::sandbox
