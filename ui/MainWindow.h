#pragma once
#include "ui/Services.h"

#include <QMainWindow>
#include <QScopedPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

class QComboBox;
class QSystemTrayIcon;

namespace r8::composer {
class HistoryStore;
class PresetStore;
} // namespace r8::composer

namespace r8::ui {
class ComposerPage;
class HistoryPage;
class LeakCheckPage;
class Notifier;
class SettingsPage;
class TokensPage;
class TrayController;
class WindowStateKeeper;

// The main window: a page list on the left, the pages on the right, menus with every action.
// Only pages that work are listed. Each page sits in a scroll area, so that no page, message or
// response can raise the window's minimum size: the window never grows by itself.
// Split by concern, all here in ui/: MainWindow.cpp (frame, menus, pages, environment),
// MainWindowPages.cpp (the pages made on first use), MainWindowTray.cpp (settings wiring, health
// notices, the tray); WindowStateKeeper keeps geometry, splitter positions and the last page.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    TokensPage* tokensPage() const { return m_tokens; }
    Notifier* notifier() const { return m_notifier; }
    // Created on first use (start-up stays small): the page list shows it from the start.
    LeakCheckPage* leakCheckPage();
    // The Composer and History pages, created on first use (null without an API client), and the
    // history and presets they share (Services' when given, else opened here on first use).
    ComposerPage* composerPage();
    HistoryPage* historyPage();
    r8::composer::HistoryStore* historyStore();
    r8::composer::PresetStore* presetStore();
    // Adds a page to the navigation (used by later features).
    void addPage(QWidget* page, const QString& title, const QString& accessibleDescription);
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    // Shows the page added with addPage() whose objectName is `objectName` (case-insensitive; a
    // page made on first use, like the leak check, is made). False when there is no such page.
    bool showPageNamed(const QString& objectName);
    // Created on first use (start-up stays small): the page list shows it from the start.
    SettingsPage* settingsPage();
    // The tray's status and quick actions; exists without a system tray (offscreen, tests).
    TrayController* trayController() const { return m_trayController; }
    bool hasTrayIcon() const { return m_tray != nullptr; }
    // The environment the window works in: the Tokens page shows only its tokens and the
    // composer sends to it. Empty: all environments. False (and no change) for an unknown name.
    QString environment() const { return m_environment; }
    bool setEnvironment(const QString& name);
    void bringToFront();
    // Geometry (fitted to the screen), splitter positions and the last page of the previous run;
    // from then on they are saved when the window closes or the app quits. `iniFile` empty: the
    // user's settings. main() calls it; tests that do not, leave no state behind.
    void restoreWindowState(const QString& iniFile = QString());

signals:
    void environmentChanged(const QString& environment);
    // Quit from the tray (the window may be hidden, so closing it would not end the app).
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showShortcuts();
    void showAbout();
    void watchHealth();
    // The Settings page and the tray (MainWindowTray.cpp).
    void setUpSettingsAndTray();
    void setUpEnvironmentSelector();
    void reloadEnvironmentChoices();
    QWidget* pageNamed(const QString& objectName) const;
    // The page shown at stack index `index` (the scroll area's widget), and back.
    QWidget* pageAt(int index) const;
    int indexOfPage(const QWidget* page) const;
    void onPageChanged();
    void toggleShown();
    void updateTray();

    const QScopedPointer<Ui::MainWindow> m_ui;
    Services m_services;
    TokensPage* m_tokens;
    Notifier* m_notifier;
    LeakCheckPage* m_leaks = nullptr;
    QWidget* m_leaksPlaceholder = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    // The Composer and History pages (MainWindowPages.cpp).
    void setUpComposerAndHistory();
    void replacePlaceholder(QWidget** placeholder, QWidget* page);
    ComposerPage* m_composer = nullptr;
    QWidget* m_composerPlaceholder = nullptr;
    HistoryPage* m_historyPage = nullptr;
    QWidget* m_historyPlaceholder = nullptr;
    r8::composer::HistoryStore* m_historyStore = nullptr;
    std::shared_ptr<r8::composer::PresetStore> m_presetStore;
    SettingsPage* m_settingsPage = nullptr;
    QWidget* m_settingsPlaceholder = nullptr;
    TrayController* m_trayController = nullptr;
    QComboBox* m_envCombo = nullptr;
    WindowStateKeeper* m_stateKeeper = nullptr;
    bool m_fittedOnShow = false;
    QString m_environment;
};

} // namespace r8::ui
