#include "ui/composer/RunPanel.h"

#include "app/api/Prediction.h"
#include "app/composer/ComposerRun.h"
#include "ui/composer/ElidedLinkLabel.h"
#include "ui/composer/StatusChip.h"
#include "ui/response/OutputView.h"
#include "ui/response/ResponseViewer.h"
#include "ui_RunPanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QScrollBar>

namespace r8::ui {

using namespace r8::composer;

RunPanel::RunPanel(api::ApiClient* client, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::RunPanel), m_output(new OutputView(client)),
      m_response(new ResponseViewer)
{
    m_ui->setupUi(this);
    m_ui->logsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->progressBar->hide();
    m_ui->progressBar->setMinimumWidth(
        m_ui->progressBar->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000")));
    // Cancel and Retry beside the result's tabs: the status row stays narrow (the window's minimum
    // size does not grow with a long status, a progress bar and a prediction id).
    auto* actions = new QWidget(m_ui->resultTabs);
    actions->setObjectName(QStringLiteral("runActions"));
    auto* actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 0, 0, 2);
    actionsLayout->addWidget(m_ui->cancelButton);
    actionsLayout->addWidget(m_ui->retryButton);
    m_ui->resultTabs->setCornerWidget(actions, Qt::TopRightCorner);
    m_ui->resultTabs->setUsesScrollButtons(true);
    m_ui->cancelButton->setEnabled(false);
    m_ui->retryButton->setEnabled(false);
    m_ui->cancelButton->setToolTip(tr("Cancel the prediction (Esc)"));
    m_ui->retryButton->setToolTip(tr("Send the same request again (Ctrl+Shift+Return)"));
    m_output->setObjectName(QStringLiteral("outputView"));
    m_ui->outputLayout->addWidget(m_output);
    m_response->setObjectName(QStringLiteral("responseViewer"));
    m_ui->responseLayout->addWidget(m_response);
    m_elapsedTimer.setInterval(100);
    connect(&m_elapsedTimer, &QTimer::timeout, this, &RunPanel::tickElapsed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RunPanel::cancelClicked);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &RunPanel::retryClicked);
}

RunPanel::~RunPanel() = default;

void RunPanel::showLogs()
{
    m_ui->resultTabs->setCurrentWidget(m_ui->logsTab);
}

void RunPanel::showOutput()
{
    m_ui->resultTabs->setCurrentWidget(m_ui->outputTab);
}

void RunPanel::setActions(bool canCancel, bool canRetry)
{
    m_ui->cancelButton->setEnabled(canCancel);
    m_ui->retryButton->setEnabled(canRetry);
}

void RunPanel::begin(const QJsonObject& outputSchema)
{
    m_outputSchema = outputSchema;
    m_canceling = false;
    m_output->clear();
    m_response->clear();
    m_ui->logsView->clear();
    m_ui->progressBar->hide();
    m_ui->predictionLabel->clearLink();
    m_ui->statusChip->setState(StatusChip::State::Sending);
    showOutput();
    m_finalElapsedMs = -1;
    m_elapsedTimer.start();
    tickElapsed();
}

void RunPanel::reset()
{
    m_elapsedTimer.stop();
    m_finalElapsedMs = -1;
    m_canceling = false;
    m_output->clear();
    m_response->clear();
    m_ui->logsView->clear();
    m_ui->progressBar->hide();
    m_ui->predictionLabel->clearLink();
    m_ui->statusChip->setState(StatusChip::State::Idle);
    m_ui->elapsedLabel->clear();
    showOutput();
}

void RunPanel::markCanceling()
{
    m_canceling = true;
    m_ui->cancelButton->setEnabled(false);
    m_ui->statusChip->setState(m_ui->statusChip->state(), tr("canceling…"));
}

void RunPanel::tickElapsed()
{
    const qint64 ms = m_finalElapsedMs >= 0 ? m_finalElapsedMs : m_run ? m_run->elapsedMs() : 0;
    const bool shown = m_elapsedTimer.isActive() || m_finalElapsedMs >= 0;
    m_ui->elapsedLabel->setText(shown ? tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 1 : 0)
                                      : QString());
}

void RunPanel::watch(ComposerRun* run)
{
    m_run = run;
    connect(run, &ComposerRun::sending, this,
            [this](const api::ApiTarget& target) { m_output->setApiTarget(target); });
    connect(run, &ComposerRun::tokenUnavailable, this,
            [this]() { m_ui->statusChip->setState(StatusChip::State::Error); });
    connect(run, &ComposerRun::canceledBeforeSending, this,
            [this]() { m_ui->statusChip->setState(StatusChip::State::Canceled); });
    connect(run, &ComposerRun::ended, this, [this]() {
        m_finalElapsedMs = m_run->elapsedMs();
        m_elapsedTimer.stop();
        tickElapsed();
    });
    connect(run, &ComposerRun::exchanged, this,
            [this](const Exchange& exchange) { m_response->showExchange(exchange, m_run->target()); });
    connect(run, &ComposerRun::created, this, [this](const api::Prediction& p) {
        m_ui->predictionLabel->setLink(p.id, p.webUrl,
                                       p.webUrl.isValid() ? tr("Open this prediction on replicate.com")
                                                          : tr("The prediction's id"));
    });
    connect(run, &ComposerRun::statusChanged, this, [this](api::PredictionStatus status) {
        m_ui->statusChip->setState(StatusChip::stateFor(status));
    });
    connect(run, &ComposerRun::logsChanged, this, [this](const QString& logs) {
        QScrollBar* bar = m_ui->logsView->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 2;
        m_ui->logsView->setPlainText(logs);
        if (atEnd)
            bar->setValue(bar->maximum());
    });
    connect(run, &ComposerRun::progressChanged, this, [this](const Progress& progress) {
        m_ui->progressBar->show();
        m_ui->progressBar->setRange(0, 100);
        m_ui->progressBar->setValue(progress.percent);
        m_ui->progressBar->setFormat(progress.total > 0
                                         ? tr("%1 / %2").arg(progress.current).arg(progress.total)
                                         : QStringLiteral("%p%"));
    });
    connect(run, &ComposerRun::outputText, this, [this](const QString& chunk) {
        // Text arrives: the model is running, whatever the last status said ("starting").
        const StatusChip::State state = m_ui->statusChip->state();
        if (!m_canceling && (state == StatusChip::State::Sending || state == StatusChip::State::Starting))
            m_ui->statusChip->setState(StatusChip::State::Processing);
        m_output->appendText(chunk);
    });
    connect(run, &ComposerRun::finished, this, [this](const api::Prediction& p) {
        m_ui->statusChip->setState(StatusChip::stateFor(p.status));
        m_output->showPrediction(p, m_outputSchema);
        if (p.status == api::PredictionStatus::Succeeded && m_ui->progressBar->isVisible())
            m_ui->progressBar->setValue(100);
        if (p.status == api::PredictionStatus::Failed && !p.logs.isEmpty())
            showLogs();
    });
    connect(run, &ComposerRun::failed, this, [this](const RunError& e) {
        const bool canceled = e.kind == RunError::Kind::Canceled;
        m_ui->statusChip->setState(canceled ? StatusChip::State::Canceled : StatusChip::State::Error,
                                   !canceled && e.status > 0 ? tr("HTTP %1").arg(e.status) : QString());
    });
    connect(run, &ComposerRun::cancelFailed, this, [this]() { m_ui->cancelButton->setEnabled(true); });
}

} // namespace r8::ui
