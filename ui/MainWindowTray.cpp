// MainWindow, continued: the preferences applied to the window, the Settings page's menu entry,
// the token-health notices, and the system tray's status and quick actions.
#include "ui/MainWindow.h"

#include "app/core/AppSettings.h"
#include "app/scan/FindingsStore.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/TokenVault.h"
#include "ui/common/Notifier.h"
#include "ui/leaks/LeakCheckPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/TrayController.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace r8::ui {

namespace {
const QString kComposerPage = QStringLiteral("composerPage");
}

void MainWindow::setUpSettingsAndTray()
{
    // "Exposed" marks from the findings kept since an earlier leak check (until the token is
    // rotated or deleted, or the finding dismissed).
    if (m_services.findings) {
        m_tokens->model()->setExposed(m_services.findings->exposedRecordIds());
        connect(m_services.findings, &scan::FindingsStore::changed, this,
                [this]() { m_tokens->model()->setExposed(m_services.findings->exposedRecordIds()); });
    }
    if (m_services.settings) {
        m_tokens->model()->setRotationAgeDays(m_services.settings->rotationAgeDays());
        connect(m_services.settings, &AppSettings::rotationAgeDaysChanged, m_tokens->model(),
                &TokenTableModel::setRotationAgeDays);
    }
    // Settings: listed from the start, built the first time it is shown (start-up stays small).
    m_settingsPlaceholder = new QWidget(this);
    m_settingsPlaceholder->setObjectName(QStringLiteral("SettingsPage"));
    addPage(m_settingsPlaceholder, tr("Settings"),
            tr("Environments, verification interval, rotation age, clipboard, history size and tray"));
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

void MainWindow::watchHealth()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        m_tray->setToolTip(tr("r8desk"));
        m_tray->show();
        m_notifier->setTrayIcon(m_tray);
    }
    connect(m_notifier, &Notifier::notified, this, [this](const QString&, const QString& text, bool warning) {
        m_tokens->showBanner(text, warning);
    });
    if (!m_services.health)
        return;
    connect(m_services.health, &session::TokenHealthMonitor::stoppedWorking, this,
            [this](const QString& id, const QString& detail) {
                const auto rec = m_services.vault->record(id);
                m_notifier->notify(
                    tr("A token stopped working"),
                    tr("“%1” is rejected by the API now (%2). It may have been disabled after a leak: "
                       "rotate it.")
                        .arg(rec ? rec->name : id, detail),
                    true);
            });
    connect(m_services.health, &session::TokenHealthMonitor::rotationDue, this,
            [this](const QStringList& ids) {
                // At most three names: a banner must stay one short line even with hundreds of old tokens.
                QStringList names;
                for (const QString& id : ids) {
                    if (names.size() == 3)
                        break;
                    if (const auto rec = m_services.vault->record(id))
                        names << QStringLiteral("“%1”").arg(rec->name);
                }
                if (ids.size() > names.size())
                    names << tr("%n more", nullptr, int(ids.size() - names.size()));
                if (m_services.settings)
                    m_services.settings->setLastRotationReminder(m_services.health->lastReminder());
                else
                    QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"))
                        .setValue(QStringLiteral("reminders/lastRotationReminder"),
                                  m_services.health->lastReminder());
                m_notifier->notify(tr("Tokens due for rotation"),
                                   tr("%1 older than %2 days: rotate them (Token → Rotate token).")
                                       .arg(names.join(QStringLiteral(", ")))
                                       .arg(m_services.health->rotationAgeDays()),
                                   false);
            });
    m_services.health->setLastReminder(m_services.settings
                                           ? m_services.settings->lastRotationReminder()
                                           : QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"))
                                                 .value(QStringLiteral("reminders/lastRotationReminder"))
                                                 .toDate());
    m_services.health->remindIfDue(QDate::currentDate(), QDateTime::currentDateTimeUtc());
}

} // namespace r8::ui
