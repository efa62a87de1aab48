#pragma once
#include "app/api/Verification.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace r8 {
class TokenVault;
}

namespace r8::api {

class ApiClient;
class ApiCall;

// Verifies many stored tokens with GET /v1/account, at most setMaxConcurrent() (4) at a time, reading each
// secret from the keychain only when its turn comes, and recording each result in the vault
// (TokenVault::updateStatuses). The GUI's "Verify all" and `r8 tokens verify --all` both use it.
// Results are recorded in batches — those that arrive within 100 ms, and the rest at the end — so
// that 200 tokens cost a few writes of the token list rather than 200; tokenVerified() and
// progress() follow each batch, so the vault already holds what they report.
class TokenVerifier : public QObject
{
    Q_OBJECT
public:
    // Maps a record's environment label to its API base URL (empty: not available, e.g. the
    // sandbox is not running).
    using BaseUrlFn = std::function<QUrl(const QString& environment)>;

    TokenVerifier(TokenVault* vault, ApiClient* client, BaseUrlFn baseUrlFor, QObject* parent = nullptr);

    void setMaxConcurrent(int n) { m_maxConcurrent = qMax(1, n); }
    // Off: results are reported but not written to the vault (a check against an address that is not
    // the token's own environment's, e.g. `r8 tokens verify --base-url URL`). On by default.
    void setRecording(bool on) { m_recording = on; }
    bool isRunning() const { return m_total > 0 && m_done < m_total; }

    // Queues the records (ids); an empty list is finished at once.
    void verify(const QStringList& ids);
    void cancel(); // stops queued and running checks; nothing more is recorded

signals:
    void progress(int done, int total);
    void tokenVerified(const QString& id, const r8::api::VerifyOutcome& outcome);
    void finished();

private:
    void pump();
    void runOne(const QString& id);
    void complete(const QString& id, const VerifyOutcome& outcome);
    void record(); // writes the pending results, then reports them

    struct Pending
    {
        QString id;
        VerifyOutcome outcome;
        QDateTime at;
    };
    QList<Pending> m_pending;
    QTimer m_recordTimer;
    int m_reported = 0;

    TokenVault* m_vault;
    ApiClient* m_client;
    BaseUrlFn m_baseUrlFor;
    bool m_recording = true;
    int m_maxConcurrent = 4;
    QQueue<QString> m_queue;
    QList<QPointer<ApiCall>> m_calls;
    int m_running = 0;
    int m_done = 0;
    int m_total = 0;
    quint64 m_generation = 0;
};

} // namespace r8::api
