#pragma once
#include <QDateTime>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QScopedPointer>
#include <QStringList>
#include <QTimer>

class QAction;
class QMenu;

namespace r8 {
class AppSettings;
class TokenVault;
struct TokenRecord;
} // namespace r8

namespace r8::ui {

// The system tray's logic without the tray: the status at a glance (text, tooltip, icon badge) from
// the vault's records and the rotation age, and the quick-action menu. The main window puts the
// menu and the status on a QSystemTrayIcon when the desktop has a tray; offscreen (tests) there is
// none, and everything here still works.
class TrayController : public QObject
{
    Q_OBJECT
public:
    enum class Level
    {
        Ok,
        Attention,
        Problem
    };
    struct Status
    {
        Level level = Level::Ok;
        QStringList lines; // most urgent first; lines.first() is the headline
    };

    // `settings` may be null (then the rotation age is AppSettings' default).
    TrayController(r8::TokenVault* vault, r8::AppSettings* settings, QObject* parent = nullptr);
    ~TrayController() override;

    // Pure: what the tray says about these records.
    static Status statusFor(const QList<r8::TokenRecord>& records, int rotationAgeDays, const QDateTime& now);

    Status status() const { return m_status; }
    QString statusText() const { return m_status.lines.join(QLatin1Char('\n')); }
    QString toolTip() const;
    // `base` with a badge in a corner: red for a problem, amber for rotation due, none when fine.
    QIcon icon(const QIcon& base) const;

    QMenu* menu() const { return m_menu.data(); }
    QAction* statusAction() const { return m_statusAction; }
    QAction* verifyAllAction() const { return m_verifyAll; }
    QAction* composerAction() const { return m_composer; }
    QAction* leakCheckAction() const { return m_leakCheck; }
    QAction* settingsAction() const { return m_settings; }
    QAction* showHideAction() const { return m_showHide; }
    QAction* quitAction() const { return m_quit; }

    // The main window tells what is possible and whether it is showing.
    void setVerifyAvailable(bool available);
    void setComposerAvailable(bool available);
    void setWindowShown(bool shown);

public slots:
    void refresh();

signals:
    void statusChanged();
    void verifyAllRequested();
    void composerRequested();
    void leakCheckRequested();
    void settingsRequested();
    void showHideRequested();
    void quitRequested();

private:
    QPointer<r8::TokenVault> m_vault;
    QPointer<r8::AppSettings> m_appSettings;
    QScopedPointer<QMenu> m_menu;
    QAction* m_statusAction;
    QAction* m_verifyAll;
    QAction* m_composer;
    QAction* m_leakCheck;
    QAction* m_settings;
    QAction* m_showHide;
    QAction* m_quit;
    QTimer m_clock; // "due for rotation" changes with time alone
    Status m_status;
};

} // namespace r8::ui
