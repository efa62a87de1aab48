#pragma once
#include "app/sandbox/IncomingRequest.h"
#include "app/sandbox/SandboxConfig.h"
#include "app/sandbox/UploadBudget.h"

#include <QTcpServer>

#include <functional>
#include <memory>

namespace r8::sandbox {

class HttpConnection;

// The sandbox's HTTP/1.1 transport: every request becomes an IncomingRequest handed to one function
// (the sandbox does its own routing so that 404/405/413/401/429 all come out as problem+json).
//
// Its own, rather than QHttpServer 6.4's, because that one cannot be bounded from its public API:
// it buffers a whole body (twice, in a socket transaction) before the handler sees its headers,
// reads headers without a size limit, has no idle or header timeout and no connection cap, and
// ignores `Connection: close`. Here (see HttpConnection) bodies are refused on their
// Content-Length or chunk sizes before they are read, heads are bounded in size and time,
// idle keep-alive connections are closed, and the number of connections is capped below the
// process's descriptor limit: at the cap, the connection idle the longest makes room, and when
// every connection is busy the newcomer gets a 503 with a JSON problem.
class SandboxHttp : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const IncomingRequestPtr&)>;
    SandboxHttp(Handler handler, const ConnectionLimits& limits, QObject* parent = nullptr);

    void setLimits(const ConnectionLimits& limits);
    int maxConnections() const; // the cap in force (the configured one, lowered to fit RLIMIT_NOFILE)
    int openConnections() const { return int(m_connections.size()); }
    qint64 requestsAnswered() const { return m_answered; }
    qint64 refusals() const { return m_refused; } // transport refusals (503 at the cap, 400/408/413/431/…)

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    bool makeRoom();

    Handler m_handler;
    ConnectionLimits m_limits;
    std::shared_ptr<UploadBudget> m_uploads; // large upload bodies held by all connections
    int m_cap = 0;
    QList<HttpConnection*> m_connections;
    qint64 m_answered = 0;
    qint64 m_refused = 0;
};

} // namespace r8::sandbox
