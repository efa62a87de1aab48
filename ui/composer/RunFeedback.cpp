#include "ui/composer/RunFeedback.h"

#include "app/api/Environment.h"
#include "app/api/Prediction.h"
#include "app/composer/ComposerRun.h"
#include "app/composer/RunError.h"
#include "app/vault/TokenRecord.h"
#include "app/vault/TokenVault.h"
#include "ui/composer/InputEditor.h"
#include "ui/composer/MessageBar.h"
#include "ui/composer/TokenChooser.h"

namespace r8::ui {

using namespace r8::composer;

namespace {
// Ends the text with a full stop when it has no closing punctuation.
QString sentence(const QString& text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!')) ||
                   t.endsWith(QLatin1Char('?'))
               ? t
               : t + QLatin1Char('.');
}
} // namespace

RunFeedback::RunFeedback(ComposerRun* run, MessageBar* bar, InputEditor* input, TokenChooser* tokens,
                         TokenVault* vault, QObject* parent)
    : QObject(parent), m_run(run), m_bar(bar), m_input(input), m_tokens(tokens), m_vault(vault)
{
    m_retryTimer.setInterval(1000);
    connect(&m_retryTimer, &QTimer::timeout, this, &RunFeedback::tickRetry);
    connect(run, &ComposerRun::tokenUnavailable, this,
            [this](const QString& message) { m_bar->showMessage(message, MessageBar::Kind::Error); });
    connect(run, &ComposerRun::canceledBeforeSending, this, [this]() {
        m_bar->showMessage(tr("Canceled before anything was sent."), MessageBar::Kind::Info);
    });
    connect(run, &ComposerRun::streamFallback, this,
            [this](const QString& why) { m_bar->showMessage(why, MessageBar::Kind::Warning); });
    connect(run, &ComposerRun::cancelFailed, this, [this](const RunError& e) {
        m_bar->showMessage(tr("The prediction could not be canceled: %1").arg(e.message),
                           MessageBar::Kind::Error);
    });
    connect(run, &ComposerRun::finished, this, &RunFeedback::onFinished);
    connect(run, &ComposerRun::failed, this, &RunFeedback::onFailed);
}

void RunFeedback::clear()
{
    m_retryTimer.stop();
    m_retryAt = {};
    m_bar->hide();
}

void RunFeedback::onFinished(const api::Prediction& p)
{
    switch (p.status) {
    case api::PredictionStatus::Failed:
        m_bar->showMessage(
            p.error.isEmpty() ? tr("The prediction failed without saying why; its logs may tell.")
                              : tr("The prediction failed: %1").arg(p.error),
            MessageBar::Kind::Error, p.logs.isEmpty() ? QString() : tr("Show logs"), QStringLiteral("logs"));
        break;
    case api::PredictionStatus::Canceled:
        m_bar->showMessage(tr("The prediction was canceled."), MessageBar::Kind::Info);
        break;
    case api::PredictionStatus::Aborted:
        m_bar->showMessage(
            tr("The prediction was aborted by the platform before it started (a deadline, or Cancel-After)."),
            MessageBar::Kind::Warning);
        break;
    default:
        break;
    }
}

void RunFeedback::onFailed(const RunError& e)
{
    using K = RunError::Kind;
    const auto rec = m_vault->record(m_run->tokenId());
    const QString tokenName = rec ? rec->name : m_tokens->tokenName();
    switch (e.kind) {
    case K::TokenRejected:
        m_bar->showMessage(tr("The token “%1” was rejected by %2 (HTTP 401): it is wrong, "
                              "disabled (perhaps after a leak) or expired. "
                              "Verify it, or rotate it.")
                               .arg(tokenName, env::displayName(m_run->environment())),
                           MessageBar::Kind::Error, tr("Open “%1” in Tokens").arg(tokenName),
                           QStringLiteral("tokens"));
        break;
    case K::InvalidInput:
        // The message first: it takes room above the form, then the first field is scrolled to.
        m_bar->showMessage(e.fields.isEmpty()
                               ? e.message
                               : tr("%1 The fields are marked in the form.").arg(sentence(e.message)),
                           MessageBar::Kind::Error);
        m_input->setFieldProblems(e.fields); // shows the form, scrolls to and focuses the first field
        break;
    case K::RateLimited:
        m_retryAt = e.retryAt;
        m_bar->showMessage(e.message, MessageBar::Kind::Warning, tr("Retry"), QStringLiteral("retry"));
        tickRetry();
        if (m_retryAt.isValid())
            m_retryTimer.start();
        break;
    case K::Canceled:
        m_bar->showMessage(tr("Canceled before the server answered. If it had already created the "
                              "prediction, the prediction goes on (its id never arrived)."),
                           MessageBar::Kind::Info);
        break;
    case K::Network:
    case K::Timeout:
    case K::Server:
        m_bar->showMessage(e.message, MessageBar::Kind::Error, tr("Retry"), QStringLiteral("retry"));
        break;
    default:
        m_bar->showMessage(e.message, MessageBar::Kind::Error);
    }
}

void RunFeedback::tickRetry()
{
    if (!m_retryAt.isValid()) {
        m_retryTimer.stop();
        return;
    }
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(m_retryAt);
    if (secs > 0) {
        m_bar->setText(tr("Too many requests (HTTP 429): the rate limit resets in %n s (at %1). Retry "
                          "then, or now if you know better.",
                          nullptr, int(secs))
                           .arg(m_retryAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    } else {
        m_retryTimer.stop();
        m_bar->setText(tr("Too many requests (HTTP 429): the rate limit has reset — retry now."));
    }
}

} // namespace r8::ui
