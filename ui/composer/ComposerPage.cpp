#include "ui/composer/ComposerPage.h"

#include "app/api/Environment.h"
#include "app/api/Prediction.h"
#include "app/composer/ComposerRun.h"
#include "app/composer/Exchange.h"
#include "app/composer/FileUploader.h"
#include "app/composer/Samples.h"
#include "app/composer/SchemaForm.h"
#include "app/composer/TargetLookup.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenVault.h"
#include "ui/common/BaseUrls.h"
#include "ui/composer/HeadersView.h"
#include "ui/composer/InputEditor.h"
#include "ui/composer/MessageBar.h"
#include "ui/composer/RunPanel.h"
#include "ui/composer/SchemaFormWidget.h"
#include "ui/composer/StatusChip.h"
#include "ui/composer/TokenChooser.h"
#include "ui/history/CopyAsMenu.h"
#include "ui/history/PresetsMenu.h"
#include "ui_ComposerPage.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStringListModel>

#include <algorithm>

namespace r8::ui {

using namespace r8::composer;

namespace {
const QString kRecentKey = QStringLiteral("composer/recentTargets");
constexpr int kRecentMax = 20;

QStringList recentTargets()
{
    return QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk")).value(kRecentKey).toStringList();
}

void rememberTarget(const QString& text)
{
    QSettings settings(QStringLiteral("r8desk"), QStringLiteral("r8desk"));
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > kRecentMax)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

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

ComposerPage::ComposerPage(const Services& services, HistoryStore* history, PresetStore* presets,
                           QWidget* parent)
    : QWidget(parent), m_ui(new Ui::ComposerPage), m_services(services), m_history(history),
      m_presetStore(presets)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ComposerPage"));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 6);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this]() {
        QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"))
            .setValue(QStringLiteral("composer/splitter"), m_ui->splitter->saveState());
    });
    m_ui->targetInfo->setText(tr("Type a model's name to build its input form, or pick one of the samples."));

    m_tokens = new TokenChooser(m_services.vault, m_ui->tokenHost);
    m_ui->tokenHostLayout->addWidget(m_tokens);
    m_ui->tokenHost->setFocusProxy(m_tokens);
    m_ui->tokenLabel->setBuddy(m_tokens->environmentCombo());

    m_lookup = new TargetLookup(m_services.client, m_services.vault, this);
    m_run = new ComposerRun(m_services.client, m_services.vault, this);
    m_run->setHistory(m_history);
    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(450);
    m_retryTimer.setInterval(1000);
    connect(&m_lookupTimer, &QTimer::timeout, this, &ComposerPage::lookUpNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &ComposerPage::tickRetry);
    connect(m_lookup, &TargetLookup::found, this, &ComposerPage::onLookedUp);
    connect(m_lookup, &TargetLookup::failed, this, &ComposerPage::onLookupFailed);

    setUpEmbedded();
    setUpSamples();
    setUpActions();

    // The run: the result side shows it; failures are explained here, where they happened.
    m_result->watch(m_run);
    PredictionRunner* runner = m_run->runner();
    connect(m_run, &ComposerRun::sending, this, &ComposerPage::sent);
    connect(m_run, &ComposerRun::tokenUnavailable, this, [this](const QString& message) {
        m_ui->messageBar->showMessage(message, MessageBar::Kind::Error);
    });
    connect(m_run, &ComposerRun::canceledBeforeSending, this, [this]() {
        m_ui->messageBar->showMessage(tr("Canceled before anything was sent."), MessageBar::Kind::Info);
    });
    connect(m_run, &ComposerRun::ended, this, [this]() {
        updateState();
        emit runEnded();
    });
    connect(runner, &PredictionRunner::streamFallback, this,
            [this](const QString& why) { m_ui->messageBar->showMessage(why, MessageBar::Kind::Warning); });
    connect(runner, &PredictionRunner::finished, this, &ComposerPage::onFinished);
    connect(runner, &PredictionRunner::failed, this, &ComposerPage::onFailed);
    connect(runner, &PredictionRunner::cancelFailed, this, [this](const RunError& e) {
        m_canceling = false;
        m_ui->messageBar->showMessage(tr("The prediction could not be canceled: %1").arg(e.message),
                                      MessageBar::Kind::Error);
    });
    connect(m_result, &RunPanel::cancelClicked, this, &ComposerPage::cancel);
    connect(m_result, &RunPanel::retryClicked, this, &ComposerPage::retry);

    // The request side.
    connect(m_ui->targetEdit, &QLineEdit::textEdited, this, &ComposerPage::scheduleLookup);
    connect(m_ui->targetEdit, &QLineEdit::returnPressed, this, [this]() {
        if (m_lookupTimer.isActive())
            lookUpNow();
    });
    connect(m_tokens, &TokenChooser::changed, this, [this]() {
        // A lookup that failed for want of a (working) token is worth another try with this one.
        if (!m_lookupError.isEmpty() || (!m_model && !m_ui->targetEdit->text().trimmed().isEmpty()))
            scheduleLookup();
        updateState();
    });
    connect(m_ui->waitRadio, &QRadioButton::toggled, this, &ComposerPage::updateState);
    connect(m_ui->waitSpin, &QSpinBox::valueChanged, this, &ComposerPage::updateState);
    connect(m_ui->streamCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling)
            return;
        QJsonObject body = m_input->body();
        if (on)
            body.insert(QStringLiteral("stream"), true);
        else
            body.remove(QStringLiteral("stream"));
        m_filling = true;
        m_input->setBody(body);
        m_filling = false;
        updateState();
    });
    connect(m_ui->cancelAfterEdit, &QLineEdit::textChanged, this, &ComposerPage::updateState);
    connect(m_headers, &HeadersView::extraHeadersChanged, this, &ComposerPage::updateState);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposerPage::send);
    connect(m_ui->messageBar, &MessageBar::actionTriggered, this, &ComposerPage::onMessageAction);
    if (m_services.sandbox) {
        connect(m_services.sandbox, &session::SandboxSession::started, this, [this]() {
            if (m_tokens->environment() == env::Sandbox)
                scheduleLookup();
            updateState();
        });
        connect(m_services.sandbox, &session::SandboxSession::stopped, this, &ComposerPage::updateState);
    }
    updateState();
}

