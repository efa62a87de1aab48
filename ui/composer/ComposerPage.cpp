#include "ui/composer/ComposerPage.h"

#include "app/api/Environment.h"
#include "app/api/Prediction.h"
#include "app/composer/ComposerRun.h"
#include "app/composer/Samples.h"
#include "app/composer/SchemaForm.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenRecord.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/Tone.h"
#include "ui/composer/HeadersView.h"
#include "ui/composer/InputEditor.h"
#include "ui/composer/MessageBar.h"
#include "ui/composer/ModelController.h"
#include "ui/composer/RecentTargets.h"
#include "ui/composer/RequestOptions.h"
#include "ui/composer/RunFeedback.h"
#include "ui/composer/RunPanel.h"
#include "ui/composer/SamplesMenu.h"
#include "ui/composer/TokenChooser.h"
#include "ui/composer/TokenUploader.h"
#include "ui/history/CopyAsMenu.h"
#include "ui/history/PresetsMenu.h"
#include "ui_ComposerPage.h"

#include <QAction>
#include <QComboBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>

namespace r8::ui {

using namespace r8::composer;

ComposerPage::ComposerPage(const Services& services, HistoryStore* history, PresetStore* presets,
                           QWidget* parent)
    : QWidget(parent), m_ui(new Ui::ComposerPage), m_services(services), m_history(history),
      m_presetStore(presets)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ComposerPage"));
    setTextRole(m_ui->titleLabel, TextRole::PageTitle);
    // The request side a little narrower than the result (the main window keeps where the user
    // leaves the divider: it saves and restores "composerSplitter").
    // The request side scrolls when the window is narrower (or the font larger) than it needs, so
    // that it never holds the window wide; its form and JSON scroll on their own anyway.
    auto* requestScroll = new QScrollArea;
    requestScroll->setObjectName(QStringLiteral("requestScroll"));
    requestScroll->setAccessibleName(tr("Request"));
    requestScroll->setFrameShape(QFrame::NoFrame);
    requestScroll->setWidgetResizable(true);
    requestScroll->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_ui->composerSplitter->insertWidget(0, requestScroll);
    requestScroll->setWidget(m_ui->requestPane);
    m_ui->composerSplitter->setStretchFactor(0, 5);
    m_ui->composerSplitter->setStretchFactor(1, 6);
    m_ui->composerSplitter->setProperty("defaultShares", QVariantList{5, 6}); // see WindowStateKeeper

    setUpParts();
    setUpMenus();
    setUpActions();
    connectRun();

