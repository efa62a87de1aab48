#pragma once
#include "app/composer/ComposerRequest.h"
#include "app/composer/HistoryEntry.h"
#include "app/composer/PredictionRunner.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace r8 {
class TokenVault;
}
namespace r8::api {
class ApiClient;
}

namespace r8::composer {
class HistoryStore;

// One send of the composer, start to end, without widgets: reads the chosen token's secret from the
// keychain (only now, and only for this run), records the request in history (the token by NAME),
// creates the prediction and follows it, and keeps the history row up to date as answers come.
// It is the one thing the composer's widgets talk to: the prediction's live signals (status, logs,
// streamed text, every exchange) are its own; nobody outside reaches the runner.
class ComposerRun : public QObject
{
    Q_OBJECT
public:
    ComposerRun(api::ApiClient* client, TokenVault* vault, QObject* parent = nullptr);
    ~ComposerRun() override;

    void setHistory(HistoryStore* history); // may be null: nothing recorded
    // Tests and benchmarks: the poll timing (first poll, longest wait between polls).
    void setPollIntervals(int firstMs, int maxMs);

    // Reads the secret of `tokenId`, then sends. Reports sending() or tokenUnavailable().
    // `concatenateOutput`: the output is an iterator of text (x-cog-array-display): new text is
    // reported while polling too.
    void start(const ComposerRequest& request, const QString& environment, const QString& tokenId,
               const QUrl& baseUrl, bool concatenateOutput = false);
    // Before the secret is read: nothing is sent. Then: PredictionRunner::cancel (POST …/cancel).
    void cancel();
    // Stops following locally (the window goes away); the prediction keeps running on the server.
    void stop();

    bool isActive() const { return m_readingSecret || m_runner->isRunning(); }
    qint64 elapsedMs() const { return m_runner->elapsedMs(); }
    const ComposerRequest& request() const { return m_request; }
    QString environment() const { return m_environment; }
    QString tokenId() const { return m_tokenId; }
    // The history row of this run (id 0 when not recorded).
    // Where the run is authenticated (holds the secret while it runs; never show it).
    const api::ApiTarget& target() const { return m_target; }

signals:
    void sending(const r8::api::ApiTarget& target); // the secret was read; the create request goes out now
    void tokenUnavailable(const QString& message);  // the keychain could not give the secret (translated)
    void canceledBeforeSending();
    // The prediction, as PredictionRunner reports it.
    void exchanged(const r8::composer::Exchange& exchange); // every request (create, polls, stream, cancel)
    void created(const r8::api::Prediction& prediction);
    void statusChanged(r8::api::PredictionStatus status);
    void logsChanged(const QString& logs);
    void progressChanged(const r8::composer::Progress& progress);
    void outputText(const QString& chunk);                // streamed text as it arrives
    void streamFallback(const QString& reason);           // the stream broke: polling instead
    void finished(const r8::api::Prediction& prediction); // terminal: succeeded / failed / canceled / aborted
    void failed(const r8::composer::RunError& error);     // could not create or follow (HTTP/network)
    void cancelFailed(const r8::composer::RunError& error); // the cancel request failed; following goes on
    // After finished/failed/tokenUnavailable/canceledBeforeSending (and their handlers): the run is over.
    void ended();

private:
    void record();

    TokenVault* m_vault;
    QPointer<HistoryStore> m_history;
    PredictionRunner* m_runner;
    ComposerRequest m_request;
    QString m_environment;
    QString m_tokenId;
    QUrl m_baseUrl;
    api::ApiTarget m_target;
    HistoryEntry m_entry;
    bool m_readingSecret = false;
    bool m_cancelBeforeSend = false;
    bool m_createSeen = false;
    quint64 m_generation = 0;
};

} // namespace r8::composer
