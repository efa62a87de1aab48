#include "ui/settings/TrayController.h"

#include "app/core/AppSettings.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/TokenVault.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace r8::ui {

TrayController::TrayController(r8::TokenVault* vault, r8::AppSettings* settings, QObject* parent)
    : QObject(parent), m_vault(vault), m_appSettings(settings), m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setAccessibleName(tr("r8desk quick actions"));
    m_statusAction = m_menu->addAction(QString());
    m_statusAction->setObjectName(QStringLiteral("trayStatus"));
    m_statusAction->setEnabled(false);
    m_menu->addSeparator();
    m_verifyAll = m_menu->addAction(tr("&Verify all tokens"), this, &TrayController::verifyAllRequested);
    m_verifyAll->setObjectName(QStringLiteral("trayVerifyAll"));
    m_composer = m_menu->addAction(tr("Open &Composer"), this, &TrayController::composerRequested);
    m_composer->setObjectName(QStringLiteral("trayComposer"));
    m_leakCheck = m_menu->addAction(tr("&Leak check"), this, &TrayController::leakCheckRequested);
    m_leakCheck->setObjectName(QStringLiteral("trayLeakCheck"));
    m_settings = m_menu->addAction(tr("&Settings…"), this, &TrayController::settingsRequested);
    m_settings->setObjectName(QStringLiteral("traySettings"));
    m_menu->addSeparator();
    m_showHide = m_menu->addAction(tr("&Hide r8desk"), this, &TrayController::showHideRequested);
    m_showHide->setObjectName(QStringLiteral("trayShowHide"));
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_quit->setObjectName(QStringLiteral("trayQuit"));

    if (vault) {
        for (auto signal : {&TokenVault::inserted, &TokenVault::removed, &TokenVault::changed})
            connect(vault, signal, this, &TrayController::refresh);
        connect(vault, &TokenVault::reset, this, &TrayController::refresh);
    }
    if (settings)
        connect(settings, &AppSettings::rotationAgeDaysChanged, this, &TrayController::refresh);
    m_clock.setInterval(3600 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &TrayController::refresh);
    m_clock.start();
    refresh();
}

TrayController::~TrayController() = default;

TrayController::Status TrayController::statusFor(const QList<TokenRecord>& records, int rotationAgeDays,
                                                 const QDateTime& now)
{
    int stopped = 0, rejected = 0, due = 0, valid = 0;
    for (const TokenRecord& r : records) {
        if (r.status == TokenStatus::StoppedWorking)
            ++stopped;
        else if (r.status == TokenStatus::Rejected)
            ++rejected;
        else if (r.status == TokenStatus::Valid)
            ++valid;
        if (session::TokenHealthMonitor::isDueForRotation(r, rotationAgeDays, now))
            ++due;
    }
    const int total = int(records.size());
    Status s;
    // English plurals are chosen here rather than with %n, so that the source text reads right
    // without a translation loaded.
    if (stopped > 0)
        s.lines << (stopped == 1 ? tr("1 token stopped working")
                                 : tr("%1 tokens stopped working").arg(stopped));
    if (rejected > 0)
        s.lines << (rejected == 1 ? tr("1 token is rejected by the API")
                                  : tr("%1 tokens are rejected by the API").arg(rejected));
    if (due > 0)
        s.lines << (due == 1 ? tr("1 token is due for rotation")
                             : tr("%1 tokens are due for rotation").arg(due));
    if (stopped + rejected > 0)
        s.level = Level::Problem;
    else if (due > 0)
        s.level = Level::Attention;
    if (!s.lines.isEmpty())
        return s;
    if (total == 0)
        s.lines << tr("No tokens stored yet");
    else if (valid == total)
        s.lines << (total == 1 ? tr("The token works") : tr("All %1 tokens work").arg(total));
    else if (valid == 0)
        s.lines << (total == 1 ? tr("1 token stored, not verified yet")
                               : tr("%1 tokens stored, none verified yet").arg(total));
    else
        s.lines << tr("%1 of %2 tokens verified as working").arg(valid).arg(total);
    return s;
}

QString TrayController::toolTip() const
{
    return tr("r8desk") + QLatin1Char('\n') + statusText();
}

QIcon TrayController::icon(const QIcon& base) const
{
    if (m_status.level == Level::Ok)
        return base;
    const int size = 64;
    QPixmap pix = base.isNull() ? QPixmap() : base.pixmap(size, size);
    if (pix.isNull()) {
        pix = QPixmap(size, size);
        pix.fill(Qt::transparent);
    }
    QPainter p(&pix);
    p.setRenderHint(QPainter::Antialiasing);
    // A status badge, like a notification dot: the same on light and dark panels.
    const QColor badge =
        m_status.level == Level::Problem ? QColor(0xE5, 0x39, 0x35) : QColor(0xF9, 0xA8, 0x25);
    const qreal d = size * 0.46;
    const QRectF dot(pix.width() - d - 1, pix.height() - d - 1, d, d);
    p.setPen(QPen(Qt::white, size * 0.06));
    p.setBrush(badge);
    p.drawEllipse(dot);
    p.end();
    return QIcon(pix);
}

void TrayController::setVerifyAvailable(bool available)
{
    m_verifyAll->setVisible(available);
}

void TrayController::setComposerAvailable(bool available)
{
    m_composer->setVisible(available);
}

void TrayController::setWindowShown(bool shown)
{
    m_showHide->setText(shown ? tr("&Hide r8desk") : tr("&Show r8desk"));
}

void TrayController::refresh()
{
    const int age = m_appSettings ? m_appSettings->rotationAgeDays() : AppSettings::kDefaultRotationAgeDays;
    const Status next =
        statusFor(m_vault ? m_vault->records() : QList<TokenRecord>(), age, QDateTime::currentDateTimeUtc());
    const bool differs = next.lines != m_status.lines || next.level != m_status.level;
    m_status = next;
    m_statusAction->setText(m_status.lines.value(0));
    m_statusAction->setToolTip(statusText());
    if (differs)
        emit statusChanged();
}

} // namespace r8::ui
