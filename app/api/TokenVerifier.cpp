#include "app/api/TokenVerifier.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/api/UrlPolicy.h"
#include "app/vault/TokenVault.h"

#include <utility>

namespace r8::api {

TokenVerifier::TokenVerifier(TokenVault* vault, ApiClient* client, BaseUrlFn baseUrlFor, QObject* parent)
    : QObject(parent), m_vault(vault), m_client(client), m_baseUrlFor(std::move(baseUrlFor))
{
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(100);
    connect(&m_recordTimer, &QTimer::timeout, this, &TokenVerifier::record);
}

void TokenVerifier::verify(const QStringList& ids)
{
    if (!isRunning()) {
        m_done = 0;
        m_total = 0;
        m_reported = 0;
    }
    for (const QString& id : ids)
        m_queue.enqueue(id);
    m_total += int(ids.size());
    if (m_total == 0) {
        QMetaObject::invokeMethod(this, &TokenVerifier::finished, Qt::QueuedConnection);
        return;
    }
    emit progress(m_reported, m_total);
    pump();
}

void TokenVerifier::cancel()
{
    // What has completed is kept and reported; what is queued or on its way is dropped.
    m_recordTimer.stop();
    const bool wasRunning = m_total > 0;
    if (!m_pending.isEmpty())
        record();
    ++m_generation;
    m_queue.clear();
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto& c : calls) {
        if (c)
            c->abort();
    }
    m_running = 0;
    m_done = m_total = m_reported = 0;
    if (wasRunning)
        emit finished();
}

void TokenVerifier::pump()
{
    while (m_running < m_maxConcurrent && !m_queue.isEmpty()) {
        ++m_running;
        runOne(m_queue.dequeue());
    }
}

void TokenVerifier::runOne(const QString& id)
{
    const auto rec = m_vault->record(id);
    if (!rec) {
        VerifyOutcome v;
        v.recordable = false;
        v.detail = tr("That token no longer exists.");
        QMetaObject::invokeMethod(
            this, [this, id, v] { complete(id, v); }, Qt::QueuedConnection);
        return;
    }
    const QUrl base = m_baseUrlFor(rec->environment);
    if (base.isEmpty()) {
        VerifyOutcome v;
        v.status = TokenStatus::Unreachable;
        v.detail =
            tr("No API address for the environment “%1” (is the sandbox running?).").arg(rec->environment);
        QMetaObject::invokeMethod(
            this, [this, id, v] { complete(id, v); }, Qt::QueuedConnection);
        return;
    }
    const bool before = workedBefore(*rec);
    const quint64 gen = m_generation;
    m_vault->readSecret(id, this, [this, id, base, before, gen](const SecretReadResult& secret) {
        if (gen != m_generation)
            return;
        if (!secret.error.ok()) {
            VerifyOutcome v;
            v.recordable = false;
            v.keychainError = secret.error.kind;
            v.detail = secret.error.userMessage();
            complete(id, v);
            return;
        }
        ApiCall* call = sendAccountCheck(m_client, base, secret.secret);
        m_calls.append(call);
        connect(call, &ApiCall::finished, this, [this, id, before, gen, call](const ApiResult& r) {
            m_calls.removeAll(call);
            if (gen != m_generation)
                return;
            complete(id, classifyAccountAnswer(r, before));
        });
    });
}

void TokenVerifier::complete(const QString& id, const VerifyOutcome& outcome)
{
    m_pending.append({id, outcome, QDateTime::currentDateTimeUtc()});
    --m_running;
    ++m_done;
    if (m_done >= m_total && m_queue.isEmpty()) {
        m_recordTimer.stop();
        record();
        m_done = m_total = m_reported = 0;
        emit finished();
        return;
    }
    if (!m_recordTimer.isActive())
        m_recordTimer.start();
    pump();
}

void TokenVerifier::record()
{
    const QList<Pending> batch = std::exchange(m_pending, {});
    QList<TokenVault::StatusUpdate> updates;
    for (const Pending& p : batch) {
        if (p.outcome.recordable && m_recording)
            updates.append({p.id, p.outcome.status, p.outcome.username, p.outcome.detail, p.at});
    }
    const TokenVault::Outcome saved =
        updates.isEmpty() ? TokenVault::Outcome{true, {}} : m_vault->updateStatuses(updates);
    for (const Pending& p : batch) {
        VerifyOutcome v = p.outcome;
        if (v.recordable && m_recording && !saved.ok)
            v.detail += QLatin1Char(' ') + saved.error;
        ++m_reported;
        emit tokenVerified(p.id, v);
    }
    emit progress(m_reported, m_total);
}

} // namespace r8::api
