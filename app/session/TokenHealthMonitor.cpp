#include "app/session/TokenHealthMonitor.h"

#include "app/vault/TokenVault.h"

namespace r8::session {

TokenHealthMonitor::TokenHealthMonitor(TokenVault* vault, api::TokenVerifier* verifier, QObject* parent)
    : QObject(parent), m_vault(vault), m_verifier(verifier)
{
    m_timer.setInterval(6 * 3600 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &TokenHealthMonitor::checkAll);
    // Every verification, wherever it was started, is watched for the valid → rejected transition.
    connect(verifier, &api::TokenVerifier::tokenVerified, this,
            [this](const QString& id, const api::VerifyOutcome& outcome) {
                if (outcome.status == TokenStatus::StoppedWorking)
                    emit stoppedWorking(id, outcome.detail);
            });
}

void TokenHealthMonitor::setCheckInterval(int ms)
{
    if (ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

void TokenHealthMonitor::checkAll()
{
    if (m_verifier->isRunning())
        return;
    QStringList ids;
    for (const TokenRecord& r : m_vault->records())
        ids.append(r.id);
    m_verifier->verify(ids);
}

bool TokenHealthMonitor::isDueForRotation(const TokenRecord& r, int ageDays, const QDateTime& now)
{
    const QDateTime since = r.rotatedAt.isValid() ? r.rotatedAt : r.addedAt;
    return since.isValid() && since.daysTo(now) >= ageDays;
}

QStringList TokenHealthMonitor::dueForRotation(const QDateTime& now) const
{
    QStringList ids;
    for (const TokenRecord& r : m_vault->records()) {
        if (isDueForRotation(r, m_rotationAgeDays, now))
            ids.append(r.id);
    }
    return ids;
}

void TokenHealthMonitor::remindIfDue(const QDate& today, const QDateTime& now)
{
    if (m_lastReminder.isValid() && m_lastReminder >= today)
        return;
    const QStringList due = dueForRotation(now);
    if (due.isEmpty())
        return;
    m_lastReminder = today;
    emit rotationDue(due);
}

} // namespace r8::session