ComposerPage::~ComposerPage()
{
    m_run->stop();
    m_lookup->abort();
}

void ComposerPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;
    m_splitterSized = true;
    // Where the user left the divider, else the request side a little narrower than the result.
    const QByteArray state = QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"))
                                 .value(QStringLiteral("composer/splitter"))
                                 .toByteArray();
    if (state.isEmpty() || !m_ui->splitter->restoreState(state)) {
        const int total = m_ui->splitter->width();
        m_ui->splitter->setSizes({total * 46 / 100, total - total * 46 / 100});
    }
}

StatusChip* ComposerPage::statusChip() const
{
    return m_result->statusChip();
}

OutputView* ComposerPage::outputView() const
{
    return m_result->outputView();
}

ResponseViewer* ComposerPage::responseViewer() const
{
    return m_result->responseViewer();
}

MessageBar* ComposerPage::messageBar() const
{
    return m_ui->messageBar;
}

void ComposerPage::setUpEmbedded()
{
    m_input = new InputEditor(m_ui->inputHost);
    m_input->setObjectName(QStringLiteral("inputEditor"));
    m_ui->inputLayout->addWidget(m_input);
    // One row of tabs for the request: Form | JSON (the editor's) | Headers.
    m_headers = new HeadersView(m_input->tabs());
    m_headers->setObjectName(QStringLiteral("headersView"));
    m_input->tabs()->addTab(m_headers, tr("Hea&ders"));
    connect(m_input, &InputEditor::busyChanged, this, &ComposerPage::updateState);
    connect(m_input, &InputEditor::bodyChanged, this, [this]() {
        if (m_filling)
            return;
        const bool stream = m_input->body().value(QStringLiteral("stream")).toBool();
        if (stream != m_ui->streamCheck->isChecked()) {
            m_filling = true;
            m_ui->streamCheck->setChecked(stream);
            m_filling = false;
        }
        updateState();
    });
    connect(m_input, &InputEditor::validityChanged, this, &ComposerPage::updateState);
    // Files for uri inputs: small ones inline, larger ones uploaded with the chosen token, whose
    // secret is read for that one upload.
    m_input->setUploader([this](const QString& path, QObject* context,
                                std::function<void(const QString&, const QString&)> done) {
        const QString tokenId = m_tokens->tokenId();
        const QUrl base = baseUrl();
        if (tokenId.isEmpty() || !base.isValid() || !m_services.client) {
            done(QString(), tr("Choose an environment and a token to upload files to."));
            return;
        }
        api::ApiClient* client = m_services.client;
        m_services.vault->readSecret(tokenId, context,
                                     [client, base, path, context, done](const SecretReadResult& r) {
                                         if (!r.error.ok()) {
                                             done(QString(), r.error.userMessage());
                                             return;
                                         }
                                         auto* uploader = new FileUploader(client, {base, r.secret}, context);
                                         QObject::connect(uploader, &FileUploader::uploaded, uploader,
                                                          [uploader, done](const QString& url) {
                                                              uploader->deleteLater();
                                                              done(url, QString());
                                                          });
                                         QObject::connect(uploader, &FileUploader::failed, uploader,
                                                          [uploader, done](const QString& error) {
                                                              uploader->deleteLater();
                                                              done(QString(), error);
                                                          });
                                         uploader->upload(path);
                                     });
    });

    m_result = new RunPanel(m_services.client, m_ui->resultPane);
    m_result->setObjectName(QStringLiteral("runPanel"));
    m_ui->resultLayout->addWidget(m_result);

    const SnapshotFn snapshotFn = [this]() { return snapshot(); };
    m_copyAs = new CopyAsMenu(snapshotFn, this);
    m_ui->copyAsButton->setMenu(m_copyAs);
    connect(m_copyAs, &CopyAsMenu::copied, this, [this](const QString& message) {
        m_ui->messageBar->showMessage(message, MessageBar::Kind::Info);
    });
    if (m_presetStore) {
        m_presets = new PresetsMenu(m_presetStore, snapshotFn, this);
        m_ui->presetsButton->setMenu(m_presets);
        connect(m_presets, &PresetsMenu::requestChosen, this,
                [this](const ComposerRequest& request) { openRequest(request); });
        connect(m_presets, &PresetsMenu::message, this, &ComposerPage::showMessage);
    } else {
        m_ui->presetsButton->hide();
    }
}

