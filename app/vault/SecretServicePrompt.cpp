#include "app/vault/SecretServicePrompt.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

namespace r8 {

namespace {
const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kPromptIface = QStringLiteral("org.freedesktop.Secret.Prompt");
} // namespace

SecretServicePrompt::SecretServicePrompt(const QDBusObjectPath& prompt, int timeoutMs, QObject* parent)
    : QObject(parent), m_path(prompt)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        // Nobody answered (or the prompt is invisible, e.g. headless): take it away and report.
        QDBusConnection::sessionBus().asyncCall(
            QDBusMessage::createMethodCall(kService, m_path.path(), kPromptIface, QStringLiteral("Dismiss")));
        finish(false);
    });
}

void SecretServicePrompt::start()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, m_path.path(), kPromptIface, QStringLiteral("Completed"), this,
                SLOT(onCompleted(bool, QDBusVariant)));
    m_timeout.start();
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, m_path.path(), kPromptIface, QStringLiteral("Prompt"));
    call << QString(); // no parent window id
    auto* w = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* watcher) {
        watcher->deleteLater();
        if (watcher->isError())
            finish(false); // e.g. gnome-keyring without a prompter
    });
}

void SecretServicePrompt::onCompleted(bool dismissed, const QDBusVariant&)
{
    finish(!dismissed);
}

void SecretServicePrompt::finish(bool completed)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    QDBusConnection::sessionBus().disconnect(kService, m_path.path(), kPromptIface,
                                             QStringLiteral("Completed"), this,
                                             SLOT(onCompleted(bool, QDBusVariant)));
    emit finished(completed);
    deleteLater();
}

} // namespace r8
