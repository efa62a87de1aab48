#pragma once
#include "app/api/FileBody.h"
#include "app/api/Problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

namespace r8::api {

using Header = QPair<QByteArray, QByteArray>;

// The value of the first header called name (case-insensitive); empty if absent. Pure.
QByteArray findHeader(const QList<Header>& headers, const QByteArray& name);

// Where a request is authenticated: the environment's base URL and the token for it. The token
// is attached only to URLs of the same origin as baseUrl.
struct ApiTarget
{
    QUrl baseUrl;
    QString token;
};

// Any HTTP request the app makes: the composer, polling, SSE and file downloads build on it.
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<Header> headers; // never an Authorization header: the client adds it where allowed
    QByteArray body;
    // Instead of body: a body streamed from disk while it is sent (file uploads); never both.
    std::shared_ptr<const FileBody> fileBody;
    int readTimeoutMs = 0;  // 0: default (30 s, or N+5 s for "Prefer: wait=N")
    bool streaming = false; // deliver the body in chunks as it arrives (SSE, large files)

    static ApiRequest get(const QUrl& url);
    static ApiRequest postJson(const QUrl& url, const QByteArray& json = {});
    QByteArray header(const QByteArray& name) const; // case-insensitive; empty if absent
    bool hasBody() const { return !body.isEmpty() || (fileBody && fileBody->size() > 0); }
};

struct Timeouts
{
    int connectMs = 10000;
    int readMs = 30000;
};

// The read (inactivity) timeout of a request: its own, else N+5 s for "Prefer: wait=N"
// (65 s for a bare "Prefer: wait"), else the default. Pure.
int readTimeoutFor(const ApiRequest& request, const Timeouts& timeouts);

// What became of a request.
struct ApiResult
{
    enum class Kind
    {
        Ok,        // 2xx
        HttpError, // the server answered with 3xx (unfollowed), 4xx or 5xx
        Network,   // unreachable, connection dropped, malformed answer
        Timeout,   // connect or read timeout
        Tls,       // certificate or handshake problem (never ignored)
        Refused,   // r8desk refused to send it (plain http to a remote host, bad URL, bad redirect)
        Canceled,  // abort() was called
    };
    Kind kind = Kind::Network;
    int status = 0;
    QByteArray body;
    QList<Header> headers;
    QUrl url;        // the URL that gave this answer (after redirects), for display: no secrets
    QString error;   // translated and redacted; empty when ok()
    Problem problem; // for HttpError
    int attempts = 0;
    int redirects = 0;
    // The client had a token for this request but did not send it: the answer came from another
    // origin (a redirect, or a poll/stream URL elsewhere). Its 401 says nothing about the token.
    bool tokenWithheld = false;
    QDateTime retryAt; // when the server asked to be asked again (429/503), if it said

    bool ok() const { return kind == Kind::Ok; }
    QByteArray header(const QByteArray& name) const;
};

// "GET https://…/v1/account\nAuthorization: Bearer r8_••••…Ab12\n…" for logs and the composer's
// request view. Everything goes through r8::redact with the token as known secret.
QString describeRequest(const ApiRequest& request, const ApiTarget& target, bool withAuthorization);

} // namespace r8::api
