#pragma once
#include "app/sandbox/Reply.h"

#include <QHash>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace r8::sandbox {

class FaultInjector;

// One request and its (possibly deferred) answer. Holds a copy of the request and a guarded
// responder: every write first checks that the client is still there (QHttpServer 6.4 deletes the
// socket when the client leaves, and writing through the responder afterwards would crash).
class Exchange : public std::enable_shared_from_this<Exchange>
{
public:
    Exchange(QHttpServerResponder&& responder, QTcpSocket* socket);

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

private:
    void write(const Reply& reply, int dropAfterBytes);

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
};

using ExchangePtr = std::shared_ptr<Exchange>;

} // namespace r8::sandbox
