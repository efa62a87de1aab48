#include "tests/api/ScriptedServer.h"

#include <QTcpSocket>

namespace r8::test {

Action respond(int status, const QByteArray& body, const QByteArray& contentType,
               const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    for (const auto& h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return Action{out, false, false};
}

ScriptedServer::ScriptedServer(Handler handler, QObject* parent)
    : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            ++m_connections;
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

bool ScriptedServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::baseUrl() const
{
    return url(QStringLiteral("/v1"));
}

QUrl ScriptedServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void ScriptedServer::onReadable(QTcpSocket* s)
{
    QByteArray buf = s->property("buf").toByteArray() + s->readAll();
    for (;;) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        RawRequest r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buf.size() < end + 4 + length)
            break;
        r.body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        m_requests.append(r);
        const Action a = m_handler(r);
        if (a.stall)
            continue;
        s->write(a.bytes);
        if (a.close) {
            s->flush();
            s->disconnectFromHost();
            break;
        }
    }
    s->setProperty("buf", buf);
}

} // namespace r8::test
