// MainWindow, continued: the Settings page (created on first show), the environment selector
// (`r8desk --env NAME`), looking pages up by object name, and the system tray's status and quick
// actions. Kept beside the settings code so that the main window's own file stays small.
#include "ui/MainWindow.h"

#include "app/api/EnvironmentStore.h"
#include "app/core/AppInfo.h"
#include "app/core/AppSettings.h"
#include "app/vault/TokenVault.h"
#include "ui/leaks/LeakCheckPage.h"
#include "app/api/KnownEnvironments.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/TokenEnvironmentFilter.h"
#include "ui/settings/TrayController.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QVBoxLayout>

namespace r8::ui {

namespace {
const QString kComposerPage = QStringLiteral("composerPage");
}

void MainWindow::setUpSettingsAndTray()
{
    if (m_services.settings) {
        m_tokens->model()->setRotationAgeDays(m_services.settings->rotationAgeDays());
        connect(m_services.settings, &AppSettings::rotationAgeDaysChanged, m_tokens->model(),
                &TokenTableModel::setRotationAgeDays);
    }
    // Pages created on first use answer to their real page's object name (showPageNamed).
    if (m_leaksPlaceholder)
        m_leaksPlaceholder->setObjectName(QStringLiteral("LeakCheckPage"));

    // Settings: listed from the start, built the first time it is shown (start-up stays small).
    m_settingsPlaceholder = new QWidget(this);
    m_settingsPlaceholder->setObjectName(QStringLiteral("SettingsPage"));
    addPage(m_settingsPlaceholder, tr("Settings"),
            tr("Environments, verification interval, rotation age, clipboard, history size and tray"));
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this]() {
        if (m_settingsPlaceholder && m_ui->pages->currentWidget() == m_settingsPlaceholder)
            settingsPage();
    });
    auto* settingsAction = new QAction(tr("&Settings…"), this);
    settingsAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+,")));
    connect(settingsAction, &QAction::triggered, this, [this]() { showPage(settingsPage()); });
    const QList<QAction*> fileActions = m_ui->fileMenu->actions();
    QAction* before = nullptr; // before the separator above Quit
    for (int i = 0; i < fileActions.size(); ++i) {
        if (fileActions.at(i)->shortcut() == QKeySequence(QKeySequence::Quit)) {
            before =
                i > 0 && fileActions.at(i - 1)->isSeparator() ? fileActions.at(i - 1) : fileActions.at(i);
            break;
        }
    }
    m_ui->fileMenu->insertAction(before, settingsAction);

    // The environment selector, under the page list.
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
    envLabel->setBuddy(m_envCombo);
    columnLayout->addWidget(envLabel);
    columnLayout->addWidget(m_envCombo);
    column->setMinimumWidth(m_ui->nav->minimumWidth());
    column->setMaximumWidth(m_ui->nav->maximumWidth());
    m_ui->centralLayout->insertWidget(at < 0 ? 0 : at, column);
    m_envFilter = new TokenEnvironmentFilter(m_tokens->findChild<QTableView*>(QStringLiteral("table")), this);
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

    // The tray: status at a glance and quick actions. The controller (and its menu) exists even
    // without a tray, so that the same actions can be tested offscreen.
    m_trayController = new TrayController(m_services.vault, m_services.settings, this);
    m_trayController->setVerifyAvailable(m_services.verifier != nullptr);
    m_trayController->setComposerAvailable(pageNamed(kComposerPage) != nullptr);
    connect(m_trayController, &TrayController::verifyAllRequested, m_tokens, &TokensPage::verifyAll);
    connect(m_trayController, &TrayController::composerRequested, this, [this]() {
        bringToFront();
        showPageNamed(kComposerPage);
    });
    connect(m_trayController, &TrayController::leakCheckRequested, this, [this]() {
        bringToFront();
        showPage(leakCheckPage());
    });
    connect(m_trayController, &TrayController::settingsRequested, this, [this]() {
        bringToFront();
        showPage(settingsPage());
    });
    connect(m_trayController, &TrayController::showHideRequested, this, &MainWindow::toggleShown);
    connect(m_trayController, &TrayController::quitRequested, this, &MainWindow::quitRequested);
    connect(m_trayController->menu(), &QMenu::aboutToShow, this, [this]() {
        m_trayController->setComposerAvailable(pageNamed(kComposerPage) != nullptr);
        m_trayController->setWindowShown(isVisible() && !isMinimized());
    });
    if (m_tray) {
        m_tray->setContextMenu(m_trayController->menu());
        connect(m_trayController, &TrayController::statusChanged, this, &MainWindow::updateTray);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger)
                toggleShown();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::bringToFront);
        updateTray();
    }
}

SettingsPage* MainWindow::settingsPage()
{
    if (m_settingsPage)
        return m_settingsPage;
    m_settingsPage = new SettingsPage(m_services, this);
    if (m_settingsPlaceholder) {
        const int index = m_ui->pages->indexOf(m_settingsPlaceholder);
        const bool wasCurrent = m_ui->pages->currentIndex() == index;
        m_ui->pages->insertWidget(index, m_settingsPage);
        m_ui->pages->removeWidget(m_settingsPlaceholder);
        m_settingsPlaceholder->deleteLater();
        m_settingsPlaceholder = nullptr;
        if (wasCurrent)
            m_ui->pages->setCurrentIndex(index);
    }
    return m_settingsPage;
}

QWidget* MainWindow::pageNamed(const QString& objectName) const
{
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        QWidget* page = m_ui->pages->widget(i);
        if (page->objectName().compare(objectName, Qt::CaseInsensitive) == 0)
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

QWidget* MainWindow::currentPage() const
{
    return m_ui->pages->currentWidget();
}

bool MainWindow::setEnvironment(const QString& name)
{
    QString label;
    if (!name.trimmed().isEmpty()) {
        label = findEnvironment(m_services.environments, m_services.vault, name);
        if (label.isEmpty())
            return false;
    }
    const bool changed = label != m_environment;
    m_environment = label;
    if (m_envCombo) {
        reloadEnvironmentChoices();
    }
    if (m_envFilter)
        m_envFilter->setEnvironment(label);
    const QString app = QString::fromLatin1(appinfo::kDisplayName);
    setWindowTitle(label.isEmpty() ? app : tr("%1 — %2").arg(app, env::displayName(label)));
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
    for (const QString& label : knownEnvironments(m_services.environments, m_services.vault))
        m_envCombo->addItem(env::displayName(label), label);
    const int index = m_envCombo->findData(m_environment);
    m_envCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::toggleShown()
{
    if (isVisible() && !isMinimized())
        hide();
    else
        bringToFront();
    if (m_trayController)
        m_trayController->setWindowShown(isVisible() && !isMinimized());
}

void MainWindow::updateTray()
{
    if (!m_tray || !m_trayController)
        return;
    const QIcon base = windowIcon().isNull() ? QApplication::windowIcon() : windowIcon();
    m_tray->setIcon(m_trayController->icon(base));
    m_tray->setToolTip(m_trayController->toolTip());
}

} // namespace r8::ui
