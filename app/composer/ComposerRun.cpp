#include "app/composer/ComposerRun.h"

#include "app/composer/HistoryRecord.h"
#include "app/composer/HistoryStore.h"
#include "app/vault/TokenVault.h"

namespace r8::composer {

ComposerRun::ComposerRun(api::ApiClient* client, TokenVault* vault, QObject* parent)
    : QObject(parent), m_vault(vault), m_runner(new PredictionRunner(client, this))
{
    connect(m_runner, &PredictionRunner::exchanged, this, [this](const Exchange& ex) {
        if (m_createSeen)
            return;
        m_createSeen = true; // the first exchange of a run is the create request
        recordCreate(&m_entry, ex);
        record();
    });
    connect(m_runner, &PredictionRunner::exchanged, this, &ComposerRun::exchanged);
    connect(m_runner, &PredictionRunner::created, this, &ComposerRun::created);
    connect(m_runner, &PredictionRunner::statusChanged, this,
            [this](api::PredictionStatus status, const QString&) { emit statusChanged(status); });
    connect(m_runner, &PredictionRunner::logsChanged, this, &ComposerRun::logsChanged);
    connect(m_runner, &PredictionRunner::progressChanged, this, &ComposerRun::progressChanged);
    connect(m_runner, &PredictionRunner::outputText, this, &ComposerRun::outputText);
    connect(m_runner, &PredictionRunner::streamFallback, this, &ComposerRun::streamFallback);
    connect(m_runner, &PredictionRunner::cancelFailed, this, &ComposerRun::cancelFailed);
    connect(m_runner, &PredictionRunner::finished, this, [this](const api::Prediction& p) {
        recordPrediction(&m_entry, p);
        record();
        emit finished(p);
        m_target.token.clear();
        emit ended();
    });
    connect(m_runner, &PredictionRunner::failed, this, [this](const RunError& e) {
        if (m_entry.error.isEmpty())
            m_entry.error = e.message;
        record();
        emit failed(e);
        m_target.token.clear();
        emit ended();
    });
}

ComposerRun::~ComposerRun()
{
    m_runner->stop();
}

void ComposerRun::setHistory(HistoryStore* history)
{
    m_history = history;
}

void ComposerRun::setPollIntervals(int firstMs, int maxMs)
{
    PredictionRunner::Options o = m_runner->options();
    o.firstPollMs = firstMs;
    o.maxPollMs = maxMs;
    m_runner->setOptions(o);
}

void ComposerRun::start(const ComposerRequest& request, const QString& environment, const QString& tokenId,
                        const QUrl& baseUrl, bool concatenateOutput)
{
    stop();
    PredictionRunner::Options o = m_runner->options();
    o.concatenateOutput = concatenateOutput;
    m_runner->setOptions(o);
    const quint64 generation = ++m_generation;
    m_request = request;
    m_environment = environment;
    m_tokenId = tokenId;
    m_baseUrl = baseUrl;
    m_target = {};
    m_entry = {};
    m_createSeen = false;
    m_cancelBeforeSend = false;
    m_readingSecret = true;
    const auto rec = m_vault->record(tokenId);
    const QString name = rec ? rec->name : QString();
    m_vault->readSecret(tokenId, this, [this, generation, name](const SecretReadResult& r) {
        if (generation != m_generation)
            return; // a newer start (or stop) replaced this run
        m_readingSecret = false;
        if (m_cancelBeforeSend) {
            emit canceledBeforeSending();
            emit ended();
            return;
        }
        if (!r.error.ok() || r.secret.isEmpty()) {
            emit tokenUnavailable(
                tr("The token “%1” could not be read from the %2: %3")
                    .arg(name, m_vault->secretStore()->backendName(), r.error.userMessage()));
            emit ended();
            return;
        }
        m_target = {m_baseUrl, r.secret};
        m_entry = historyEntryFor(m_request, m_baseUrl, m_environment, name);
        if (m_history)
            m_entry.id = m_history->add(m_entry);
        emit sending(m_target);
        m_runner->start(m_request, m_target);
    });
}

void ComposerRun::cancel()
{
    if (m_readingSecret) {
        m_cancelBeforeSend = true;
        return;
    }
    m_runner->cancel();
}

void ComposerRun::stop()
{
    ++m_generation;
    m_readingSecret = false;
    m_runner->stop();
    m_target.token.clear();
}

void ComposerRun::record()
{
    if (m_history && m_entry.id > 0)
        m_history->updateResult(m_entry);
}

} // namespace r8::composer
