#pragma once
#include "app/api/ApiRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace r8::api {

class ApiClient;
class HttpRoundTrip;

// One logical request: its attempts (retries), redirects and timeouts. Made by ApiClient::send.
// Emits finished() exactly once (also after abort()), then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(ApiClient* client, const ApiRequest& request, const ApiTarget& target);
    ~ApiCall() override;

    void start();
    void abort();
    const ApiRequest& request() const { return m_request; }
    // "GET https://host/v1/…" — redacted, for messages and logs.
    QString describe() const;
    // The Content-Length of the answer being received, or -1 when unknown (before the headers,
    // chunked answers). Lets a streaming reader reserve its buffer once instead of growing it.
    qint64 expectedBodySize() const;

signals:
    void chunk(const QByteArray& data); // streaming requests: body data as it arrives (2xx only)
    void finished(const r8::api::ApiResult& result);

private:
    void sendAttempt();
    void onRoundTripFinished();
    void onTimeout();
    void finish(ApiResult result);
    bool followRedirect(int status, const QByteArray& location);
    bool scheduleRetry(const ApiResult& result);
    QString failureText(const QString& reason) const;
    QString tr2(const char* s) const;

    ApiClient* m_client;
    ApiRequest m_request;
    ApiTarget m_target;
    QUrl m_url; // current URL (changes on redirects)
    QByteArray m_method;
    QByteArray m_body;
    std::shared_ptr<const FileBody> m_fileBody;
    QPointer<HttpRoundTrip> m_roundTrip;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_received;
    enum class Phase
    {
        Connecting,
        Reading
    } m_phase = Phase::Connecting;
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_done = false;
    bool m_tokenWithheld = false; // the last attempt went to another origin without the token
};

} // namespace r8::api
