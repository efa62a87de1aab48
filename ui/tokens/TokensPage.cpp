#include "ui/tokens/TokensPage.h"
#include "ui/common/TableStyle.h"

#include "app/vault/TokenVault.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/Prompt.h"
#include "ui/tokens/AddTokenDialog.h"
#include "ui/tokens/EnvChipDelegate.h"
#include "ui/tokens/ImportEnvDialog.h"
#include "ui/tokens/TokenFilter.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui_TokensPage.h"

#include "app/api/TokenVerifier.h"
#include "app/session/SandboxSession.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/Tone.h"
#include "ui/tokens/AccountTokensDialog.h"
#include "ui/tokens/RotationWizard.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>

namespace r8::ui {

TokensPage::TokensPage(const Services& services, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::TokensPage), m_services(services), m_vault(services.vault),
      m_clipboard(services.clipboard), m_model(new TokenTableModel(services.vault, this))
{
    m_ui->setupUi(this);
    setTextRole(m_ui->titleLabel, TextRole::PageTitle);
    setTextRole(m_ui->emptyTitle, TextRole::EmptyTitle);
    m_ui->emptyText->setMaximumWidth(560);
    m_ui->emptyText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_ui->banner->hide();

    m_ui->table->setModel(m_model);
    applyTableStyle(m_ui->table);
    m_filter = new TokenFilter(m_ui->table, this);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter, &TokenFilter::setText);
    // Its clear button once it is used: the button's icon is an image file, and reading the first
    // image loads every image-format plugin — not for the first painted window.
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this,
            [this]() { m_ui->filterEdit->setClearButtonEnabled(true); });
    m_ui->tokensSplitter->setStretchFactor(0, 3);
    m_ui->tokensSplitter->setStretchFactor(1, 2);
    m_ui->table->setItemDelegateForColumn(TokenTableModel::Environment, new EnvChipDelegate(this));
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(false);
    m_ui->table->horizontalHeader()->setSectionResizeMode(TokenTableModel::Name, QHeaderView::Stretch);
    // Columns sized for their usual contents in this font (not fixed pixels): at 1024 px and with
    // a 12 pt font the table fits without a horizontal scroll bar; compact rows show more tokens.
    const QFontMetrics fm(font());
    const int em = fm.averageCharWidth();
    m_ui->table->setColumnWidth(TokenTableModel::Environment,
                                fm.horizontalAdvance(QStringLiteral("development")) + fm.height() + 4 * em);
    m_ui->table->setColumnWidth(TokenTableModel::Token,
                                fm.horizontalAdvance(QStringLiteral("r8_••••…Ab12")) + 3 * em);
    m_ui->table->setColumnWidth(TokenTableModel::Account, 12 * em);
    m_ui->table->setColumnWidth(TokenTableModel::Status, fm.horizontalAdvance(tr("Not checked")) + 4 * em);
    m_ui->table->setColumnWidth(TokenTableModel::Added,
                                fm.horizontalAdvance(tr("added %1").arg(tr("12 days ago"))) + 2 * em);
    m_ui->table->setColumnWidth(TokenTableModel::Default, fm.horizontalAdvance(tr("Default")) + 3 * em);
    m_ui->table->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
    m_ui->table->horizontalHeader()->setMinimumSectionSize(4 * em);
    m_ui->envCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->envCombo->lineEdit()->setAccessibleName(tr("Environment label"));

    auto makeAction = [this](const QString& text, const QKeySequence& key, void (TokensPage::*slot)()) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_addAction =
        makeAction(tr("&Add token…"), QKeySequence(QStringLiteral("Ctrl+N")), &TokensPage::addToken);
    m_importAction = new QAction(tr("&Import from .env…"), this);
    m_importAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    connect(m_importAction, &QAction::triggered, this, [this]() { importEnvFiles(); });
    addAction(m_importAction);
    m_copyAction = makeAction(tr("&Copy token"), QKeySequence(QStringLiteral("Ctrl+Shift+C")),
                              &TokensPage::copySelected);
    m_revealAction = makeAction(tr("&Reveal token"), QKeySequence(QStringLiteral("Ctrl+Shift+R")),
                                &TokensPage::revealSelected);
    m_renameAction = makeAction(tr("Re&name"), QKeySequence(Qt::Key_F2), &TokensPage::renameSelected);
    m_defaultAction = makeAction(tr("Make d&efault for its environment"),
                                 QKeySequence(QStringLiteral("Ctrl+D")), &TokensPage::makeSelectedDefault);
    m_deleteAction =
        makeAction(tr("&Delete…"), QKeySequence(QKeySequence::Delete), &TokensPage::deleteSelected);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->table->addAction(m_deleteAction);
    m_verifyAction = makeAction(tr("&Verify token"), QKeySequence(QStringLiteral("Ctrl+Shift+V")),
                                &TokensPage::verifySelected);
    m_verifyAllAction =
        makeAction(tr("Verify a&ll tokens"), QKeySequence(Qt::Key_F5), &TokensPage::verifyAll);
    m_rotateAction =
        makeAction(tr("R&otate token…"), QKeySequence(QStringLiteral("Ctrl+R")), &TokensPage::rotateSelected);
    m_remoteAction = makeAction(tr("Account &tokens…"), QKeySequence(QStringLiteral("Ctrl+Shift+A")),
                                &TokensPage::showAccountTokens);
    m_filterAction = new QAction(tr("Filter tokens"), this);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setShortcutContext(Qt::WindowShortcut); // only while this page is shown
    connect(m_filterAction, &QAction::triggered, this, [this]() {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    addAction(m_filterAction);
    m_sandboxAction = new QAction(tr("Try the &sandbox"), this);
    connect(m_sandboxAction, &QAction::triggered, this, &TokensPage::trySandbox);
    const bool online = m_services.client && m_services.verifier;
    for (QAction* a : {m_verifyAction, m_verifyAllAction, m_rotateAction, m_remoteAction})
        a->setVisible(online);
    m_sandboxAction->setVisible(m_services.sandbox != nullptr);
    m_ui->verifyAllButton->setVisible(online);
    m_ui->verifyButton->setVisible(online);
    m_ui->rotateButton->setVisible(online);
    m_ui->remoteButton->setVisible(online);
    m_ui->emptySandboxButton->setVisible(m_services.sandbox != nullptr);
    m_ui->verifyProgress->hide();
    connect(m_ui->verifyAllButton, &QPushButton::clicked, this, &TokensPage::verifyAll);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &TokensPage::verifySelected);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &TokensPage::rotateSelected);
    connect(m_ui->remoteButton, &QPushButton::clicked, this, &TokensPage::showAccountTokens);
    connect(m_ui->emptySandboxButton, &QPushButton::clicked, this, &TokensPage::trySandbox);
    if (m_services.verifier) {
        connect(m_services.verifier, &api::TokenVerifier::progress, this, [this](int done, int total) {
            m_ui->verifyProgress->setVisible(total > 1 && done < total);
            m_ui->verifyProgress->setMaximum(total);
            m_ui->verifyProgress->setValue(done);
            m_ui->verifyProgress->setFormat(tr("Checked %1 of %2").arg(done).arg(total));
        });
        connect(m_services.verifier, &api::TokenVerifier::finished, this, [this]() {
            m_ui->verifyProgress->hide();
            m_verifyAllAction->setEnabled(true);
            m_ui->verifyAllButton->setEnabled(true);
            emit verificationFinished();
        });
    }

    connect(m_ui->addButton, &QPushButton::clicked, this, &TokensPage::addToken);
    connect(m_ui->emptyAddButton, &QPushButton::clicked, this, &TokensPage::addToken);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this]() { importEnvFiles(); });
    connect(m_ui->emptyImportButton, &QPushButton::clicked, this, [this]() { importEnvFiles(); });
    connect(m_ui->copyButton, &QPushButton::clicked, this, &TokensPage::copySelected);
    connect(m_ui->revealButton, &QPushButton::clicked, this, [this]() {
        if (!m_revealedId.isEmpty())
            hideSecret();
        else
            revealSelected();
    });
    connect(m_ui->defaultButton, &QPushButton::clicked, this, &TokensPage::makeSelectedDefault);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TokensPage::deleteSelected);
    connect(m_ui->bannerClose, &QToolButton::clicked, m_ui->banner, &QWidget::hide);
    connect(m_ui->nameEdit, &QLineEdit::editingFinished, this, &TokensPage::commitName);
    connect(m_ui->noteEdit, &QLineEdit::editingFinished, this, &TokensPage::commitNote);
    connect(m_ui->envCombo, &QComboBox::activated, this, &TokensPage::commitEnvironment);
    connect(m_ui->envCombo->lineEdit(), &QLineEdit::editingFinished, this, &TokensPage::commitEnvironment);

    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        hideSecret();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TokensPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TokensPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPage::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TokensPage::updateDetails);

    m_revealTimer.setSingleShot(true);
    connect(&m_revealTimer, &QTimer::timeout, this, &TokensPage::hideSecret);
    m_revealTick.setInterval(1000);
    connect(&m_revealTick, &QTimer::timeout, this,
            [this]() { m_ui->revealButton->setText(tr("&Hide (%1 s)").arg(revealSecondsLeft())); });
    updateState();
}