void ComposerPage::setUpSamples()
{
    if (!m_samplesMenu) {
        m_samplesMenu = new QMenu(tr("Samples"), this);
        m_samplesMenu->setObjectName(QStringLiteral("samplesMenu"));
        m_ui->samplesButton->setMenu(m_samplesMenu);
        // The sandbox's failing model is offered only while the sandbox is the environment.
        connect(m_samplesMenu, &QMenu::aboutToShow, this, &ComposerPage::setUpSamples);
    }
    m_samplesMenu->clear();
    const bool sandbox = m_tokens->environment() == env::Sandbox;
    QStringList targets;
    for (const Sample& s : composerSamples(sandbox)) {
        QAction* a = m_samplesMenu->addAction(s.title);
        a->setObjectName(QStringLiteral("sample-") + s.id);
        a->setToolTip(s.description);
        a->setStatusTip(s.description);
        const QString id = s.id;
        connect(a, &QAction::triggered, this, [this, id]() { loadSample(id); });
        targets << s.request.target.text();
    }
    m_samplesMenu->setToolTipsVisible(true);

    QStringList recent = recentTargets();
    for (const QString& t : targets) {
        if (!recent.contains(t))
            recent << t;
    }
    if (!m_completer) {
        m_completer = new QCompleter(this);
        m_completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_completer->setFilterMode(Qt::MatchContains);
        m_completer->setModel(new QStringListModel(m_completer));
        m_ui->targetEdit->setCompleter(m_completer);
        connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
                [this](const QString& text) { setTargetText(text); });
    }
    static_cast<QStringListModel*>(m_completer->model())->setStringList(recent);
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
        make(tr("&Send Request"), QKeySequence(QStringLiteral("Ctrl+Return")), &ComposerPage::send);
    m_cancelAction = make(tr("&Cancel Prediction"), QKeySequence(Qt::Key_Escape), &ComposerPage::cancel);
    m_retryAction =
        make(tr("&Retry"), QKeySequence(QStringLiteral("Ctrl+Shift+Return")), &ComposerPage::retry);
    m_focusTargetAction = new QAction(tr("Go to the &Model Field"), this);
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

QList<QAction*> ComposerPage::composerActions() const
{
    return {m_sendAction, m_cancelAction, m_retryAction, m_focusTargetAction};
}

void ComposerPage::setPollIntervals(int firstMs, int maxMs)
{
    PredictionRunner::Options o = m_run->runner()->options();
    o.firstPollMs = firstMs;
    o.maxPollMs = maxMs;
    m_run->runner()->setOptions(o);
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
    return m_ui->targetEdit->text().trimmed();
}

