#pragma once
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QObject>
#include <QTimer>

namespace r8 {

// One Secret Service prompt (org.freedesktop.Secret.Prompt): shows it, waits for Completed, and
// dismisses it when no answer comes in time. Emits finished(true) only when it completed undismissed.
// Deletes itself after finishing.
class SecretServicePrompt : public QObject
{
    Q_OBJECT
public:
    SecretServicePrompt(const QDBusObjectPath& prompt, int timeoutMs, QObject* parent = nullptr);
    void start();

signals:
    void finished(bool completed);

private slots:
    void onCompleted(bool dismissed, const QDBusVariant& result);

private:
    void finish(bool completed);

    QDBusObjectPath m_path;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace r8
