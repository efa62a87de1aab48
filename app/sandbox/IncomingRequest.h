#pragma once
#include "app/sandbox/Reply.h"

#include <QHash>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace r8::sandbox {

class FaultInjector;

// One request the sandbox received, and its (possibly deferred) answer: a copy of the request and
// a guarded way back to the client. Every write first checks that the client is still there (the
// socket goes away when the client leaves). When the answer is complete (or the connection is
// closed or dropped), the connection is told, so that it reads the next request or closes.
class IncomingRequest : public std::enable_shared_from_this<IncomingRequest>
{
public:
    // `finished` is called once, when the answer is complete; `closeAfter`: the client asked for
    // `Connection: close` (or spoke HTTP/1.0 without keep-alive).
    IncomingRequest(QTcpSocket* socket, bool closeAfter, std::function<void()> finished);
    ~IncomingRequest();
    IncomingRequest(const IncomingRequest&) = delete;
    IncomingRequest& operator=(const IncomingRequest&) = delete;

    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHash<QString, QString> params; // from the route pattern
    QString area;                   // fault area: account, tokens, models, predictions, create, files, stream
    QString account;                // authenticated account (username)
    QString tokenId;                // authenticated token id
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // added to every reply (rate-limit headers)

    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    bool alive() const { return !m_socket.isNull() && m_socket->state() == QAbstractSocket::ConnectedState; }
    QTcpSocket* socket() const { return m_socket.data(); }
    bool answered() const { return m_answered; }

    // Sends a whole answer, with the configured faults (errors, malformed/truncated bodies, drops, latency).
    void send(Reply reply, FaultInjector* faults = nullptr);

    // Streaming: status line + headers now, then chunks. Each returns false once the client is gone.
    bool beginStream(const QList<QPair<QByteArray, QByteArray>>& headers);
    bool writeChunk(const QByteArray& bytes);
    void close(); // flush and disconnect
    void abort(); // drop the connection now

    // "HTTP/1.1 413 Request Entity Too Large\r\n": the reason phrases QHttpServer 6.4 wrote.
    static QByteArray statusLine(int status);

private:
    void write(const Reply& reply, int dropAfterBytes);
    void finish();

    QPointer<QTcpSocket> m_socket;
    bool m_closeAfter;
    std::function<void()> m_finished;
    bool m_answered = false;
    bool m_bodyStarted = false;
};

using IncomingRequestPtr = std::shared_ptr<IncomingRequest>;

} // namespace r8::sandbox