TokensPage::~TokensPage()
{
    m_ui->secretField->clear();
}

QList<QAction*> TokensPage::tokenActions() const
{
    QList<QAction*> list{m_addAction,    m_importAction,  m_copyAction,  m_revealAction,
                         m_renameAction, m_defaultAction, m_deleteAction};
    if (m_services.client && m_services.verifier)
        list << m_verifyAction << m_verifyAllAction << m_rotateAction << m_remoteAction;
    return list;
}

QString TokensPage::selectedId() const
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

void TokensPage::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->table->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString TokensPage::bannerText() const
{
    return m_ui->banner->isVisibleTo(this) ? m_ui->bannerLabel->text() : QString();
}

bool TokensPage::isShowingFirstRun() const
{
    return m_ui->stack->currentWidget() == m_ui->emptyState;
}

int TokensPage::revealSecondsLeft() const
{
    return m_revealTimer.isActive() ? (m_revealTimer.remainingTime() + 999) / 1000 : 0;
}

QString TokensPage::environment() const
{
    return m_filter->environment();
}

void TokensPage::setEnvironment(const QString& label)
{
    m_filter->setEnvironment(label);
}

void TokensPage::showBanner(const QString& text, bool isError)
{
    ui::showBanner(m_ui->banner, m_ui->bannerLabel, text, isError ? Tone::Error : Tone::Neutral);
}

