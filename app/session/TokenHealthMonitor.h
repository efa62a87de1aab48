#pragma once
#include "app/api/TokenVerifier.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace r8 {
class TokenVault;
}

namespace r8::session {

// Keeps an eye on the stored tokens while the app runs: re-verifies them all periodically
// (default every 6 h), reports a token that stops working (it was valid, now gets 401 — Replicate
// disables leaked tokens), and reports tokens due for rotation (older than N days, default 90) at
// most once a day.
class TokenHealthMonitor : public QObject
{
    Q_OBJECT
public:
    TokenHealthMonitor(TokenVault* vault, api::TokenVerifier* verifier, QObject* parent = nullptr);

    void setCheckInterval(int milliseconds); // 0 disables periodic checks
    int checkInterval() const { return m_timer.interval(); }
    void setRotationAgeDays(int days) { m_rotationAgeDays = qMax(1, days); }
    int rotationAgeDays() const { return m_rotationAgeDays; }

    // Tokens older than the rotation age (since added, or since last rotated).
    QStringList dueForRotation(const QDateTime& now) const;
    static bool isDueForRotation(const TokenRecord& r, int ageDays, const QDateTime& now);

    // Emits rotationDue(ids) unless it already did today (lastReminder), and updates lastReminder.
    void remindIfDue(const QDate& today, const QDateTime& now);
    QDate lastReminder() const { return m_lastReminder; }
    void setLastReminder(const QDate& d) { m_lastReminder = d; }

public slots:
    void checkAll();

signals:
    void stoppedWorking(const QString& id, const QString& detail);
    void rotationDue(const QStringList& ids);

private:
    TokenVault* m_vault;
    api::TokenVerifier* m_verifier;
    QTimer m_timer;
    int m_rotationAgeDays = 90;
    QDate m_lastReminder;
};

} // namespace r8::session
