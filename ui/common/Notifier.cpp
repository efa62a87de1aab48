#include "ui/common/Notifier.h"

#include <QSystemTrayIcon>

namespace r8::ui {

Notifier::Notifier(QObject* parent) : QObject(parent) {}

Notifier::~Notifier() = default;

void Notifier::notify(const QString& title, const QString& text, bool warning)
{
    m_history.append(title + QStringLiteral(": ") + text);
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            15000);
    emit notified(title, text, warning);
}

} // namespace r8::ui
