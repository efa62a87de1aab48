#include "ui/MainWindow.h"

#include "app/api/EnvironmentStore.h"
#include "app/api/KnownEnvironments.h"
#include "app/core/AppInfo.h"
#include "app/core/AppSettings.h"
#include "app/vault/TokenVault.h"
#include "ui/WindowStateKeeper.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/Notifier.h"
#include "ui/common/PageFrame.h"
#include "ui/composer/ComposerPage.h"
#include "ui/settings/SettingsBinding.h"
#include "ui/tokens/TokensPage.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace r8::ui {

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_services(services),
      m_tokens(new TokensPage(services, this)), m_notifier(new Notifier(this))
{
    m_ui->setupUi(this);
    setWindowTitle(QString::fromLatin1(appinfo::kDisplayName));
    connect(m_ui->nav, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &MainWindow::onPageChanged);
    m_tokens->setObjectName(QStringLiteral("TokensPage"));
    addPage(m_tokens, tr("Tokens"), tr("The API tokens kept in the OS keychain"));
    setUpComposerAndHistory(); // Composer, History: made on first show (MainWindowPages.cpp)
    m_leaksPlaceholder = new QWidget(this);
    m_leaksPlaceholder->setObjectName(QStringLiteral("LeakCheckPage")); // showPageNamed finds it
    addPage(m_leaksPlaceholder, tr("Leak check"),
            tr("Find exposed tokens in files, git history and shell history"));
    connect(m_tokens, &TokensPage::sandboxStarted, this, [this]() { setEnvironment(env::Sandbox); });

    // File menu
    const QList<QAction*> tokenActions = m_tokens->tokenActions();
    m_ui->fileMenu->addAction(tokenActions.at(1)); // Import from .env…
    if (services.sandbox)
        m_ui->fileMenu->addAction(m_tokens->sandboxAction());
    m_ui->fileMenu->addSeparator();
    QAction* quit = m_ui->fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    // Token menu: everything the Tokens page can do, with its shortcut.
    for (QAction* a : tokenActions) {
        if (a != tokenActions.at(1))
            m_ui->tokenMenu->addAction(a);
    }
    // Help menu
    QAction* keys = m_ui->helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(QStringLiteral("Ctrl+/")));
    m_ui->helpMenu->addAction(tr("&About r8desk"), this, &MainWindow::showAbout);

    bindSettings(m_services, this); // before watchHealth: the rotation age decides the first reminder
    watchHealth();
    setUpSettingsAndTray();
    setUpEnvironmentSelector();
    // Ctrl+1 … Ctrl+9: the pages in the order listed.
    for (int i = 0; i < m_ui->nav->count() && i < 9; ++i) {
        auto* go = new QAction(tr("Show %1").arg(m_ui->nav->item(i)->text()), this);
        go->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        connect(go, &QAction::triggered, this, [this, i]() { m_ui->nav->setCurrentRow(i); });
        addAction(go);
    }
    // Long, but never in the way: the status bar paints its message elided, it does not grow.
    statusBar()->showMessage(
        tr("Secrets are kept in the %1; the token list holds names and the last four characters only.")
            .arg(services.vault->secretStore()->backendName()));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& title, const QString& accessibleDescription)
{
    // In a scroll area: a page whose content needs more room than the window has scrolls instead
    // of raising the window's minimum size (which would make the window grow by itself and
    // refuse to be made smaller).
    auto* frame = new PageFrame(page, m_ui->pages);
    m_ui->pages->addWidget(frame);
    auto* item = new QListWidgetItem(title, m_ui->nav);
    item->setData(Qt::AccessibleDescriptionRole, accessibleDescription);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    if (m_ui->nav->currentRow() < 0)
        m_ui->nav->setCurrentRow(0);
}

QWidget* MainWindow::pageAt(int index) const
{
    auto* frame = qobject_cast<PageFrame*>(m_ui->pages->widget(index));
    return frame ? frame->page() : nullptr;
}

int MainWindow::indexOfPage(const QWidget* page) const
{
    for (int i = 0; page && i < m_ui->pages->count(); ++i) {
        if (pageAt(i) == page)
            return i;
    }
    return -1;
}

void MainWindow::replacePlaceholder(QWidget** placeholder, QWidget* page)
{
    const int index = indexOfPage(*placeholder);
    auto* frame = qobject_cast<PageFrame*>(m_ui->pages->widget(index));
    if (!frame)
        return;
    QWidget* old = frame->page();
    frame->setPage(page);
    old->deleteLater();
    *placeholder = nullptr;
}

void MainWindow::onPageChanged()
{
    // Pages made on first use are made as they are first shown.
    QWidget* current = currentPage();
    if (current && current == m_leaksPlaceholder)
        leakCheckPage();
    else if (current && current == m_composerPlaceholder)
        composerPage();
    else if (current && current == m_historyPlaceholder)
        historyPage();
    else if (current && current == m_settingsPlaceholder)
        settingsPage();
    if (m_stateKeeper && currentPage())
        m_stateKeeper->setLastPage(currentPage()->objectName());
}

void MainWindow::showPage(QWidget* page)
{
    const int i = indexOfPage(page);
    if (i >= 0)
        m_ui->nav->setCurrentRow(i);
}

QWidget* MainWindow::currentPage() const
{
    return pageAt(m_ui->pages->currentIndex());
}

QWidget* MainWindow::pageNamed(const QString& objectName) const
{
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        QWidget* page = pageAt(i);
        if (page && page->objectName().compare(objectName, Qt::CaseInsensitive) == 0)
            return page;
    }
    return nullptr;
}

