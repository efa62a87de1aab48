#include "app/sandbox/HttpConnection.h"

#include <QTcpSocket>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace r8::sandbox {

namespace {
constexpr qint64 kReadChunk = 64 * 1024; // bytes taken from the socket at a time (and its buffer's size)
constexpr int kLingerMs = 2000;          // after a refusal: how long the client's rest is read and dropped

// The answer is written; now stop sending (the client reads the answer and sees the end), drop
// whatever the client still sends (a body we refused) so that closing does not reset the
// connection under the answer, and close when the client does, or after a short grace period.
void lingeringClose(QTcpSocket* socket)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [socket] { socket->skip(socket->bytesAvailable()); });
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    timer->start(kLingerMs);
    auto shutdownWhenFlushed = [socket] {
        if (socket->bytesToWrite() > 0 || socket->state() != QAbstractSocket::ConnectedState)
            return;
#ifdef Q_OS_UNIX
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
        socket->disconnectFromHost();
#endif
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, shutdownWhenFlushed);
    socket->flush();
    shutdownWhenFlushed();
    socket->skip(socket->bytesAvailable());
}

Reply refusal(int status, const ConnectionLimits& limits, qint64 declared, bool upload)
{
    switch (status) {
    case 413: {
        QString detail =
            upload ? QStringLiteral("Files must be less than 100MB in size")
            : limits.maxBodyBytes == 10 * 1024 * 1024
                ? QStringLiteral("Request bodies must be less than 10MB in size")
                : QStringLiteral("Request bodies must be at most %1 bytes").arg(limits.maxBodyBytes);
        if (declared >= 0)
            detail += QStringLiteral(" (this one declares %1 bytes; nothing of it was read).").arg(declared);
        return Reply::problem(413, QStringLiteral("Request entity too large"), detail);
    }
    case 503: {
        Reply r = Reply::problem(
            503, QStringLiteral("Too many uploads"),
            QStringLiteral(
                "The sandbox is receiving other large uploads (it holds at most %1 bytes of them at "
                "once); try again shortly. Nothing of this one was read.")
                .arg(limits.uploadBudgetBytes));
        r.setHeader("Retry-After", "1");
        return r;
    }
    case 408:
        return Reply::problem(408, QStringLiteral("Request timeout"),
                              QStringLiteral("The request did not arrive in time: headers must arrive within "
                                             "%1 ms of the first byte, and a body may not stall for %2 ms.")
                                  .arg(limits.headerTimeoutMs)
                                  .arg(limits.bodyTimeoutMs));
    case 431:
        return Reply::problem(431, QStringLiteral("Request header fields too large"),
                              QStringLiteral("The request line and headers must be at most %1 bytes.")
                                  .arg(limits.maxHeadBytes));
    case 501:
        return Reply::problem(501, QStringLiteral("Not implemented"),
                              QStringLiteral("Only the chunked transfer coding is supported."));
    case 505:
        return Reply::problem(505, QStringLiteral("HTTP version not supported"),
                              QStringLiteral("The sandbox speaks HTTP/1.0 and HTTP/1.1."));
    default:
        return Reply::problem(400, QStringLiteral("Bad request"),
                              QStringLiteral("The request is not valid HTTP/1.1 (request line, header, "
                                             "length or chunk)."));
    }
}

QByteArray methodName(const QByteArray& m)
{
    static const QList<QByteArray> known{"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"};
    return known.contains(m) ? m : QByteArray("OTHER");
}

