#pragma once
#include "app/api/ApiRequest.h"
#include "app/api/RetryPolicy.h"

#include <QObject>

namespace r8::api {

class ApiCall;
class HttpBackend;

// The one object that owns the network stack (its HttpBackend: libcurl's multi interface where
// libcurl can be loaded, else Qt's QNetworkAccessManager). Create one per process (or per window) and
// pass it in; every request goes through send(), which enforces the token rules: the token is
// attached only to the target's origin, plain http only to loopback, redirects followed by hand
// (a redirect to another origin never carries the token), TLS errors never ignored.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    // Starts the request. The call reports through ApiCall::finished and deletes itself afterwards.
    ApiCall* send(const ApiRequest& request, const ApiTarget& target);

    QByteArray userAgent() const { return m_userAgent; }
    void setRetryPolicy(const RetryPolicy& p) { m_retry = p; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setTimeouts(const Timeouts& t) { m_timeouts = t; }
    Timeouts timeouts() const { return m_timeouts; }
    // Created on first use: start-up does not pay for the network stack until a request is sent.
    // R8_HTTP_BACKEND=qt chooses Qt's stack.
    HttpBackend* backend();
    // "curl" or "qt": the backend requests go through (creates it).
    QString backendName();
    // True when someone listens to logged(): log lines are only built then.
    bool isLogging() const;

signals:
    // One redacted line per request and per answer, for a log view.
    void logged(const QString& line);

private:
    HttpBackend* m_backend = nullptr;
    QByteArray m_userAgent;
    RetryPolicy m_retry;
    Timeouts m_timeouts;
};

} // namespace r8::api
