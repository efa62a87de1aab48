#include "app/api/ApiCall.h"

#include "app/api/ApiClient.h"
#include "app/api/UrlPolicy.h"
#include "app/core/Redact.h"

#include "app/api/HttpRoundTrip.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace r8::api {

ApiCall::ApiCall(ApiClient* client, const ApiRequest& request, const ApiTarget& target)
    : QObject(client), m_client(client), m_request(request), m_target(target), m_url(request.url),
      m_method(request.method.toUpper()), m_body(request.body), m_fileBody(request.fileBody)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiCall::onTimeout);
}

ApiCall::~ApiCall()
{
    if (m_roundTrip) {
        m_roundTrip->disconnect(this);
        m_roundTrip->abort(); // stops it now; deleted later, as it may be emitting right now
        m_roundTrip->deleteLater();
    }
}

QString ApiCall::tr2(const char* s) const
{
    return QCoreApplication::translate("r8::api::ApiCall", s);
}

qint64 ApiCall::expectedBodySize() const
{
    return m_roundTrip ? m_roundTrip->contentLength() : -1;
}

QString ApiCall::describe() const
{
    return redact(QString::fromLatin1(m_method) + QLatin1Char(' ') +
                      m_url.toDisplayString(QUrl::RemoveUserInfo),
                  {m_target.token});
}

QString ApiCall::failureText(const QString& reason) const
{
    return redact(
        tr2("%1 %2: %3")
            .arg(QString::fromLatin1(m_method), m_url.toDisplayString(QUrl::RemoveUserInfo), reason),
        {m_target.token});
}

void ApiCall::start()
{
    // A request goes out at once (its answer comes from the event loop, after the caller has
    // connected); an immediate refusal is delivered the same way, asynchronously.
    if (transportProblem(m_url).isEmpty())
        sendAttempt();
    else
        QMetaObject::invokeMethod(this, &ApiCall::sendAttempt, Qt::QueuedConnection);
}

void ApiCall::abort()
{
    if (m_done)
        return;
    m_aborted = true;
    if (m_roundTrip) {
        m_roundTrip->abort(); // finished() → onRoundTripFinished → Canceled
        return;
    }
    ApiResult r;
    r.kind = ApiResult::Kind::Canceled;
    r.error = failureText(tr2("canceled"));
    finish(r);
}

void ApiCall::sendAttempt()
{
    if (m_done)
        return;
    if (m_aborted) {
        abort();
        return;
    }
    const QString problem = transportProblem(m_url);
    if (!problem.isEmpty()) {
        ApiResult r;
        r.kind = ApiResult::Kind::Refused;
        r.error = failureText(problem);
        finish(r);
        return;
    }
    ++m_attempts;
    m_received.clear();
    m_timedOut = false;

    HttpOutgoing out;
    out.method = m_method;
    out.url = m_url;
    out.body = m_body;
    out.fileBody = m_fileBody;
    out.headers.reserve(m_request.headers.size() + 2);
    out.headers.append(Header("User-Agent", m_client->userAgent()));
    for (const Header& h : std::as_const(m_request.headers)) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue; // only the client decides where the token goes
        if (!out.hasBody() && h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            continue;
        out.headers.append(h);
    }
    const bool attach = !m_target.token.isEmpty() && sameOrigin(m_url, m_target.baseUrl);
    m_tokenWithheld = !m_target.token.isEmpty() && !attach;
    if (attach)
        out.headers.append(Header("Authorization", "Bearer " + m_target.token.toUtf8()));

    HttpRoundTrip* roundTrip = m_client->backend()->start(out);
    m_roundTrip = roundTrip;
    m_clock.start();
    m_phase = Phase::Connecting;
    m_timer.start(m_client->timeouts().connectMs);
    const int readMs = readTimeoutFor(m_request, m_client->timeouts());
    auto reading = [this, readMs] {
        m_phase = Phase::Reading;
        m_timer.start(readMs);
    };
    connect(roundTrip, &HttpRoundTrip::progressed, this, reading);
    connect(roundTrip, &HttpRoundTrip::headersReady, this, reading);
    connect(roundTrip, &HttpRoundTrip::data, this, [this, roundTrip, reading](const QByteArray& bytes) {
        reading();
        const int status = roundTrip->status();
        if (m_request.streaming && status >= 200 && status < 300)
            emit chunk(bytes);
        else
            m_received += bytes;
    });
    connect(roundTrip, &HttpRoundTrip::finished, this, &ApiCall::onRoundTripFinished);
    if (m_client->isLogging())
        emit m_client->logged(describe());
}

void ApiCall::onTimeout()
{
    if (!m_roundTrip)
        return;
    m_timedOut = true;
    m_roundTrip->abort();
}

