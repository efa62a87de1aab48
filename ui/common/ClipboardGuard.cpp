#include "ui/common/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace r8::ui {

namespace {
QByteArray fingerprint(const QString& s)
{
    return QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfOurs);
}

void ClipboardGuard::copySecret(const QString& secret)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    // KDE's Klipper and other managers skip history for data carrying this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_fingerprint = fingerprint(secret);
    m_timer.start(m_delayMs);
    emit copied();
}

void ClipboardGuard::clearIfOurs()
{
    m_timer.stop();
    if (m_fingerprint.isEmpty())
        return;
    QClipboard* cb = QGuiApplication::clipboard();
    if (fingerprint(cb->text(QClipboard::Clipboard)) == m_fingerprint)
        cb->clear(QClipboard::Clipboard);
    m_fingerprint.clear();
    emit cleared();
}

} // namespace r8::ui
