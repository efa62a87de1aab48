#pragma once
#include "Services.h"

#include <QMainWindow>
#include <QScopedPointer>

namespace Ui {
class MainWindow;
}

class QSystemTrayIcon;

namespace r8::ui {
class LeakCheckPage;
class Notifier;
class TokensPage;

// The main window: a page list on the left, the pages on the right, menus with every action.
// Only pages that work are listed.
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
    // Adds a page to the navigation (used by later features).
    void addPage(QWidget* page, const QString& title, const QString& accessibleDescription);
    void showPage(QWidget* page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showShortcuts();
    void showAbout();
    void watchHealth();

    const QScopedPointer<Ui::MainWindow> m_ui;
    Services m_services;
    TokensPage* m_tokens;
    Notifier* m_notifier;
    LeakCheckPage* m_leaks = nullptr;
    QWidget* m_leaksPlaceholder = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace r8::ui
