#pragma once
#include "app/api/Prediction.h"
#include "app/composer/ComposerRequest.h"
#include "app/composer/Exchange.h"
#include "app/composer/Progress.h"
#include "app/composer/RunError.h"
#include "app/composer/SseParser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace r8::api {
class ApiCall;
class ApiClient;
} // namespace r8::api

namespace r8::composer {

// Creates a prediction and follows it to its end: reads the SSE stream when the request asked for
// one and the prediction has urls.stream (falling back to polling if the stream breaks), otherwise
// polls urls.get with gentle backoff (0.5 s → 5 s). Everything goes through ApiClient, so the token
// only ever goes to the API origin (never to a stream or file host elsewhere).
class PredictionRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int firstPollMs = 500;
        int maxPollMs = 5000;
        double backoff = 1.5;
        int maxPollFailures = 3; // consecutive failed polls before giving up
        bool concatenateOutput =
            false; // iterator text model (x-cog-array-display): emit new text while polling
        int streamReadTimeoutMs = 65000;
    };

    explicit PredictionRunner(api::ApiClient* client, QObject* parent = nullptr);
    ~PredictionRunner() override;

    void setOptions(const Options& options) { m_options = options; }
    Options options() const { return m_options; }

    // Sends the create request (request.stream: follow urls.stream when there is one).
    void start(const ComposerRequest& request, const api::ApiTarget& target);
    // Follows a prediction created elsewhere (history "reopen", r8 run after an upload, …).
    void follow(const api::Prediction& prediction, const api::ApiTarget& target, bool stream);
    // Asks the server to cancel (POST urls.cancel); before the create answered, aborts the create.
    void cancel();
    // Stops following locally; the prediction keeps running on the server.
    void stop();

    bool isRunning() const { return m_running; }
    const api::Prediction& prediction() const { return m_prediction; }
    QString streamedText() const { return m_text; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void exchanged(const r8::composer::Exchange& exchange); // every request (create, polls, stream, cancel)
    void created(const r8::api::Prediction& prediction);
    void updated(const r8::api::Prediction& prediction); // every new state seen
    void statusChanged(r8::api::PredictionStatus status, const QString& statusText);
    void logsChanged(const QString& logs);
    void progressChanged(const r8::composer::Progress& progress);
    void outputText(
        const QString& chunk); // streamed text as it arrives (SSE output events, or new iterator items)
    void streamFallback(const QString& reason);           // the stream broke: polling instead
    void finished(const r8::api::Prediction& prediction); // terminal: succeeded / failed / canceled / aborted
    void failed(const r8::composer::RunError& error);     // could not create or follow (HTTP/network)
    void cancelFailed(const r8::composer::RunError& error); // the cancel request failed; following goes on

private:
    void onCreated(const Exchange& ex);
    void accept(const api::Prediction& p);
    void continueFollowing();
    void openStream();
    void onStreamChunk(const QByteArray& data);
    void onStreamEnded(const Exchange& ex);
    void schedulePoll(int delayMs = -1);
    void poll();
    void onPolled(const Exchange& ex);
    void finishWith(const api::Prediction& p);
    void fail(const RunError& e);
    void abortCalls();

    api::ApiClient* m_client;
    Options m_options;
    api::ApiTarget m_target;
    api::Prediction m_prediction;
    bool m_hasPrediction = false;
    bool m_running = false;
    bool m_wantStream = false;      // follow urls.stream (cleared when falling back to polling)
    bool m_streamRequested = false; // text output: keep emitting it while polling after a fallback
    bool m_streamDone = false;
    bool m_cancelRequested = false;
    QPointer<api::ApiCall> m_call;       // create or poll in flight
    QPointer<api::ApiCall> m_streamCall; // SSE in flight
    SseParser m_sse;
    QString m_text; // streamed text so far
    QString m_streamLogs;
    QString m_streamError;
    QTimer m_pollTimer;
    int m_pollDelay = 0;
    int m_pollFailures = 0;
    QElapsedTimer m_clock;
};

} // namespace r8::composer