void TokensPage::updateState()
{
    // Entries that cannot be read are not "no tokens": the list shows, and the banner says why.
    const QStringList& unreadable = m_vault->unreadableEntries();
    const bool empty = m_model->rowCount() == 0 && unreadable.isEmpty();
    if (!unreadable.isEmpty() && bannerText().isEmpty())
        showBanner(unreadable.join(QLatin1Char(' ')), true);
    m_ui->stack->setCurrentWidget(empty ? m_ui->emptyState : m_ui->listState);
    m_ui->addButton->setVisible(!empty);
    m_ui->importButton->setVisible(!empty);
    m_ui->verifyAllButton->setVisible(!empty && m_services.verifier);
    if (!empty && !m_ui->table->selectionModel()->currentIndex().isValid())
        m_ui->table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateDetails();
}

void TokensPage::updateDetails()
{
    const auto rec = m_vault->record(selectedId());
    const bool has = rec.has_value();
    for (QAction* a : {m_copyAction, m_revealAction, m_renameAction, m_defaultAction, m_deleteAction,
                       m_verifyAction, m_rotateAction, m_remoteAction})
        a->setEnabled(has);
    m_verifyAllAction->setEnabled(m_model->rowCount() > 0 &&
                                  !(m_services.verifier && m_services.verifier->isRunning()));
    m_ui->details->setEnabled(has);
    m_ui->detailsTitle->setEnabled(has);
    if (!has) {
        m_ui->nameEdit->clear();
        m_ui->noteEdit->clear();
        m_ui->secretField->clear();
        return;
    }
    if (!m_ui->nameEdit->hasFocus())
        m_ui->nameEdit->setText(rec->name);
    if (!m_ui->noteEdit->hasFocus())
        m_ui->noteEdit->setText(rec->note);
    if (!m_ui->envCombo->hasFocus()) {
        m_ui->envCombo->clear();
        for (const QString& label : m_vault->environments())
            m_ui->envCombo->addItem(env::displayName(label), label);
        const int at = m_ui->envCombo->findData(rec->environment);
        m_ui->envCombo->setCurrentIndex(at);
    }
    if (m_revealedId != rec->id)
        m_ui->secretField->setText(
            m_model->data(m_model->index(m_model->rowOf(rec->id), TokenTableModel::Token)).toString());
    m_ui->statusDetail->setFullText(TokenTableModel::statusSentence(*rec, QDateTime::currentDateTimeUtc()));
    const bool isDefault = m_vault->isDefault(rec->id);
    m_ui->defaultButton->setEnabled(!isDefault);
    m_defaultAction->setEnabled(!isDefault);
    const QString title = isDefault
                              ? tr("Selected token — default for %1").arg(env::displayName(rec->environment))
                              : tr("Selected token");
    m_ui->detailsTitle->setText(title);
    m_ui->details->setAccessibleName(title);
}

