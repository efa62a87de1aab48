#include "app/sandbox/IncomingRequest.h"

#include "app/sandbox/FaultInjector.h"

#include <QTimer>

namespace r8::sandbox {

namespace {
const char* reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return nullptr;
    }
}
} // namespace

IncomingRequest::IncomingRequest(QTcpSocket* socket, bool closeAfter, std::function<void()> finished)
    : m_socket(socket), m_closeAfter(closeAfter), m_finished(std::move(finished))
{}

IncomingRequest::~IncomingRequest()
{
    finish(); // never answered (the route dropped it): the connection goes on all the same
}

QByteArray IncomingRequest::statusLine(int status)
{
    QByteArray line = "HTTP/1.1 " + QByteArray::number(status);
    if (const char* reason = reasonPhrase(status))
        line += QByteArray(" ") + reason;
    return line + "\r\n";
}

void IncomingRequest::finish()
{
    if (!m_finished)
        return;
    auto done = std::move(m_finished);
    m_finished = nullptr;
    done();
}

QByteArray IncomingRequest::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

bool IncomingRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void IncomingRequest::send(Reply reply, FaultInjector* faults)
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

void IncomingRequest::write(const Reply& reply, int dropAfterBytes)
{
    if (!alive()) {
        finish();
        return;
    }
    QByteArray head = statusLine(reply.status);
    for (const auto& h : reply.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (m_closeAfter && reply.header("Connection").isEmpty())
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (dropAfterBytes >= 0) {
        m_socket->write(reply.body.left(dropAfterBytes));
        m_socket->disconnectFromHost();
        finish();
        return;
    }
    m_socket->write(reply.body);
    if (m_closeAfter)
        m_socket->disconnectFromHost(); // after what was written has gone out
    finish();
}

bool IncomingRequest::beginStream(const QList<QPair<QByteArray, QByteArray>>& hs)
{
    if (!alive() || m_answered)
        return false;
    m_answered = true;
    QByteArray head = statusLine(200);
    for (const auto& h : hs)
        head += h.first + ": " + h.second + "\r\n";
    m_socket->write(head);
    return true;
}

bool IncomingRequest::writeChunk(const QByteArray& bytes)
{
    if (!alive())
        return false;
    if (!m_bodyStarted) { // the first chunk ends the header block
        m_socket->write("\r\n");
        m_bodyStarted = true;
    }
    m_socket->write(bytes);
    return true;
}

void IncomingRequest::close()
{
    if (alive())
        m_socket->disconnectFromHost();
    finish();
}

void IncomingRequest::abort()
{
    if (alive())
        m_socket->abort();
    finish();
}

} // namespace r8::sandbox