bool MainWindow::showPageNamed(const QString& objectName)
{
    QWidget* page = pageNamed(objectName);
    if (!page)
        return false;
    showPage(page); // a page made on first use replaces its placeholder as it becomes current
    return true;
}

void MainWindow::restoreWindowState(const QString& iniFile)
{
    if (!m_stateKeeper) {
        m_stateKeeper = new WindowStateKeeper(this, iniFile, this);
        connect(qApp, &QCoreApplication::aboutToQuit, m_stateKeeper, &WindowStateKeeper::save);
    }
    m_stateKeeper->restoreGeometry();
    const QString page = m_stateKeeper->lastPage();
    if (!page.isEmpty())
        showPageNamed(page);
    m_stateKeeper->restoreSplitters(this);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_stateKeeper)
        m_stateKeeper->save();
    // Never leave a copied token behind on the clipboard when the app goes away.
    if (m_services.clipboard)
        m_services.clipboard->clearIfOurs();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // Once the window manager has framed the window, its real frame is known: keep all of it on
    // the screen (a geometry saved on a bigger screen, a title bar taller than expected).
    if (!m_fittedOnShow && m_stateKeeper) {
        m_fittedOnShow = true;
        QTimer::singleShot(0, this, [this]() { WindowStateKeeper::fitToScreen(this); });
    }
}

// ---- the environment the window works in ----------------------------------------------------

void MainWindow::setUpEnvironmentSelector()
{
    // Under the page list: one selection for the whole window (Tokens page, composer, Add token).
    auto* column = new QWidget(m_ui->central);
    column->setObjectName(QStringLiteral("navColumn"));
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    const int at = m_ui->centralLayout->indexOf(m_ui->nav);
    m_ui->centralLayout->removeWidget(m_ui->nav);
    columnLayout->addWidget(m_ui->nav, 1);
    auto* envLabel = new QLabel(tr("Environ&ment:"), column);
    m_envCombo = new QComboBox(column);
    m_envCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_envCombo->setAccessibleName(tr("Environment"));
    m_envCombo->setAccessibleDescription(tr("Show the tokens of one environment; the composer sends to it"));
    m_envCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_envCombo->setMinimumContentsLength(8);
    envLabel->setBuddy(m_envCombo);
    columnLayout->addWidget(envLabel);
    columnLayout->addWidget(m_envCombo);
    // As narrow as its longest entry allows: the pages need the width more than the page list.
    const QFontMetrics fm(font());
    const int wanted = fm.horizontalAdvance(tr("All environments")) + 6 * fm.averageCharWidth();
    column->setMinimumWidth(qMin(m_ui->nav->minimumWidth(), wanted));
    column->setMaximumWidth(qBound(m_ui->nav->minimumWidth(), wanted, m_ui->nav->maximumWidth()));
    m_ui->nav->setMinimumWidth(0);
    m_ui->centralLayout->insertWidget(at < 0 ? 0 : at, column);
    reloadEnvironmentChoices();
    connect(m_envCombo, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { setEnvironment(m_envCombo->itemData(index).toString()); });
    if (m_services.environments)
        connect(m_services.environments, &api::EnvironmentStore::changed, this,
                &MainWindow::reloadEnvironmentChoices);
    connect(m_services.vault, &TokenVault::inserted, this, &MainWindow::reloadEnvironmentChoices);
    connect(m_services.vault, &TokenVault::changed, this, &MainWindow::reloadEnvironmentChoices);
    connect(m_services.vault, &TokenVault::removed, this, &MainWindow::reloadEnvironmentChoices);
    connect(m_services.vault, &TokenVault::reset, this, &MainWindow::reloadEnvironmentChoices);
}

bool MainWindow::setEnvironment(const QString& name)
{
    QString label;
    if (!name.trimmed().isEmpty()) {
        label = api::findEnvironment(m_services.environments, m_services.vault, name);
        if (label.isEmpty())
            return false;
    }
    const bool changed = label != m_environment;
    m_environment = label;
    reloadEnvironmentChoices();
    m_tokens->setEnvironment(label);
    const QString app = QString::fromLatin1(appinfo::kDisplayName);
    // The desktop adds " — r8desk" (the application's display name) after the title.
    setWindowTitle(label.isEmpty() ? app : env::displayName(label));
    if (changed)
        emit environmentChanged(label);
    return true;
}

void MainWindow::reloadEnvironmentChoices()
{
    if (!m_envCombo)
        return;
    const QSignalBlocker block(m_envCombo);
    m_envCombo->clear();
    m_envCombo->addItem(tr("All environments"), QString());
    for (const QString& label : api::knownEnvironments(m_services.environments, m_services.vault))
        m_envCombo->addItem(env::displayName(label), label);
    const int index = m_envCombo->findData(m_environment);
    m_envCombo->setCurrentIndex(index < 0 ? 0 : index);
}

// ---- Help -------------------------------------------------------------------------------------

void MainWindow::showShortcuts()
{
    QString rows;
    QList<QAction*> actions;
    for (QMenu* menu : {m_ui->fileMenu, m_ui->tokenMenu, m_ui->helpMenu})
        actions += menu->actions();
    actions += m_tokens->filterAction();
    actions += this->actions(); // Ctrl+1 … the pages
    if (m_composer)
        actions += m_composer->composerActions(); // they work while the Composer page has the focus
    for (QAction* a : std::as_const(actions)) {
        if (a->isSeparator() || a->shortcut().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                         a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                    QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, this);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About r8desk"),
        tr("<b>r8desk %1</b><p>Replicate API tokens in the OS keychain instead of .env files.</p>"
           "<p><a href=\"%2\">%2</a></p>")
            .arg(QString::fromLatin1(appinfo::kVersion), QString::fromLatin1(appinfo::kHomepage)));
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

} // namespace r8::ui