void TokensPage::addToken()
{
    // The window's environment, never the selected token's: a pasted real token must not land in
    // the sandbox because the sandbox's demo token happened to be selected.
    const QString label = environment();
    AddTokenDialog dlg(m_vault, label.isEmpty() || label == env::Sandbox ? QString(env::Development) : label,
                       this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    selectId(dlg.addedId());
    if (!dlg.warning().isEmpty())
        showBanner(dlg.warning(), false);
    emit tokenAdded(dlg.addedId());
}

void TokensPage::importEnvFiles(const QStringList& givenFiles)
{
    QStringList files = givenFiles;
    if (files.isEmpty()) {
        QFileDialog dlg(this, tr("Choose .env files"));
        dlg.setFileMode(QFileDialog::ExistingFiles);
        dlg.setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        dlg.setNameFilters({tr(".env files (.env .env.* *.env)"), tr("All files (*)")});
        if (dlg.exec() != QDialog::Accepted)
            return;
        files = dlg.selectedFiles();
    }
    const EnvScan scan = scanEnvFiles(files);
    auto* dlg = new ImportEnvDialog(m_vault, scan, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(QStringLiteral("importEnvDialog"));
    dlg->open();
}

void TokensPage::copySelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QPointer<TokensPage> self(this);
    m_vault->readSecret(id, this, [this, id](const SecretReadResult& r) {
        if (!r.error.ok()) {
            showBanner(tr("Could not copy the token. %1").arg(r.error.userMessage()), true);
            return;
        }
        m_clipboard->copySecret(r.secret);
        const auto rec = m_vault->record(id);
        showBanner(tr("Copied “%1”. The clipboard will be cleared in %2 seconds.")
                       .arg(rec ? rec->name : QString())
                       .arg(m_clipboard->clearDelay() / 1000),
                   false);
        emit copied();
    });
}

void TokensPage::revealSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_vault->readSecret(id, this, [this, id](const SecretReadResult& r) {
        if (!r.error.ok()) {
            showBanner(tr("Could not read the token from the keychain. %1").arg(r.error.userMessage()), true);
            return;
        }
        if (selectedId() != id)
            return;
        m_revealedId = id;
        m_ui->secretField->setText(r.secret);
        m_revealTimer.start(m_revealMs);
        m_revealTick.start();
        m_ui->revealButton->setText(tr("&Hide (%1 s)").arg(revealSecondsLeft()));
    });
}

void TokensPage::hideSecret()
{
    m_revealTimer.stop();
    m_revealTick.stop();
    m_revealedId.clear();
    m_ui->revealButton->setText(tr("&Reveal"));
    m_ui->secretField->clear();
    updateDetails();
}