    connect(m_tokens, &TokenChooser::changed, this, [this]() {
        // A lookup that failed for want of a (working) token is worth another try with this one.
        if (m_model->wantsNewLookup())
            m_model->schedule();
        updateState();
    });
    connect(m_options, &RequestOptions::changed, this, &ComposerPage::updateState);
    connect(m_model, &ModelController::stateChanged, this, &ComposerPage::updateState);
    connect(m_model, &ModelController::lookupFinished, this, &ComposerPage::lookupFinished);
    connect(m_model, &ModelController::modelChanged, this, &ComposerPage::clearRun);
    connect(m_model, &ModelController::tokenRejected, this, [this](const QString& message) {
        m_ui->messageBar->showMessage(message, MessageBar::Kind::Error,
                                      tr("Open “%1” in Tokens").arg(m_tokens->tokenName()),
                                      QStringLiteral("tokens"));
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerPage::send);
    connect(m_ui->messageBar, &MessageBar::actionTriggered, this, &ComposerPage::onMessageAction);
    if (m_services.sandbox) {
        connect(m_services.sandbox, &session::SandboxSession::started, this, [this]() {
            if (m_tokens->environment() == env::Sandbox)
                m_model->schedule();
            updateState();
        });
        connect(m_services.sandbox, &session::SandboxSession::stopped, this, &ComposerPage::updateState);
    }
    updateState();
}

ComposerPage::~ComposerPage()
{
    m_run->stop();
}

// The request side (token, input, options, headers), the model field and the result side.
void ComposerPage::setUpParts()
{
    m_tokens = new TokenChooser(m_services.vault, m_ui->tokenHost);
    m_tokens->setObjectName(QStringLiteral("tokenChooser"));
    m_ui->tokenHostLayout->addWidget(m_tokens);
    m_ui->tokenHost->setFocusProxy(m_tokens);
    m_ui->tokenLabel->setBuddy(m_tokens->environmentCombo());
    connect(m_tokens->environmentCombo(), qOverload<int>(&QComboBox::activated), this,
            [this]() { emit environmentChosen(m_tokens->environment()); });

    m_input = new InputEditor(m_ui->inputHost);
    m_input->setObjectName(QStringLiteral("inputEditor"));
    m_ui->inputLayout->addWidget(m_input);
    // The input scrolls: it does not hold the page (and the window) to its full height.
    m_input->setMinimumHeight(m_input->fontMetrics().lineSpacing() * 8);
    // One row of tabs for the request: Form | JSON (the editor's) | Headers.
    m_headers = new HeadersView(m_input->tabs());
    m_headers->setObjectName(QStringLiteral("headersView"));
    m_input->tabs()->addTab(m_headers, tr("Hea&ders"));
    m_input->setUploader(tokenUploaderFn(
        m_services.client, m_services.vault, [this]() { return m_tokens->tokenId(); },
        [this]() { return baseUrl(); }));

    m_options = new RequestOptions({m_ui->waitRadio, m_ui->asyncRadio, m_ui->waitSpin, m_ui->streamCheck,
                                    m_ui->cancelAfterEdit, m_headers, m_input},
                                   this);
    m_model = new ModelController(
        {m_ui->targetEdit, m_ui->targetInfo, m_tokens, m_input, m_options}, m_services.client,
        m_services.vault, [this]() { return baseUrl(); }, this);

    m_run = new ComposerRun(m_services.client, m_services.vault, this);
    m_run->setHistory(m_history);
    m_result = new RunPanel(m_services.client, m_ui->resultPane);
    m_result->setObjectName(QStringLiteral("runPanel"));
    m_ui->resultLayout->addWidget(m_result);
    m_feedback = new RunFeedback(m_run, m_ui->messageBar, m_input, m_tokens, m_services.vault, this);
}

// Samples, presets, Copy as, and completion of the model field.
void ComposerPage::setUpMenus()
{
    auto* samples = new SamplesMenu([this]() { return m_tokens->environment() == env::Sandbox; }, this);
    m_ui->samplesButton->setMenu(samples);
    connect(samples, &SamplesMenu::sampleChosen, this, &ComposerPage::loadSample);
    m_recent = new RecentTargets(m_ui->targetEdit, this);
    m_recent->setSampleTargets(samples->targets());
    connect(samples, &QMenu::aboutToShow, this,
            [this, samples]() { m_recent->setSampleTargets(samples->targets()); });
    connect(m_recent, &RecentTargets::activated, this, &ComposerPage::setTargetText);

    const SnapshotFn snapshotFn = [this]() { return snapshot(); };
    auto* copyAs = new CopyAsMenu(snapshotFn, this);
    copyAs->setObjectName(QStringLiteral("copyAsMenu"));
    m_ui->copyAsButton->setMenu(copyAs);
    connect(copyAs, &CopyAsMenu::copied, this, [this](const QString& message) {
        m_ui->messageBar->showMessage(message, MessageBar::Kind::Info);
    });
    if (m_presetStore) {
        auto* presetsMenu = new PresetsMenu(m_presetStore, snapshotFn, this);
        presetsMenu->setObjectName(QStringLiteral("presetsMenu"));
        m_ui->presetsButton->setMenu(presetsMenu);
        connect(presetsMenu, &PresetsMenu::requestChosen, this,
                [this](const ComposerRequest& request) { openRequest(request); });
        connect(presetsMenu, &PresetsMenu::message, this, &ComposerPage::showMessage);
    } else {
        m_ui->presetsButton->hide();
    }
}

void ComposerPage::setUpActions()
{
    auto make = [this](const QString& text, const QKeySequence& key, void (ComposerPage::*slot)()) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_sendAction =
        make(tr("&Send request"), QKeySequence(QStringLiteral("Ctrl+Return")), &ComposerPage::send);
    m_cancelAction = make(tr("&Cancel prediction"), QKeySequence(Qt::Key_Escape), &ComposerPage::cancel);
    m_retryAction =
        make(tr("&Retry"), QKeySequence(QStringLiteral("Ctrl+Shift+Return")), &ComposerPage::retry);
    m_focusTargetAction = new QAction(tr("Go to the &model field"), this);
    m_focusTargetAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_focusTargetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_focusTargetAction, &QAction::triggered, this, [this]() {
        m_ui->targetEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->targetEdit->selectAll();
    });
    addAction(m_focusTargetAction);
    // Ctrl+Enter on the keypad too.
    m_sendAction->setShortcuts(
        {QKeySequence(QStringLiteral("Ctrl+Return")), QKeySequence(QStringLiteral("Ctrl+Enter"))});
    m_ui->sendButton->setToolTip(
        tr("Send the request (%1)").arg(m_sendAction->shortcut().toString(QKeySequence::NativeText)));
}

