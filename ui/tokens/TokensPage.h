#pragma once
#include "ui/Services.h"

#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

class QAction;
namespace Ui {
class TokensPage;
}
namespace r8 {
class TokenVault;
}

namespace r8::ui {
class ClipboardGuard;
class TokenFilter;
class TokenTableModel;

// The Tokens page: the list of stored tokens, a first-run state, and the actions on them
// (add, import .env, reveal, copy, rename, relabel, make default, delete).
class TokensPage : public QWidget
{
    Q_OBJECT
public:
    explicit TokensPage(const Services& services, QWidget* parent = nullptr);
    ~TokensPage() override;

    // Actions with shortcuts, for the main window's menu (Ctrl+N, Ctrl+I, Del, Ctrl+Shift+C, …).
    QList<QAction*> tokenActions() const;
    QAction* sandboxAction() const { return m_sandboxAction; }
    TokenTableModel* model() const { return m_model; }
    QString selectedId() const;
    void selectId(const QString& id);
    QString bannerText() const;
    bool isShowingFirstRun() const;
    int revealSecondsLeft() const;
    void setRevealDuration(int ms) { m_revealMs = ms; }
    // The window's environment: only its tokens are listed, and Add token offers it first
    // ("development" under all environments, and for the sandbox, which only holds demo tokens).
    QString environment() const;
    void setEnvironment(const QString& label);
    // The filter box (Ctrl+F): name, environment, account or last four characters.
    QAction* filterAction() const { return m_filterAction; }

public slots:
    void addToken();
    void importEnvFiles(const QStringList& files = {}); // empty: ask with a file dialog
    void copySelected();
    void revealSelected();
    void deleteSelected();
    void makeSelectedDefault();
    void renameSelected();
    void showBanner(const QString& text, bool isError);
    void verifySelected();
    void verifyAll();
    void rotateSelected();
    void showAccountTokens();
    void trySandbox();

signals:
    void tokenAdded(const QString& id);
    void tokenDeleted(const QString& id);
    void copied();
    void verificationFinished();
    void sandboxStarted();

private:
    void updateState();
    void updateDetails();
    void hideSecret();
    void commitName();
    void commitEnvironment();
    void commitNote();

    const QScopedPointer<Ui::TokensPage> m_ui;
    Services m_services;
    r8::TokenVault* m_vault;
    ClipboardGuard* m_clipboard;
    TokenTableModel* m_model;
    QAction* m_addAction;
    QAction* m_importAction;
    QAction* m_copyAction;
    QAction* m_revealAction;
    QAction* m_renameAction;
    QAction* m_defaultAction;
    QAction* m_deleteAction;
    QAction* m_verifyAction;
    QAction* m_verifyAllAction;
    QAction* m_rotateAction;
    QAction* m_remoteAction;
    QAction* m_sandboxAction;
    QAction* m_filterAction;
    TokenFilter* m_filter;
    QTimer m_revealTimer;
    QTimer m_revealTick;
    QString m_revealedId;
    int m_revealMs = 20000;
};

} // namespace r8::ui
