#pragma once
#include "app/api/ApiRequest.h"

#include <QObject>

namespace r8::api {

// One HTTP request as it goes on the wire: ApiCall has already decided every header (the token
// only where it belongs) and the URL (transport rules checked).
struct HttpOutgoing
{
    QByteArray method;
    QUrl url;
    QList<Header> headers; // sent as given, in this order
    QByteArray body;
    std::shared_ptr<const FileBody> fileBody; // instead of body: streamed from disk while sent

    bool hasBody() const { return !body.isEmpty() || (fileBody && fileBody->size() > 0); }
};

// One request/answer roundTrip on a connection, from a transport backend. Emits headersReady()
// once the final status and headers are known, data() as body bytes arrive, and finished()
// exactly once (also after abort()). Redirects are never followed here: ApiCall does that.
class HttpRoundTrip : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        None,        // a complete answer (any status)
        Unreachable, // no answer at all: refused, name not found, closed without a status, not HTTP
        BrokeOff,    // the answer started (status known) and stopped before its end
        Tls,         // certificate or handshake problem (never ignored)
        Canceled,    // abort() was called
        Body,        // the request's own body could not be read (a file to upload): nothing to retry
    };

    using QObject::QObject;

    // Stops the roundTrip and emits finished() (Failure::Canceled) before returning, unless it had
    // already finished. Safe from any slot connected to this roundTrip's signals.
    virtual void abort() = 0;

    bool isFinished() const { return m_finished; }
    int status() const { return m_status; }
    const QList<Header>& headers() const { return m_headers; }
    QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
    qint64 contentLength() const;                    // -1 when unknown
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_errorString; } // the backend's own words, for messages

signals:
    void progressed();   // connected, request written or upload progress: the peer is alive
    void headersReady(); // status() and headers() are set (final answer, never a 1xx)
    void data(const QByteArray& bytes);
    void finished();

protected:
    int m_status = 0;
    QList<Header> m_headers;
    Failure m_failure = Failure::None;
    QString m_errorString;
    bool m_finished = false;
};

// Makes round trips; owns the connections (keep-alive) and whatever network stack is behind them.
class HttpBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual HttpRoundTrip* start(const HttpOutgoing& request) = 0;
    virtual QString name() const = 0;
};

} // namespace r8::api
