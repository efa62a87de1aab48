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
// The composer page shows what it reports; runner() has the live signals (status, logs, text, …).
class ComposerRun : public QObject
{
    Q_OBJECT
public:
    ComposerRun(api::ApiClient* client, TokenVault* vault, QObject* parent = nullptr);
    ~ComposerRun() override;

    void setHistory(HistoryStore* history); // may be null: nothing recorded
    PredictionRunner* runner() const { return m_runner; }

    // Reads the secret of `tokenId`, then sends. Reports sending() or tokenUnavailable().
    void start(const ComposerRequest& request, const QString& environment, const QString& tokenId,
               const QUrl& baseUrl);
    // Before the secret is read: nothing is sent. Then: PredictionRunner::cancel (POST …/cancel).
    void cancel();
    // Stops following locally (the window goes away); the prediction keeps running on the server.
    void stop();

    bool isActive() const { return m_readingSecret || m_runner->isRunning(); }
    bool isReadingSecret() const { return m_readingSecret; }
    const ComposerRequest& request() const { return m_request; }
    QString environment() const { return m_environment; }
    QString tokenId() const { return m_tokenId; }
    // The history row of this run (id 0 when not recorded).
    const HistoryEntry& historyEntry() const { return m_entry; }
    // Where the run is authenticated (holds the secret while it runs; never show it).
    const api::ApiTarget& target() const { return m_target; }

signals:
    void sending(const r8::api::ApiTarget& target); // the secret was read; the create request goes out now
    void tokenUnavailable(const QString& message);  // the keychain could not give the secret (translated)
    void canceledBeforeSending();
    void ended(); // after finished/failed/tokenUnavailable/canceledBeforeSending: the run is over

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