void writeReply(QTcpSocket* socket, const Reply& reply)
{
    QByteArray out = IncomingRequest::statusLine(reply.status);
    for (const auto& h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += reply.body;
    socket->write(out);
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const ConnectionLimits& limits, Handler handler,
                               std::shared_ptr<UploadBudget> uploads, QObject* parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_handler(std::move(handler)),
      m_parser(limits.maxHeadBytes, limits.maxBodyBytes, uploads ? limits.maxUploadBytes : 0),
      m_uploads(std::move(uploads))
{
    m_socket->setParent(this);
    // What Qt buffers for us is bounded too: while an answer is owed, the rest waits in the kernel
    // and TCP slows the client down.
    m_socket->setReadBufferSize(kReadChunk);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_lastActivity.start();
    m_requestStart.start();
    armTimer();
    pump();
}

HttpConnection::~HttpConnection()
{
    releaseUpload();
}

void HttpConnection::releaseUpload()
{
    if (m_uploads && m_uploadHeld > 0)
        m_uploads->give(m_uploadHeld);
    m_uploadHeld = 0;
}

bool HttpConnection::isIdle() const
{
    return !m_busy && !m_closing && m_parser.stage() == HttpRequestParser::Stage::Idle &&
           m_parser.buffered() == 0;
}

void HttpConnection::closeIdle()
{
    m_closing = true;
    m_timer.stop();
    m_socket->disconnectFromHost();
}

void HttpConnection::refuse(QTcpSocket* socket, int status, const QString& title, const QString& detail)
{
    Reply r = Reply::problem(status, title, detail);
    r.setHeader("Retry-After", "1");
    writeReply(socket, r);
    lingeringClose(socket);
}

void HttpConnection::pump()
{
    if (m_busy || m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_inPump = true;
    for (;;) {
        const QByteArray bytes = m_socket->read(std::min(kReadChunk, m_socket->bytesAvailable()));
        if (!bytes.isEmpty())
            m_lastActivity.restart();
        const bool wasIdle = m_parser.stage() == HttpRequestParser::Stage::Idle;
        const HttpRequestParser::Status s = m_parser.feed(bytes);
        if (wasIdle && m_parser.stage() != HttpRequestParser::Stage::Idle)
            m_requestStart.restart();
        if (s == HttpRequestParser::Status::Failed) {
            m_inPump = false;
            fail(m_parser.errorStatus());
            return;
        }
        if (s == HttpRequestParser::Status::Ready) {
            if (wasIdle)
                m_requestStart.restart();
            dispatch(m_parser.take());
            if (m_busy || m_closing)
                break; // the answer comes later (or the connection is closing)
            continue;  // answered at once: a pipelined request may already be here
        }
        if (m_parser.stage() == HttpRequestParser::Stage::Body && m_uploadHeld == 0 &&
            m_parser.declaredLength() > m_limits.maxBodyBytes) {
            // A large upload (the parser allowed it on its header): buffered only within the budget.
            if (!m_uploads || !m_uploads->take(m_parser.declaredLength())) {
                m_inPump = false;
                fail(503);
                return;
            }
            m_uploadHeld = m_parser.declaredLength();
        }
        if (m_parser.expectsContinue() && !m_sentContinue) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"); // the body's size was accepted
            m_sentContinue = true;
        }
        if (m_socket->bytesAvailable() == 0)
            break;
    }
    m_inPump = false;
    armTimer();
}

void HttpConnection::dispatch(ParsedRequest parsed)
{
    m_busy = true;
    m_sentContinue = false;
    m_timer.stop();
    QPointer<HttpConnection> self(this);
    auto req = std::make_shared<IncomingRequest>(m_socket, !parsed.keepAlive, [self] {
        if (self)
            self->answered();
    });
    const QUrl url = QUrl::fromEncoded(parsed.target);
    req->method = methodName(parsed.method);
    req->path = url.path();
    req->query = QUrlQuery(url);
    req->headers = std::move(parsed.headers);
    req->body = std::move(parsed.body);
    m_handler(req);
}

void HttpConnection::answered()
{
    releaseUpload(); // the handler is done with the body
    m_busy = false;
    m_lastActivity.restart();
    emit requestAnswered();
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_closing = true;
        return;
    }
    if (m_inPump)
        return; // the loop in pump() goes on
    armTimer();
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

void HttpConnection::fail(int status)
{
    m_closing = true;
    m_timer.stop();
    emit refused(status);
    writeReply(m_socket, refusal(status, m_limits, m_parser.declaredLength(), m_parser.isUpload()));
    disconnect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::pump);
    lingeringClose(m_socket);
}

void HttpConnection::onTimeout()
{
    if (m_busy || m_closing)
        return;
    if (m_parser.stage() == HttpRequestParser::Stage::Idle && m_parser.buffered() == 0) {
        closeIdle(); // a kept-alive connection nobody uses: closed without a word, as servers do
        return;
    }
    fail(408);
}

void HttpConnection::armTimer()
{
    if (m_busy || m_closing) {
        m_timer.stop();
        return;
    }
    qint64 left = 0;
    switch (m_parser.stage()) {
    case HttpRequestParser::Stage::Idle:
        left = m_limits.idleTimeoutMs - m_lastActivity.elapsed();
        break;
    case HttpRequestParser::Stage::Head:
        left = m_limits.headerTimeoutMs - m_requestStart.elapsed();
        break;
    case HttpRequestParser::Stage::Body:
        left = m_limits.bodyTimeoutMs - m_lastActivity.elapsed();
        break;
    }
    m_timer.start(int(std::max<qint64>(0, left)));
}

} // namespace r8::sandbox
