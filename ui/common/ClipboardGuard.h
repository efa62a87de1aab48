#pragma once
#include <QObject>
#include <QTimer>

namespace r8::ui {

// Puts a secret on the clipboard, marked for clipboard managers as a password
// (x-kde-passwordManagerHint: secret), and clears it after a delay if it is still there.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardGuard(QObject* parent = nullptr);

    void setClearDelay(int milliseconds) { m_delayMs = milliseconds; }
    int clearDelay() const { return m_delayMs; }

    void copySecret(const QString& secret);
    // Clears now, if the clipboard still holds what we put there. Called on quit too.
    void clearIfOurs();
    bool pending() const { return m_timer.isActive(); }

signals:
    void copied();
    void cleared();

private:
    QTimer m_timer;
    QByteArray m_fingerprint; // a hash of what we copied, to recognise it without keeping it
    int m_delayMs = 30000;
};

} // namespace r8::ui
