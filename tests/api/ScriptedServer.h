#pragma once
// A tiny HTTP/1.1 server on 127.0.0.1:0 for client tests: each request goes to a handler that
// says what to send back — any bytes (so truncated or malformed answers too), a drop, or a stall.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace r8::test {

struct RawRequest
{
    QByteArray method;
    QByteArray target;                    // path and query, as sent
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct Action
{
    QByteArray bytes;   // written as is
    bool close = false; // close the connection after writing
    bool stall = false; // write nothing, keep the connection open
};

// A well-formed response (Content-Length set, keep-alive).
Action respond(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
               const QList<QPair<QByteArray, QByteArray>>& headers = {});

class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<Action(const RawRequest&)>;
    explicit ScriptedServer(Handler handler, QObject* parent = nullptr);

    bool start(); // 127.0.0.1, port 0
    quint16 port() const { return m_server.serverPort(); }
    QUrl baseUrl() const;                // http://127.0.0.1:PORT/v1
    QUrl url(const QString& path) const; // http://127.0.0.1:PORT + path
    const QList<RawRequest>& requests() const { return m_requests; }
    int connections() const { return m_connections; }
    void setHandler(Handler h) { m_handler = std::move(h); }

private:
    void onReadable(QTcpSocket* socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<RawRequest> m_requests;
    int m_connections = 0;
};

} // namespace r8::test