void ApiCall::onRoundTripFinished()
{
    m_timer.stop();
    HttpRoundTrip* roundTrip = m_roundTrip;
    if (!roundTrip)
        return;
    m_roundTrip = nullptr;
    roundTrip->disconnect(this);
    roundTrip->deleteLater();
    const int status = roundTrip->status();

    ApiResult r;
    r.status = status;
    r.headers = roundTrip->headers();
    if (m_aborted) {
        r.kind = ApiResult::Kind::Canceled;
        r.error = failureText(tr2("canceled"));
        finish(r);
        return;
    }
    if (m_timedOut) {
        r.kind = ApiResult::Kind::Timeout;
        r.error =
            m_phase == Phase::Connecting
                ? failureText(tr2("no connection within %1 s.").arg(m_client->timeouts().connectMs / 1000.0))
                : failureText(tr2("the server stopped answering (nothing for %1 s).")
                                  .arg(readTimeoutFor(m_request, m_client->timeouts()) / 1000.0));
        finish(r);
        return;
    }
    switch (roundTrip->failure()) {
    case HttpRoundTrip::Failure::None:
        break;
    case HttpRoundTrip::Failure::Tls:
        r.kind = ApiResult::Kind::Tls;
        r.error = failureText(tr2("secure connection refused (TLS): %1").arg(roundTrip->errorString()));
        finish(r);
        return;
    case HttpRoundTrip::Failure::Body:
        r.kind = ApiResult::Kind::Refused;
        r.error = failureText(tr2("the request was not sent whole: %1").arg(roundTrip->errorString()));
        finish(r);
        return;
    case HttpRoundTrip::Failure::BrokeOff:
        r.kind = ApiResult::Kind::Network;
        r.error = failureText(tr2("the connection broke off before the whole answer arrived."));
        finish(r);
        return;
    case HttpRoundTrip::Failure::Unreachable:
    case HttpRoundTrip::Failure::Canceled: // not by us: the backend gave up
        r.kind = ApiResult::Kind::Network;
        r.error = failureText(tr2("cannot reach the server: %1").arg(roundTrip->errorString()));
        finish(r);
        return;
    }
    r.body = m_received;
    if (status >= 300 && status < 400 && followRedirect(status, roundTrip->header("Location")))
        return;
    if (status >= 200 && status < 300) {
        r.kind = ApiResult::Kind::Ok;
        finish(r);
        return;
    }
    r.kind = ApiResult::Kind::HttpError;
    r.problem = parseProblem(r.body, status);
    const qint64 after = parseRetryAfterMs(r.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (after >= 0)
        r.retryAt = QDateTime::currentDateTimeUtc().addMSecs(after);
    if (scheduleRetry(r))
        return;
    QString text = r.problem.message();
    if (status == 429 || status == 503) {
        if (after >= 0)
            text += QLatin1Char(' ') + tr2("Try again in %1 s.").arg((after + 999) / 1000);
        else if (status == 429)
            text += QLatin1Char(' ') + tr2("Try again later.");
    }
    r.error = failureText(text);
    finish(r);
}

bool ApiCall::followRedirect(int status, const QByteArray& location)
{
    if (location.isEmpty() || status == 304 || status == 300)
        return false;
    if (++m_redirects > 5) {
        ApiResult r;
        r.kind = ApiResult::Kind::Refused;
        r.status = status;
        r.error = failureText(tr2("too many redirects."));
        finish(r);
        return true;
    }
    const QUrl next = m_url.resolved(QUrl::fromEncoded(location));
    const bool toGet = status == 303 || ((status == 301 || status == 302) && m_method == "POST");
    if (toGet) {
        m_method = "GET";
        m_body.clear();
        m_fileBody.reset();
    }
    emit m_client->logged(
        redact(tr2("redirected to %1").arg(next.toDisplayString(QUrl::RemoveUserInfo)), {m_target.token}));
    m_url = next; // sendAttempt re-checks the transport and attaches the token only on the API origin
    --m_attempts; // a redirect is not a retry
    sendAttempt();
    return true;
}

bool ApiCall::scheduleRetry(const ApiResult& result)
{
    const RetryPolicy policy = m_client->retryPolicy();
    if (!isRetryableMethod(m_method) || !isRetryableStatus(result.status) || m_attempts >= policy.maxAttempts)
        return false;
    int delay = 0;
    if (result.retryAt.isValid()) {
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(result.retryAt);
        if (ms > policy.maxRetryAfterMs)
            return false; // too long to wait here: the caller is told when to retry
        delay = int(std::max<qint64>(0, ms));
    } else {
        delay = backoffDelayMs(policy, m_attempts, QRandomGenerator::global()->generateDouble());
    }
    emit m_client->logged(describe() + QStringLiteral(" → %1, retry in %2 ms").arg(result.status).arg(delay));
    QTimer::singleShot(delay, this, &ApiCall::sendAttempt);
    return true;
}

void ApiCall::finish(ApiResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    result.attempts = m_attempts;
    result.redirects = m_redirects;
    result.url = m_url.adjusted(QUrl::RemoveUserInfo);
    result.tokenWithheld = m_tokenWithheld;
    if (m_client->isLogging())
        emit m_client->logged(
            result.ok()
                ? describe() + QStringLiteral(" → %1 (%2 ms)").arg(result.status).arg(m_clock.elapsed())
                : result.error);
    emit finished(result);
    deleteLater();
}

} // namespace r8::api