void TokensPage::deleteSelected()
{
    const auto rec = m_vault->record(selectedId());
    if (!rec)
        return;
    const bool ok = Prompt::confirm(this, tr("Delete token"),
                                    tr("Delete “%1” (%2)? The token is removed from the OS keychain. It "
                                       "keeps working on Replicate until you "
                                       "disable it there.")
                                        .arg(rec->name, env::displayName(rec->environment)),
                                    tr("Delete"), true);
    if (!ok)
        return;
    const QString id = rec->id;
    m_vault->remove(id, this, [this, id](const TokenVault::Outcome& o) {
        if (!o.ok) {
            showBanner(o.error, true);
            return;
        }
        emit tokenDeleted(id);
    });
}

void TokensPage::makeSelectedDefault()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const auto o = m_vault->setDefault(id);
    if (!o.ok)
        showBanner(o.error, true);
}

void TokensPage::renameSelected()
{
    if (selectedId().isEmpty())
        return;
    m_ui->nameEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->nameEdit->selectAll();
}

void TokensPage::commitName()
{
    const auto rec = m_vault->record(selectedId());
    if (!rec || m_ui->nameEdit->text().trimmed() == rec->name)
        return;
    const auto o = m_vault->rename(rec->id, m_ui->nameEdit->text());
    if (!o.ok) {
        showBanner(o.error, true);
        m_ui->nameEdit->setText(rec->name);
    }
}

void TokensPage::commitEnvironment()
{
    const auto rec = m_vault->record(selectedId());
    if (!rec)
        return;
    const int idx = m_ui->envCombo->currentIndex();
    const QString text = m_ui->envCombo->currentText().trimmed();
    const QString data = idx >= 0 && m_ui->envCombo->itemText(idx) == text
                             ? m_ui->envCombo->itemData(idx).toString()
                             : QString();
    const QString label = data.isEmpty() ? text : data;
    if (label.isEmpty() || TokenVault::normalizeEnvironment(label) == rec->environment)
        return;
    const auto o = m_vault->setEnvironment(rec->id, label);
    if (!o.ok)
        showBanner(o.error, true);
}

void TokensPage::commitNote()
{
    const auto rec = m_vault->record(selectedId());
    if (!rec || m_ui->noteEdit->text().trimmed() == rec->note)
        return;
    const auto o = m_vault->setNote(rec->id, m_ui->noteEdit->text());
    if (!o.ok)
        showBanner(o.error, true);
}

} // namespace r8::ui

namespace r8::ui {

void TokensPage::verifySelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_services.verifier)
        return;
    m_ui->statusDetail->setFullText(tr("Checking…"));
    m_services.verifier->verify({id});
}

void TokensPage::verifyAll()
{
    if (!m_services.verifier || m_vault->records().isEmpty())
        return;
    QStringList ids;
    for (const TokenRecord& r : m_vault->records())
        ids.append(r.id);
    m_verifyAllAction->setEnabled(false);
    m_ui->verifyAllButton->setEnabled(false);
    m_services.verifier->verify(ids);
}

void TokensPage::rotateSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_services.client)
        return;
    auto* wizard = new RotationWizard(m_services, id, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setObjectName(QStringLiteral("rotationWizard"));
    connect(wizard, &RotationWizard::rotated, this,
            [this](const QString&, const QString& newId) { selectId(newId); });
    wizard->open();
}

void TokensPage::showAccountTokens()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_services.client)
        return;
    auto* dlg = new AccountTokensDialog(m_services, id, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setObjectName(QStringLiteral("accountTokensDialog"));
    dlg->open();
    dlg->refresh();
}

void TokensPage::trySandbox()
{
    if (!m_services.sandbox)
        return;
    auto* s = m_services.sandbox;
    QObject* once = new QObject(this);
    connect(
        s, &session::SandboxSession::started, once, [this, once](const QUrl& url, const QString& tokenId) {
            once->deleteLater();
            selectId(tokenId);
            showBanner(
                tr("The sandbox is running at %1 — a local look-alike of Replicate's API. Its demo token is "
                   "stored as the default of the “sandbox” environment; nothing leaves this computer.")
                    .arg(url.toString()),
                false);
            emit sandboxStarted();
        });
    connect(s, &session::SandboxSession::failed, once, [this, once](const QString& message) {
        once->deleteLater();
        showBanner(message, true);
    });
    s->start();
}

} // namespace r8::ui