// The run: the result side shows it, RunFeedback explains its failures; the page keeps the actions.
void ComposerPage::connectRun()
{
    m_result->watch(m_run);
    connect(m_run, &ComposerRun::sending, this, &ComposerPage::sent);
    connect(m_run, &ComposerRun::cancelFailed, this, [this]() { m_canceling = false; });
    // Retry is offered after a failure or a cancel, not after a success.
    connect(m_run, &ComposerRun::failed, this, [this]() { m_retryable = true; });
    connect(m_run, &ComposerRun::tokenUnavailable, this, [this]() { m_retryable = true; });
    connect(m_run, &ComposerRun::canceledBeforeSending, this, [this]() { m_retryable = true; });
    connect(m_run, &ComposerRun::finished, this,
            [this](const api::Prediction& p) { m_retryable = p.status != api::PredictionStatus::Succeeded; });
    connect(m_run, &ComposerRun::ended, this, [this]() {
        updateState();
        emit runEnded();
    });
    connect(m_result, &RunPanel::cancelClicked, this, &ComposerPage::cancel);
    connect(m_result, &RunPanel::retryClicked, this, &ComposerPage::retry);
}

QList<QAction*> ComposerPage::composerActions() const
{
    return {m_sendAction, m_cancelAction, m_retryAction, m_focusTargetAction};
}

void ComposerPage::setPollIntervals(int firstMs, int maxMs)
{
    m_run->setPollIntervals(firstMs, maxMs);
}

// ---- what is composed -------------------------------------------------------------------------

QString ComposerPage::environment() const
{
    return m_tokens->environment();
}

QString ComposerPage::tokenId() const
{
    return m_tokens->tokenId();
}

QString ComposerPage::tokenName() const
{
    return m_tokens->tokenName();
}

QString ComposerPage::targetText() const
{
    return m_model->text();
}

bool ComposerPage::isRunning() const
{
    return m_run->isActive();
}

bool ComposerPage::isLookingUp() const
{
    return m_model->isPending();
}

QUrl ComposerPage::baseUrl() const
{
    return baseUrlFor(m_services, m_tokens->environment());
}

