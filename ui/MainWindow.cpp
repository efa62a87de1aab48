#include "ui/MainWindow.h"

#include "app/core/AppInfo.h"
#include "app/core/AppSettings.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/TokenVault.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/Notifier.h"
#include "ui/composer/ComposerPage.h"
#include "ui/leaks/LeakCheckPage.h"
#include "ui/settings/SettingsBinding.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>
#include <QSystemTrayIcon>

namespace r8::ui {

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_services(services),
      m_tokens(new TokensPage(services, this)), m_notifier(new Notifier(this))
{
    m_ui->setupUi(this);
    setWindowTitle(QString::fromLatin1(appinfo::kDisplayName));
    connect(m_ui->nav, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    addPage(m_tokens, tr("Tokens"), tr("The API tokens kept in the OS keychain"));
    setUpComposerAndHistory(); // Composer, History: made on first show (composer/MainWindowComposer.cpp)
    m_leaksPlaceholder = new QWidget(this);
    addPage(m_leaksPlaceholder, tr("Leak check"),
            tr("Find exposed tokens in files, git history and shell history"));
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this]() {
        if (m_ui->pages->currentWidget() == m_leaksPlaceholder)
            leakCheckPage();
    });

    // File menu
    const QList<QAction*> tokenActions = m_tokens->tokenActions();
    m_ui->fileMenu->addAction(tokenActions.at(1)); // Import from .env…
    if (services.sandbox)
        m_ui->fileMenu->addAction(m_tokens->sandboxAction());
    m_ui->fileMenu->addSeparator();
    QAction* quit = m_ui->fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    // Token menu: everything the Tokens page can do, with its shortcut.
    for (QAction* a : tokenActions) {
        if (a != tokenActions.at(1))
            m_ui->tokenMenu->addAction(a);
    }
    // Help menu
    QAction* keys = m_ui->helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(QStringLiteral("Ctrl+/")));
    m_ui->helpMenu->addAction(tr("&About r8desk"), this, &MainWindow::showAbout);

    bindSettings(m_services, this); // before watchHealth: the rotation age decides the first reminder
    watchHealth();
    setUpSettingsAndTray();
    statusBar()->showMessage(
        tr("Secrets are kept in the %1; the token list holds names and the last four characters only.")
            .arg(services.vault->secretStore()->backendName()));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& title, const QString& accessibleDescription)
{
    m_ui->pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_ui->nav);
    item->setData(Qt::AccessibleDescriptionRole, accessibleDescription);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    if (m_ui->nav->currentRow() < 0)
        m_ui->nav->setCurrentRow(0);
}

LeakCheckPage* MainWindow::leakCheckPage()
{
    if (m_leaks)
        return m_leaks;
    m_leaks = new LeakCheckPage(m_services, this);
    connect(m_leaks, &LeakCheckPage::exposedTokensChanged, m_tokens->model(), &TokenTableModel::setExposed);
    connect(m_leaks, &LeakCheckPage::rotateRequested, this, [this](const QString& id) {
        showPage(m_tokens);
        m_tokens->selectId(id);
        m_tokens->rotateSelected();
    });
    const int index = m_ui->pages->indexOf(m_leaksPlaceholder);
    const bool wasCurrent = m_ui->pages->currentIndex() == index;
    m_ui->pages->insertWidget(index, m_leaks);
    m_ui->pages->removeWidget(m_leaksPlaceholder);
    m_leaksPlaceholder->deleteLater();
    m_leaksPlaceholder = nullptr;
    if (wasCurrent)
        m_ui->pages->setCurrentIndex(index);
    return m_leaks;
}

void MainWindow::showPage(QWidget* page)
{
    const int i = m_ui->pages->indexOf(page);
    if (i >= 0)
        m_ui->nav->setCurrentRow(i);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Never leave a copied token behind on the clipboard when the app goes away.
    if (m_services.clipboard)
        m_services.clipboard->clearIfOurs();
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    QString rows;
    QList<QAction*> actions;
    for (QMenu* menu : {m_ui->fileMenu, m_ui->tokenMenu, m_ui->helpMenu})
        actions += menu->actions();
    if (m_composer)
        actions += m_composer->composerActions(); // they work while the Composer page has the focus
    for (QAction* a : std::as_const(actions)) {
        if (a->isSeparator() || a->shortcut().isEmpty())
            continue;
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                         a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                    QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, this);
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About r8desk"),
        tr("<b>r8desk %1</b><p>Replicate API tokens in the OS keychain instead of .env files.</p>"
           "<p><a href=\"%2\">%2</a></p>")
            .arg(QString::fromLatin1(appinfo::kVersion), QString::fromLatin1(appinfo::kHomepage)));
}

} // namespace r8::ui

namespace r8::ui {

void MainWindow::watchHealth()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        m_tray->setToolTip(tr("r8desk"));
        m_tray->show();
        m_notifier->setTrayIcon(m_tray);
    }
    connect(m_notifier, &Notifier::notified, this, [this](const QString&, const QString& text, bool warning) {
        m_tokens->showBanner(text, warning);
    });
    if (!m_services.health)
        return;
    connect(m_services.health, &session::TokenHealthMonitor::stoppedWorking, this,
            [this](const QString& id, const QString& detail) {
                const auto rec = m_services.vault->record(id);
                m_notifier->notify(
                    tr("A token stopped working"),
                    tr("“%1” is rejected by the API now (%2). It may have been disabled after a leak: "
                       "rotate it.")
                        .arg(rec ? rec->name : id, detail),
                    true);
            });
    connect(m_services.health, &session::TokenHealthMonitor::rotationDue, this,
            [this](const QStringList& ids) {
                // At most three names: a banner must stay one short line even with hundreds of old tokens.
                QStringList names;
                for (const QString& id : ids) {
                    if (names.size() == 3)
                        break;
                    if (const auto rec = m_services.vault->record(id))
                        names << QStringLiteral("“%1”").arg(rec->name);
                }
                if (ids.size() > names.size())
                    names << tr("%n more", nullptr, int(ids.size() - names.size()));
                if (m_services.settings)
                    m_services.settings->setLastRotationReminder(m_services.health->lastReminder());
                else
                    QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"))
                        .setValue(QStringLiteral("reminders/lastRotationReminder"),
                                  m_services.health->lastReminder());
                m_notifier->notify(tr("Tokens due for rotation"),
                                   tr("%1 older than %2 days: rotate them (Token → Rotate).")
                                       .arg(names.join(QStringLiteral(", ")))
                                       .arg(m_services.health->rotationAgeDays()),
                                   false);
            });
    m_services.health->setLastReminder(m_services.settings
                                           ? m_services.settings->lastRotationReminder()
                                           : QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"))
                                                 .value(QStringLiteral("reminders/lastRotationReminder"))
                                                 .toDate());
    m_services.health->remindIfDue(QDate::currentDate(), QDateTime::currentDateTimeUtc());
}

} // namespace r8::ui
