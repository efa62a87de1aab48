#pragma once
#include "app/sandbox/HttpRequestParser.h"
#include "app/sandbox/IncomingRequest.h"
#include "app/sandbox/SandboxConfig.h"
#include "app/sandbox/UploadBudget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace r8::sandbox {

// One client connection of the sandbox: reads requests one at a time (a pipelined one waits until
// the answer before it is complete), hands each to the handler, and bounds what the client can
// hold: the head's size and time, the body's size (refused on its header, before reading it) and
// progress, and the time a kept-alive connection may sit idle. Refusals are problem+json answers
// followed by a close. Owns its socket; deletes itself when the socket is gone.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const IncomingRequestPtr&)>;
    HttpConnection(QTcpSocket* socket, const ConnectionLimits& limits, Handler handler,
                   std::shared_ptr<UploadBudget> uploads, QObject* parent);
    ~HttpConnection() override;

    // Between requests, with nothing of the next one read, and no answer owed.
    bool isIdle() const;
    qint64 idleForMs() const { return isIdle() ? m_lastActivity.elapsed() : -1; }
    void closeIdle(); // closes now (the connection cap needs the room)

    // Refuses a connection the server cannot take: 503 with a JSON problem, then closes.
    static void refuse(QTcpSocket* socket, int status, const QString& title, const QString& detail);

signals:
    void requestAnswered();   // one more request answered (counters)
    void refused(int status); // a request refused by the transport (400/408/413/431/501/503/505)

private:
    void pump();
    void dispatch(ParsedRequest request);
    void answered();
    void fail(int status);
    void onTimeout();
    void armTimer();
    void releaseUpload();

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    Handler m_handler;
    HttpRequestParser m_parser;
    std::shared_ptr<UploadBudget> m_uploads;
    qint64 m_uploadHeld = 0; // bytes of m_uploads this connection's current body holds
    QTimer m_timer;
    QElapsedTimer m_lastActivity; // last byte read or answer finished
    QElapsedTimer m_requestStart; // first byte of the request being read
    bool m_busy = false;          // an answer is owed
    bool m_closing = false;       // refusing or closing: nothing more is read
    bool m_sentContinue = false;  // "100 Continue" for the current request
    bool m_pumpQueued = false;
    bool m_inPump = false;
};

} // namespace r8::sandbox