bool ComposerPage::isRunning() const
{
    return m_run->isActive();
}

bool ComposerPage::isLookingUp() const
{
    return m_lookup->isBusy() || m_lookupTimer.isActive();
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
    const auto target = resolvedTarget(&why);
    if (!target)
        return fail(why);
    if (!m_input->isValid())
        return fail(tr("The JSON body does not parse — %1").arg(m_input->problem()));
    ComposerRequest r;
    r.target = *target;
    const QJsonObject body = m_input->body();
    r.input = body.value(QStringLiteral("input")).toObject();
    r.stream = m_ui->streamCheck->isChecked();
    r.wait = m_ui->waitRadio->isChecked() && !r.stream;
    r.waitSeconds = m_ui->waitSpin->value();
    r.cancelAfter = m_ui->cancelAfterEdit->text().trimmed();
    r.webhook = body.value(QStringLiteral("webhook")).toString();
    for (const QJsonValue& v : body.value(QStringLiteral("webhook_events_filter")).toArray())
        r.webhookEvents << v.toString();
    r.extraHeaders = m_headers->extraHeaders();
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
        const_cast<ComposerPage*>(this)->m_ui->messageBar->showMessage(
            tr("Nothing to export yet: %1").arg(problem), MessageBar::Kind::Warning);
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

QString ComposerPage::messageText() const
{
    return m_ui->messageBar->text();
}

QString ComposerPage::modelInfoText() const
{
    return m_ui->targetInfo->text();
}

QString ComposerPage::logsText() const
{
    return m_result->logsText();
}

QString ComposerPage::elapsedText() const
{
    return m_result->elapsedText();
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
                          ? tr("The sandbox is not running: start it (File → Try the Sandbox) to send to it.")
                          : tr("The environment “%1” has no API address.").arg(m_tokens->environment());
        else if (m_tokens->tokenId().isEmpty())
            problem = tr("Choose a token: %1 has none yet (add one on the Tokens page).")
                          .arg(env::displayName(m_tokens->environment()));
        else if (m_lookup->isBusy())
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
    const bool canRetry =
        m_lastSent.has_value() && !running && m_services.client && !m_tokens->tokenId().isEmpty();
    m_retryAction->setEnabled(canRetry);
    m_result->setActions(running && !m_canceling, canRetry);
    m_ui->waitSpin->setEnabled(m_ui->waitRadio->isChecked() && !m_ui->streamCheck->isChecked());
    m_ui->waitRadio->setEnabled(!m_ui->streamCheck->isChecked());
    m_ui->asyncRadio->setEnabled(!m_ui->streamCheck->isChecked());
    updatePreview();
}

void ComposerPage::updatePreview()
{
    QString why;
    const auto target = resolvedTarget(&why);
    if (!target) {
        m_headers->clearPreview(targetText().isEmpty() ? tr("Choose a model to see the request.") : why);
        return;
    }
    ComposerRequest r;
    r.target = *target;
    r.stream = m_ui->streamCheck->isChecked();
    r.wait = m_ui->waitRadio->isChecked() && !r.stream;
    r.waitSeconds = m_ui->waitSpin->value();
    r.cancelAfter = m_ui->cancelAfterEdit->text().trimmed();
    r.extraHeaders = m_headers->extraHeaders();
    QUrl base = baseUrl();
    if (!base.isValid())
        base = api::defaultApiBase();
    m_headers->setPreview(buildApiRequest(r, base), m_tokens->maskedToken());
}

// ---- the model lookup -------------------------------------------------------------------------

void ComposerPage::scheduleLookup()
{
    m_lookup->abort();
    m_lookupTimer.start();
    updateState();
}

void ComposerPage::setTargetText(const QString& text)
{
    m_ui->targetEdit->setText(text);
    lookUpNow();
}

void ComposerPage::setTargetInfo(const QString& text, bool isError)
{
    m_ui->targetInfo->setText(text);
    QPalette pal = palette();
    if (isError) {
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    }
    m_ui->targetInfo->setPalette(pal);
}

void ComposerPage::lookUpNow()
{
    m_lookupTimer.stop();
    m_lookup->abort();
    m_lookupError.clear();
    const QString text = targetText();
    QString why;
    const auto target = parseTarget(text, &why);
    auto noSchema = [this](const QString& info, bool isError) {
        const bool changed = !m_fields.isEmpty() || m_model;
        m_model.reset();
        m_outputSchema = {};
        m_lookedUpText = targetText();
        if (changed || m_pendingInput) {
            m_fields.clear();
            m_input->setFields({});
        }
        if (m_pendingInput) {
            applyBody(*m_pendingInput, m_ui->streamCheck->isChecked());
            m_pendingInput.reset();
        } else if (m_input->isValid()) {
            applyBody(m_input->input(), m_ui->streamCheck->isChecked()); // the version key follows the target
        }
        setTargetInfo(info, isError);
    };
    if (!target) {
        if (text.isEmpty())
            setTargetInfo(tr("Type a model's name to build its input form, or pick one of the samples."),
                          false);
        else
            setTargetInfo(why, true);
        m_lookupError = why;
        updateState();
        emit lookupFinished(false);
        return;
    }
    if (!modelLookupRequest(*target, QUrl(QStringLiteral("http://x/")))) {
        noSchema(
            target->kind == Target::Kind::Deployment
                ? tr("A deployment: its inputs are not looked up — write them in the JSON tab.")
                : tr("A version id without its model: its inputs are not looked up — write them in the JSON "
                     "tab, or type OWNER/NAME:VERSION."),
            false);
        updateState();
        emit lookupFinished(true);
        return;
    }
    if (m_model && m_lookedUpText == target->text() && m_fields.size() > 0 && !m_pendingInput) {
        updateState();
        emit lookupFinished(true);
        return; // already known
    }
    const QUrl base = baseUrl();
    if (!base.isValid() || m_tokens->tokenId().isEmpty() || !m_services.client) {
        m_lookupError =
            !base.isValid() && m_tokens->environment() == env::Sandbox
                ? tr("Start the sandbox to look %1 up there (File → Try the Sandbox).").arg(target->text())
                : tr("Choose a token to look %1 up.").arg(target->text());
        noSchema(m_lookupError, false);
        updateState();
        emit lookupFinished(false);
        return;
    }
    setTargetInfo(tr("Looking up %1…").arg(target->text()), false);
    m_lookup->lookUp(*target, m_tokens->tokenId(), base);
    updateState();
}

void ComposerPage::onLookedUp(const Target& target, const ModelInfo& info)
{
    const auto current = parseTarget(targetText(), nullptr);
    if (!current || !(current->text() == target.text()))
        return; // the user typed on
    const bool sameModel = m_lookedUpText == target.text() && m_model.has_value();
    const QJsonObject before = m_input->body().value(QStringLiteral("input")).toObject();
    const QList<FieldSpec> oldFields = m_fields;
    m_model = info;
    m_lookedUpText = target.text();
    m_fields = formFromOpenApi(info.openapiSchema);
    m_outputSchema = outputSchemaOf(info.openapiSchema);
    m_filling = true;
    m_input->setFields(m_fields);
    m_filling = false;
    if (m_pendingInput) {
        applyBody(*m_pendingInput, m_ui->streamCheck->isChecked());
        m_pendingInput.reset();
    } else if (sameModel) {
        applyBody(before, m_ui->streamCheck->isChecked()); // a second lookup keeps what was typed
    } else if (m_input->isValid()) {
        // The new model's defaults, and what was typed for inputs both models have (a prompt).
        QJsonObject input = m_input->input();
        for (const FieldSpec& field : m_fields) {
            if (!before.contains(field.key))
                continue;
            const auto old = std::find_if(oldFields.begin(), oldFields.end(),
                                          [&](const FieldSpec& f) { return f.key == field.key; });
            const QJsonValue value = before.value(field.key);
            const bool typed = old == oldFields.end() || !old->hasDefault() || old->defaultValue != value;
            if (typed && valueProblem(field, value).isEmpty())
                input.insert(field.key, value);
        }
        applyBody(input, m_ui->streamCheck->isChecked());
    }
    QStringList parts;
    if (!info.description.isEmpty())
        parts << sentence(info.description);
    if (!(info.runnable == target) && info.runnable.kind == Target::Kind::Version)
        parts << tr("Not an official model: runs by its latest version %1.")
                     .arg(info.runnable.version.left(12));
    else if (!info.versionId.isEmpty())
        parts << tr("Inputs of version %1.").arg(info.versionId.left(12));
    if (m_fields.isEmpty())
        parts << tr("Its schema has no inputs to show: write them in the JSON tab.");
    setTargetInfo(parts.join(QLatin1Char(' ')), false);
    m_input->setFieldProblems({});
    updateState();
    emit lookupFinished(true);
}

void ComposerPage::onLookupFailed(const Target& target, const RunError& error)
{
    const auto current = parseTarget(targetText(), nullptr);
    if (!current || !(current->text() == target.text()))
        return;
    m_lookupError = error.message;
    m_model.reset();
    m_lookedUpText = target.text();
    m_outputSchema = {};
    if (m_pendingInput) {
        m_fields.clear();
        m_input->setFields({});
        applyBody(*m_pendingInput, m_ui->streamCheck->isChecked());
        m_pendingInput.reset();
    }
    if (error.kind == RunError::Kind::TokenRejected && error.status == 401) {
        setTargetInfo(tr("Could not look %1 up: the token “%2” was rejected (HTTP 401).")
                          .arg(target.text(), m_tokens->tokenName()),
                      true);
        m_ui->messageBar->showMessage(
            tr("The token “%1” was rejected by %2 while looking up %3: it is wrong, disabled or expired. "
               "Verify "
               "it, or rotate it.")
                .arg(m_tokens->tokenName(), env::displayName(m_tokens->environment()), target.text()),
            MessageBar::Kind::Error, tr("Open “%1” in Tokens").arg(m_tokens->tokenName()),
            QStringLiteral("tokens"));
    } else {
        setTargetInfo(error.message, true);
    }
    updateState();
    emit lookupFinished(false);
}

void ComposerPage::applyBody(const QJsonObject& input, bool stream)
{
    QJsonObject body = m_input->body(); // the last valid body: webhook and other keys stay
    body.insert(QStringLiteral("input"), input);
    if (stream)
        body.insert(QStringLiteral("stream"), true);
    else
        body.remove(QStringLiteral("stream"));
    // The JSON tab shows the body as it will be sent: a version target carries its id.
    const auto target = resolvedTarget();
    if (target && target->kind == Target::Kind::Version)
        body.insert(QStringLiteral("version"), target->version);
    else
        body.remove(QStringLiteral("version"));
    m_filling = true;
    m_input->setBody(body);
    m_ui->streamCheck->setChecked(stream);
    m_filling = false;
}

std::optional<Target> ComposerPage::resolvedTarget(QString* problem) const
{
    const auto target = parseTarget(targetText(), problem);
    if (!target)
        return std::nullopt;
    // A community model that was looked up runs by its latest version.
    return m_model && m_lookedUpText == target->text() ? m_model->runnable : *target;
}

// ---- loading requests ------------------------------------------------------------------------

void ComposerPage::setOptions(const ComposerRequest& request)
{
    m_filling = true;
    m_ui->streamCheck->setChecked(request.stream);
    (request.wait ? m_ui->waitRadio : m_ui->asyncRadio)->setChecked(true);
    m_ui->waitSpin->setValue(request.waitSeconds);
    m_ui->cancelAfterEdit->setText(request.cancelAfter);
    m_headers->setExtraHeaders(request.extraHeaders);
    m_filling = false;
}

void ComposerPage::openRequest(const ComposerRequest& request, const QString& environment,
                               const QString& tokenName)
{
    if (!environment.isEmpty())
        m_tokens->setEnvironment(environment);
    if (!tokenName.isEmpty() && !m_tokens->selectTokenByName(tokenName))
        m_ui->messageBar->showMessage(
            tr("The token “%1” is not stored any more: %2 is chosen instead.")
                .arg(tokenName, m_tokens->tokenName().isEmpty() ? tr("none") : m_tokens->tokenName()),
            MessageBar::Kind::Warning);
    setOptions(request);
    m_pendingInput = request.input; // put in once the form of the model is built
    m_filling = true;
    m_input->setBody(requestBodyObject(request));
    m_filling = false;
    m_ui->targetEdit->setText(request.target.text());
    m_lookedUpText.clear();
    m_model.reset();
    lookUpNow();
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
    if (m_lookupTimer.isActive())
        lookUpNow();
    updateState();
    if (!m_ui->sendButton->isEnabled()) {
        const bool sandboxDown =
            m_tokens->environment() == env::Sandbox && !baseUrl().isValid() && m_services.sandbox;
        m_ui->messageBar->showMessage(m_ui->sendProblem->text(), MessageBar::Kind::Warning,
                                      sandboxDown ? tr("Start the Sandbox") : QString(),
                                      QStringLiteral("sandbox"));
        return;
    }
    const auto request = currentRequest();
    if (request)
        startRun(*request);
}

void ComposerPage::retry()
{
    if (m_run->isActive() || !m_lastSent)
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
    m_retryTimer.stop();
    m_retryAt = {};
    m_ui->messageBar->hide();
    m_input->setFieldProblems({});
    m_canceling = false;
    m_result->begin(m_outputSchema);

    PredictionRunner::Options o = m_run->runner()->options();
    o.concatenateOutput = outputIsConcatenated(m_outputSchema);
    m_run->runner()->setOptions(o);
    m_run->start(request, m_tokens->environment(), m_tokens->tokenId(), baseUrl());

    // Remember the target for completion.
    const QString text = targetText();
    rememberTarget(text);
    if (auto* model = qobject_cast<QStringListModel*>(m_completer->model())) {
        QStringList list = model->stringList();
        list.removeAll(text);
        list.prepend(text);
        model->setStringList(list);
    }
    updateState();
}

void ComposerPage::onFinished(const api::Prediction& p)
{
    switch (p.status) {
    case api::PredictionStatus::Failed:
        m_ui->messageBar->showMessage(
            p.error.isEmpty() ? tr("The prediction failed without saying why; its logs may tell.")
                              : tr("The prediction failed: %1").arg(p.error),
            MessageBar::Kind::Error, p.logs.isEmpty() ? QString() : tr("Show Logs"), QStringLiteral("logs"));
        break;
    case api::PredictionStatus::Canceled:
        m_ui->messageBar->showMessage(tr("The prediction was canceled."), MessageBar::Kind::Info);
        break;
    case api::PredictionStatus::Aborted:
        m_ui->messageBar->showMessage(
            tr("The prediction was aborted by the platform before it started (a deadline, or Cancel-After)."),
            MessageBar::Kind::Warning);
        break;
    default:
        break;
    }
}

void ComposerPage::onFailed(const RunError& e)
{
    using K = RunError::Kind;
    const auto rec = m_services.vault->record(m_run->tokenId());
    const QString tokenName = rec ? rec->name : m_tokens->tokenName();
    switch (e.kind) {
    case K::TokenRejected:
        m_ui->messageBar->showMessage(tr("The token “%1” was rejected by %2 (HTTP 401): it is wrong, "
                                         "disabled (perhaps after a leak) or expired. "
                                         "Verify it, or rotate it.")
                                          .arg(tokenName, env::displayName(m_run->environment())),
                                      MessageBar::Kind::Error, tr("Open “%1” in Tokens").arg(tokenName),
                                      QStringLiteral("tokens"));
        break;
    case K::InvalidInput:
        m_input->setFieldProblems(e.fields); // shows the form, focuses the first field
        m_ui->messageBar->showMessage(
            e.fields.isEmpty() ? e.message
                               : tr("%1 The fields are marked in the form.").arg(sentence(e.message)),
            MessageBar::Kind::Error);
        break;
    case K::RateLimited:
        m_retryAt = e.retryAt;
        m_ui->messageBar->showMessage(e.message, MessageBar::Kind::Warning, tr("Retry"),
                                      QStringLiteral("retry"));
        tickRetry();
        if (m_retryAt.isValid())
            m_retryTimer.start();
        break;
    case K::Canceled:
        m_ui->messageBar->showMessage(tr("Canceled before the server answered. If it had already created the "
                                         "prediction, the prediction goes on (its id never arrived)."),
                                      MessageBar::Kind::Info);
        break;
    case K::Network:
    case K::Timeout:
    case K::Server:
        m_ui->messageBar->showMessage(e.message, MessageBar::Kind::Error, tr("Retry"),
                                      QStringLiteral("retry"));
        break;
    default:
        m_ui->messageBar->showMessage(e.message, MessageBar::Kind::Error);
    }
}

void ComposerPage::tickRetry()
{
    if (!m_retryAt.isValid()) {
        m_retryTimer.stop();
        return;
    }
    const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(m_retryAt);
    if (secs > 0) {
        m_ui->messageBar->setText(
            tr("Too many requests (HTTP 429): the rate limit resets in %n s (at %1). Retry "
               "then, or now if you know better.",
               nullptr, int(secs))
                .arg(m_retryAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    } else {
        m_retryTimer.stop();
        m_ui->messageBar->setText(tr("Too many requests (HTTP 429): the rate limit has reset — retry now."));
    }
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
