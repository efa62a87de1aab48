#include "app/sandbox/Exchange.h"

#include "app/sandbox/FaultInjector.h"

#include <QTimer>

namespace r8::sandbox {

Exchange::Exchange(QHttpServerResponder&& responder, QTcpSocket* socket)
    : m_responder(std::move(responder)), m_socket(socket)
{}

QByteArray Exchange::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool Exchange::hasHeader(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void Exchange::send(Reply reply, FaultInjector* faults)
{
    if (m_answered)
        return;
    m_answered = true;
    for (const auto& h : extraHeaders)
        reply.setHeader(h.first, h.second);
    int dropAfter = -1;
    int latency = 0;
    if (faults && !faults->spec().isEmpty()) {
        latency = faults->spec().latencyMs;
        if (const int status = faults->errorStatusFor(area)) {
            const char* title = status == 500   ? "Internal Server Error"
                                : status == 502 ? "Bad Gateway"
                                : status == 504 ? "Gateway Timeout"
                                                : "Service Unavailable";
            reply = Reply::problem(status, QString::fromLatin1(title),
                                   QStringLiteral("The sandbox injected this error (--faults)."));
        } else if (faults->roll(faults->spec().malformed)) {
            reply.body = "{\"id\": \"sandbox\", \"status\": <not json>,\n";
        } else if (faults->roll(faults->spec().truncate)) {
            reply.body.truncate(reply.body.size() / 2);
        } else if (faults->roll(faults->spec().drop)) {
            dropAfter = int(reply.body.size() / 2);
        }
    }
    if (latency > 0 && m_socket) {
        QTimer::singleShot(latency, m_socket.data(),
                           [self = shared_from_this(), reply, dropAfter] { self->write(reply, dropAfter); });
        return;
    }
    write(reply, dropAfter);
}

void Exchange::write(const Reply& reply, int dropAfterBytes)
{
    if (!alive())
        return;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto& h : reply.headers)
        m_responder.writeHeader(h.first, h.second);
    m_responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    if (dropAfterBytes >= 0) {
        m_responder.writeBody(reply.body.left(dropAfterBytes));
        m_socket->disconnectFromHost();
        return;
    }
    m_responder.writeBody(reply.body);
}

bool Exchange::beginStream(const QList<QPair<QByteArray, QByteArray>>& hs)
{
    if (!alive() || m_answered)
        return false;
    m_answered = true;
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    for (const auto& h : hs)
        m_responder.writeHeader(h.first, h.second);
    return true;
}

bool Exchange::writeChunk(const QByteArray& bytes)
{
    if (!alive())
        return false;
    m_responder.writeBody(bytes);
    return true;
}

void Exchange::close()
{
    if (alive())
        m_socket->disconnectFromHost();
}

void Exchange::abort()
{
    if (alive())
        m_socket->abort();
}

} // namespace r8::sandbox