std::optional<ComposerRequest> ComposerPage::currentRequest(QString* problem) const
{
    QString why;
    auto fail = [&](const QString& text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    const auto target = m_model->resolvedTarget(&why);
    if (!target)
        return fail(why);
    if (!m_input->isValid())
        return fail(tr("The JSON body does not parse — %1").arg(m_input->problem()));
    ComposerRequest r;
    r.target = *target;
    const QJsonObject body = m_input->body();
    r.input = body.value(QStringLiteral("input")).toObject();
    m_options->fill(&r);
    r.webhook = body.value(QStringLiteral("webhook")).toString();
    for (const QJsonValue& v : body.value(QStringLiteral("webhook_events_filter")).toArray())
        r.webhookEvents << v.toString();
    const QStringList problems = requestProblems(r);
    if (!problems.isEmpty())
        return fail(problems.first());
    return r;
}

std::optional<ComposerSnapshot> ComposerPage::snapshot() const
{
    QString problem;
    const auto request = currentRequest(&problem);
    if (!request) {
        m_ui->messageBar->showMessage(tr("Nothing to export yet: %1").arg(problem),
                                      MessageBar::Kind::Warning);
        return std::nullopt;
    }
    ComposerSnapshot s;
    s.request = *request;
    s.options.baseUrl = baseUrl();
    s.options.tokenName = m_tokens->tokenName();
    s.options.environment = m_tokens->environment();
    return s;
}

QString ComposerPage::sendProblem() const
{
    return m_ui->sendProblem->isHidden() ? QString() : m_ui->sendProblem->text();
}

void ComposerPage::updateState()
{
    const bool running = m_run->isActive();
    QString problem;
    const auto request = currentRequest(&problem);
    if (request) {
        if (!m_services.client)
            problem = tr("Sending needs the API client, which this window was started without.");
        else if (!baseUrl().isValid())
            problem = m_tokens->environment() == env::Sandbox
                          ? tr("The sandbox is not running: start it (File → Try the sandbox) to send to it.")
                          : tr("The environment “%1” has no API address.").arg(m_tokens->environment());
        else if (m_tokens->tokenId().isEmpty())
            problem = tr("Choose a token: %1 has none yet (add one on the Tokens page).")
                          .arg(env::displayName(m_tokens->environment()));
        else if (m_model->isLookingUp())
            problem = tr("Looking the model up…");
        else if (m_input->isBusy())
            problem = tr("A file is still uploading; its URL goes into the input when it is done.");
        else if (running)
            problem = tr("A prediction is running: cancel it or wait for it to end.");
    }
    m_ui->sendProblem->setText(problem);
    m_ui->sendProblem->setVisible(!problem.isEmpty());
    const bool canSend = problem.isEmpty();
    m_ui->sendButton->setEnabled(canSend);
    m_sendAction->setEnabled(canSend);
    m_cancelAction->setEnabled(running);
    const bool canRetry = m_retryable && m_lastSent.has_value() && !running && m_services.client &&
                          !m_tokens->tokenId().isEmpty();
    m_retryAction->setEnabled(canRetry);
    m_result->setActions(running && !m_canceling, canRetry);
    updatePreview();
}

void ComposerPage::updatePreview()
{
    QString why;
    const auto target = m_model->resolvedTarget(&why);
    if (!target) {
        m_headers->clearPreview(targetText().isEmpty() ? tr("Choose a model to see the request.") : why);
        return;
    }
    ComposerRequest r;
    r.target = *target;
    m_options->fill(&r);
    QUrl base = baseUrl();
    if (!base.isValid())
        base = api::defaultApiBase();
    m_headers->setPreview(buildApiRequest(r, base), m_tokens->maskedToken());
}

void ComposerPage::setTargetText(const QString& text)
{
    m_model->setText(text);
}

// ---- loading requests ------------------------------------------------------------------------

void ComposerPage::openRequest(const ComposerRequest& request, const QString& environment,
                               const QString& tokenName)
{
    if (!environment.isEmpty())
        m_tokens->setEnvironment(environment);
    const bool tokenGone = !tokenName.isEmpty() && !m_tokens->selectTokenByName(tokenName);
    m_options->load(request);
    m_input->setBody(requestBodyObject(request));
    m_model->open(request); // clears the last run's result
    if (tokenGone)
        m_ui->messageBar->showMessage(
            tr("The token “%1” is not stored any more: %2 is chosen instead.")
                .arg(tokenName, m_tokens->tokenName().isEmpty() ? tr("none") : m_tokens->tokenName()),
            MessageBar::Kind::Warning);
}

bool ComposerPage::loadSample(const QString& id)
{
    const auto sample = composerSample(id);
    if (!sample)
        return false;
    if (sample->sandboxOnly && m_tokens->environment() != env::Sandbox)
        m_tokens->setEnvironment(env::Sandbox);
    openRequest(sample->request);
    return true;
}

void ComposerPage::setEnvironment(const QString& environment)
{
    if (environment.isEmpty() || environment == m_tokens->environment())
        return;
    m_tokens->setEnvironment(environment);
}

// ---- sending and following --------------------------------------------------------------------

void ComposerPage::send()
{
    if (m_run->isActive())
        return;
    if (m_model->isPending() && !m_model->isLookingUp())
        m_model->lookUpNow();
    updateState();
    if (!m_ui->sendButton->isEnabled()) {
        const bool sandboxDown =
            m_tokens->environment() == env::Sandbox && !baseUrl().isValid() && m_services.sandbox;
        m_ui->messageBar->showMessage(m_ui->sendProblem->text(), MessageBar::Kind::Warning,
                                      sandboxDown ? tr("Start the sandbox") : QString(),
                                      QStringLiteral("sandbox"));
        return;
    }
    const auto request = currentRequest();
    if (request)
        startRun(*request);
}

void ComposerPage::retry()
{
    if (m_run->isActive() || !m_lastSent || !m_retryable)
        return;
    startRun(*m_lastSent);
}

void ComposerPage::cancel()
{
    if (!m_run->isActive())
        return;
    m_canceling = true;
    m_result->markCanceling();
    m_run->cancel();
}

void ComposerPage::startRun(const ComposerRequest& request)
{
    m_lastSent = request;
    m_retryable = false;
    m_feedback->clear();
    m_input->setFieldProblems({});
    m_canceling = false;
    const QJsonObject outputSchema = m_model->outputSchema();
    m_result->begin(outputSchema);
    m_run->start(request, m_tokens->environment(), m_tokens->tokenId(), baseUrl(),
                 outputIsConcatenated(outputSchema));
    m_recent->remember(targetText()); // for completion
    updateState();
}

void ComposerPage::clearRun()
{
    if (m_run->isActive())
        return; // a running prediction stays in view until it ends
    m_retryable = false;
    m_lastSent.reset();
    m_feedback->clear();
    m_result->reset();
    updateState();
}

void ComposerPage::onMessageAction(const QString& id)
{
    if (id == QLatin1String("tokens")) {
        emit tokenPageRequested(m_run->tokenId().isEmpty() ? m_tokens->tokenId() : m_run->tokenId());
    } else if (id == QLatin1String("retry")) {
        retry();
    } else if (id == QLatin1String("logs")) {
        m_result->showLogs();
    } else if (id == QLatin1String("sandbox") && m_services.sandbox) {
        m_services.sandbox->start();
    }
}

void ComposerPage::showMessage(const QString& text, bool isError)
{
    m_ui->messageBar->showMessage(text, isError ? MessageBar::Kind::Error : MessageBar::Kind::Info);
}

} // namespace r8::ui
