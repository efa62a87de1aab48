#pragma once
#include <QIcon>
#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

namespace r8::ui {

// Desktop notifications through the system tray when the desktop has one; every notification is
// also emitted as a signal (the main window shows it in the page's message bar) and kept in
// history() for the tests.
class Notifier : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QObject* parent = nullptr);
    ~Notifier() override;

    void setTrayIcon(QSystemTrayIcon* tray) { m_tray = tray; }
    void notify(const QString& title, const QString& text, bool warning);
    QStringList history() const { return m_history; }

signals:
    void notified(const QString& title, const QString& text, bool warning);

private:
    QSystemTrayIcon* m_tray = nullptr;
    QStringList m_history;
};

} // namespace r8::ui
