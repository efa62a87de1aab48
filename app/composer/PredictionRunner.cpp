#include "app/composer/PredictionRunner.h"
#include "app/core/FileTr.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/api/UrlPolicy.h"
#include "app/composer/OutputItems.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::composer {

R8_FILE_TR(r8::composer::PredictionRunner)

namespace {

RunError badAnswer(const QString& why)
{
    RunError e;
    e.kind = RunError::Kind::BadAnswer;
    e.message = tr("The server's answer is not a prediction: %1").arg(why);
    return e;
}
} // namespace

PredictionRunner::PredictionRunner(api::ApiClient* client, QObject* parent)
    : QObject(parent), m_client(client)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &PredictionRunner::poll);
}

PredictionRunner::~PredictionRunner()
{
    m_running = false;
    abortCalls();
}

void PredictionRunner::abortCalls()
{
    m_pollTimer.stop();
    if (m_call)
        m_call->abort();
    if (m_streamCall)
        m_streamCall->abort();
}

void PredictionRunner::start(const ComposerRequest& request, const api::ApiTarget& target)
{
    stop();
    m_target = target;
    m_prediction = {};
    m_hasPrediction = false;
    m_running = true;
    m_wantStream = request.stream;
    m_streamRequested = request.stream;
    m_streamDone = false;
    m_cancelRequested = false;
    m_sse = SseParser();
    m_text.clear();
    m_streamError.clear();
    m_pollDelay = m_options.firstPollMs;
    m_pollFailures = 0;
    m_clock.start();
    m_call = sendTimed(m_client, buildApiRequest(request, target.baseUrl), target, this,
                       [this](const Exchange& ex) { onCreated(ex); });
}

void PredictionRunner::follow(const api::Prediction& prediction, const api::ApiTarget& target, bool stream)
{
    stop();
    m_target = target;
    m_prediction = {};
    m_running = true;
    m_wantStream = stream;
    m_streamRequested = stream;
    m_streamDone = false;
    m_cancelRequested = false;
    m_sse = SseParser();
    m_text.clear();
    m_pollDelay = m_options.firstPollMs;
    m_pollFailures = 0;
    m_clock.start();
    m_hasPrediction = true;
    accept(prediction);
    continueFollowing();
}

void PredictionRunner::stop()
{
    const bool was = m_running;
    m_running = false;
    if (was)
        abortCalls();
}

void PredictionRunner::onCreated(const Exchange& ex)
{
    m_call = nullptr;
    if (!m_running)
        return;
    emit exchanged(ex);
    if (!ex.result.ok()) {
        fail(explainResult(ex.result));
        return;
    }
    api::Prediction p;
    QString error;
    if (!api::parsePrediction(ex.result.body, &p, &error)) {
        fail(badAnswer(error));
        return;
    }
    m_hasPrediction = true;
    // What cancel() needs, before anyone hears of the prediction (a created() slot may cancel at once);
    // the status is left for accept() to announce.
    m_prediction.id = p.id;
    m_prediction.getUrl = p.getUrl;
    m_prediction.cancelUrl = p.cancelUrl;
    emit created(p);
    if (!m_running)
        return;
    accept(p);
    continueFollowing();
}

void PredictionRunner::accept(const api::Prediction& p)
{
    const api::Prediction before = m_prediction;
    m_prediction = p;
    // Logs that came over the stream are newer than a poll that has none yet.
    if (m_prediction.logs.size() < before.logs.size() && before.logs.startsWith(m_prediction.logs))
        m_prediction.logs = before.logs;
    if (before.statusText != p.statusText || before.id != p.id)
        emit statusChanged(p.status, p.statusText);
    if (before.logs != m_prediction.logs) {
        emit logsChanged(m_prediction.logs);
        if (const auto progress = parseProgress(m_prediction.logs))
            emit progressChanged(*progress);
    }
    const bool streaming = m_streamCall && !m_streamDone;
    if (!streaming && (m_options.concatenateOutput || m_streamRequested) && outputUrls(p.output).isEmpty()) {
        const QString full = composer::outputText(p.output);
        if (full.size() > m_text.size() && full.startsWith(m_text)) {
            const QString delta = full.mid(m_text.size());
            m_text = full;
            emit outputText(delta);
        }
    }
    emit updated(m_prediction);
}

void PredictionRunner::continueFollowing()
{
    if (!m_running)
        return;
    if (api::isTerminal(m_prediction.status)) {
        finishWith(m_prediction);
        return;
    }
    if (m_wantStream && !m_streamDone && m_prediction.streamUrl.isValid()) {
        if (!m_streamCall)
            openStream();
        return;
    }
    schedulePoll();
}

void PredictionRunner::openStream()
{
    api::ApiRequest req = api::ApiRequest::get(m_prediction.streamUrl);
    req.headers = {{"Accept", "text/event-stream"}, {"Cache-Control", "no-store"}};
    if (!m_sse.lastEventId().isEmpty())
        req.headers.append({"Last-Event-ID", m_sse.lastEventId().toUtf8()});
    req.readTimeoutMs = m_options.streamReadTimeoutMs;
    m_streamCall = sendTimed(
        m_client, req, m_target, this, [this](const Exchange& ex) { onStreamEnded(ex); },
        [this](const QByteArray& data) { onStreamChunk(data); });
}

