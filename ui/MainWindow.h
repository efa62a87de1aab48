#pragma once
#include "Services.h"

#include <QMainWindow>
#include <QScopedPointer>

namespace Ui {
class MainWindow;
}

namespace r8::ui {
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
    // Adds a page to the navigation (used by later features).
    void addPage(QWidget* page, const QString& title, const QString& accessibleDescription);
    void showPage(QWidget* page);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showShortcuts();
    void showAbout();

    const QScopedPointer<Ui::MainWindow> m_ui;
    Services m_services;
    TokensPage* m_tokens;
};

} // namespace r8::ui