void PredictionRunner::onStreamChunk(const QByteArray& data)
{
    if (!m_running || m_streamDone)
        return;
    const QList<SseEvent> events = m_sse.feed(data);
    for (const SseEvent& e : events) {
        if (e.event == QLatin1String("output")) {
            m_text += e.data;
            emit outputText(e.data);
        } else if (e.event == QLatin1String("logs")) {
            m_prediction.logs += e.data;
            if (!e.data.endsWith(QLatin1Char('\n')))
                m_prediction.logs += QLatin1Char('\n');
            emit logsChanged(m_prediction.logs);
            if (const auto progress = parseProgress(m_prediction.logs))
                emit progressChanged(*progress);
        } else if (e.event == QLatin1String("error")) {
            const QJsonObject o = QJsonDocument::fromJson(e.data.toUtf8()).object();
            m_streamError = o.value(QLatin1String("detail")).toString(e.data);
        } else if (e.event == QLatin1String("done")) {
            // The stream is over: one GET for the final state (status, output, metrics).
            m_streamDone = true;
            m_pollDelay = m_options.firstPollMs;
            schedulePoll(0);
            return;
        }
    }
}

void PredictionRunner::onStreamEnded(const Exchange& ex)
{
    m_streamCall = nullptr;
    m_sse.finish();
    if (!m_running)
        return;
    if (m_streamDone && ex.result.kind == api::ApiResult::Kind::Canceled && ex.result.status >= 200 &&
        ex.result.status < 300) {
        // The runner closed it after the server's "done" (poll() does not wait for the server to
        // close): a complete stream, not a canceled one — whichever of the two came first.
        Exchange complete = ex;
        complete.result.kind = api::ApiResult::Kind::Ok;
        complete.result.error.clear();
        emit exchanged(complete);
        return;
    }
    emit exchanged(ex);
    if (m_streamDone)
        return;
    const QString reason = ex.result.ok() ? tr("the stream ended without a “done” event") : ex.result.error;
    emit streamFallback(
        tr("Streaming stopped (%1); following the prediction by polling instead.").arg(reason));
    m_wantStream = false;
    schedulePoll(0);
}

void PredictionRunner::schedulePoll(int delayMs)
{
    if (!m_running)
        return;
    if (delayMs < 0) {
        delayMs = m_pollDelay;
        m_pollDelay = std::min(m_options.maxPollMs, int(m_pollDelay * m_options.backoff));
    }
    m_pollTimer.start(std::max(0, delayMs));
}

void PredictionRunner::poll()
{
    if (!m_running || m_call)
        return;
    if (m_streamCall && m_streamDone)
        m_streamCall->abort(); // the server said done; do not wait for it to close
    const QUrl url =
        m_prediction.getUrl.isValid()
            ? m_prediction.getUrl
            : api::resolveApiUrl(m_target.baseUrl, QStringLiteral("predictions/") + m_prediction.id);
    m_call = sendTimed(m_client, api::ApiRequest::get(url), m_target, this,
                       [this](const Exchange& ex) { onPolled(ex); });
}

void PredictionRunner::onPolled(const Exchange& ex)
{
    m_call = nullptr;
    if (!m_running)
        return;
    emit exchanged(ex);
    if (!ex.result.ok()) {
        const RunError e = explainResult(ex.result);
        if (e.kind == RunError::Kind::RateLimited) {
            const qint64 wait = e.retryAt.isValid() ? QDateTime::currentDateTimeUtc().msecsTo(e.retryAt) : -1;
            schedulePoll(wait > 0 ? int(std::min<qint64>(wait, 60000)) : m_options.maxPollMs);
            return;
        }
        const bool fatal = e.kind == RunError::Kind::TokenRejected || e.kind == RunError::Kind::NotFound ||
                           e.kind == RunError::Kind::Forbidden || e.kind == RunError::Kind::Refused;
        if (fatal || ++m_pollFailures > m_options.maxPollFailures) {
            fail(e);
            return;
        }
        schedulePoll();
        return;
    }
    m_pollFailures = 0;
    api::Prediction p;
    QString error;
    if (!api::parsePrediction(ex.result.body, &p, &error)) {
        fail(badAnswer(error));
        return;
    }
    accept(p);
    continueFollowing();
}

void PredictionRunner::cancel()
{
    m_cancelRequested = true;
    if (!m_running)
        return;
    if (!m_hasPrediction) {
        if (m_call)
            m_call->abort(); // not created yet (or the answer is on its way): stop waiting for it
        return;
    }
    const QUrl url = m_prediction.cancelUrl.isValid()
                         ? m_prediction.cancelUrl
                         : api::resolveApiUrl(m_target.baseUrl,
                                              QStringLiteral("predictions/%1/cancel").arg(m_prediction.id));
    sendTimed(m_client, api::ApiRequest::postJson(url), m_target, this, [this](const Exchange& ex) {
        if (!m_running)
            return;
        emit exchanged(ex);
        if (!ex.result.ok()) {
            emit cancelFailed(explainResult(ex.result));
            return;
        }
        api::Prediction p;
        QString error;
        if (api::parsePrediction(ex.result.body, &p, &error) && p.id == m_prediction.id) {
            accept(p);
            if (api::isTerminal(p.status))
                finishWith(m_prediction);
        }
    });
}

void PredictionRunner::finishWith(const api::Prediction& p)
{
    if (!m_running)
        return;
    m_running = false;
    abortCalls();
    emit finished(p);
}

void PredictionRunner::fail(const RunError& e)
{
    if (!m_running)
        return;
    m_running = false;
    abortCalls();
    emit failed(e);
}

} // namespace r8::composer
