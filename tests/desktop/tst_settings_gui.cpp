// The Settings page, offscreen, in the real main window: every preference changed through its
// widget lands in the QSettings file (and no token does), reads back in a new AppSettings, and
// reaches the ClipboardGuard / TokenHealthMonitor / token list at once; base URLs are checked
// (a refused one keeps the user's input and says why); environments are added, reset and removed;
// the default token is chosen from the page; the page is built only when first shown.
#include "app/api/EnvironmentStore.h"
#include "app/core/AppSettings.h"
#include "app/core/Paths.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/Prompt.h"
#include "ui/settings/SettingsPage.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::ui;

class TstSettingsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        Prompt::setNonInteractive(true);
    }

    void init()
    {
        Prompt::resetForTests();
        m_dir.reset(new QTemporaryDir);
        m_iniPath = m_dir->filePath(QStringLiteral("r8desk.ini"));
        test::TestServices::Options options;
        options.health = true;
        m_fixture.reset(new test::TestServices(m_dir->path(), options)); // AppSettings on m_iniPath
        m_settings = m_fixture->settings();
        m_vault = m_fixture->vault();
        m_clip = m_fixture->clipboard();
        m_envs = m_fixture->environments();
        m_health = m_fixture->health();
        m_services = m_fixture->services();
        m_window.reset(new MainWindow(m_services));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void pageIsBuiltOnFirstShow()
    {
        QVERIFY(!m_window->findChild<SettingsPage*>());
        QVERIFY(m_window->showPageNamed(QStringLiteral("settingsPage")));
        auto* page = qobject_cast<SettingsPage*>(m_window->currentPage());
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QCOMPARE(m_window->findChildren<SettingsPage*>().size(), 1);
        QVERIFY(!m_window->showPageNamed(QStringLiteral("noSuchPage")));
        // Ctrl+, comes back to the same page from anywhere.
        m_window->showPage(m_window->tokensPage());
        // Shortcuts fire only in the active window (on X11 the window manager activates it a moment later).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        QTest::keyClick(m_window.data(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), page);
    }

    void everyPreferenceGoesToTheFileAndApplies()
    {
        const QString secret = test::makeToken();
        const QString first = add(QStringLiteral("ci"), QStringLiteral("staging"), secret);
        const QString id = add(QStringLiteral("ci 2"), QStringLiteral("staging"), test::makeToken());
        SettingsPage* page = openPage();

        type(page, "intervalSpin", "12");
        type(page, "rotationSpin", "45");
        type(page, "clipboardSpin", "15");
        type(page, "historySpin", "2500");
        QSignalSpy minimized(m_settings, &AppSettings::startMinimizedChanged);
        auto* check = page->findChild<QCheckBox*>(QStringLiteral("startMinimizedCheck"));
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QCOMPARE(minimized.count(), 1);

        // Applied at once, no restart.
        QCOMPARE(m_clip->clearDelay(), 15 * 1000);
        QCOMPARE(m_health->checkInterval(), 12 * 3600 * 1000);
        QCOMPARE(m_health->rotationAgeDays(), 45);
        QCOMPARE(m_window->tokensPage()->model()->rotationAgeDays(), 45);

        // In the file, with the documented keys.
        QSettings file(m_iniPath, QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("verification/intervalHours")).toInt(), 12);
        QCOMPARE(file.value(QStringLiteral("rotation/ageDays")).toInt(), 45);
        QCOMPARE(file.value(QStringLiteral("clipboard/clearSeconds")).toInt(), 15);
        QCOMPARE(file.value(QStringLiteral("history/maxEntries")).toInt(), 2500);
        QCOMPARE(file.value(QStringLiteral("ui/startMinimized")).toBool(), true);

        // A new AppSettings on the same file reads them back.
        AppSettings again(m_iniPath);
        QCOMPARE(again.verificationIntervalHours(), 12);
        QCOMPARE(again.rotationAgeDays(), 45);
        QCOMPARE(again.clipboardClearSeconds(), 15);
        QCOMPARE(again.historyMaxEntries(), 2500);
        QCOMPARE(again.startMinimized(), true);

        // Choosing the default token on the page goes to the vault, not to the settings file.
        page->selectEnvironment(QStringLiteral("staging"));
        auto* combo = page->findChild<QComboBox*>(QStringLiteral("defaultCombo"));
        QTRY_COMPARE(combo->count(), 2);
        QCOMPARE(m_vault->defaultFor(QStringLiteral("staging")), first); // the first one of its environment
        QCOMPARE(combo->currentData().toString(), first);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(m_vault->defaultFor(QStringLiteral("staging")), id);
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("envTable"));
        QVERIFY(table->item(table->currentRow(), 2)->text().startsWith(QStringLiteral("ci 2")));
        QVERIFY(page->bannerText().contains(QStringLiteral("default token")));

        QFile raw(m_iniPath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains("r8_"));
        QVERIFY(!bytes.contains(id.toUtf8())); // not even which token is the default
        QVERIFY(test::filesContaining(m_dir->path(), secret.toUtf8()).isEmpty());
    }

    void spinBoxesKeepToTheirRanges()
    {
        SettingsPage* page = openPage();
        type(page, "clipboardSpin", "1"); // below 5 s: fixed up by the spin box
        QCOMPARE(m_settings->clipboardClearSeconds(), AppSettings::kMinClipboardClearSeconds);
        QCOMPARE(m_clip->clearDelay(), AppSettings::kMinClipboardClearSeconds * 1000);
        type(page, "intervalSpin", "0");
        QCOMPARE(m_settings->verificationIntervalHours(), 0);
        QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("intervalSpin"))->text(), QStringLiteral("Never"));
        // A hand-edited, out-of-range value is read as the nearest allowed one.
        QSettings(m_iniPath, QSettings::IniFormat).setValue(QStringLiteral("rotation/ageDays"), 99999);
        QCOMPARE(AppSettings(m_iniPath).rotationAgeDays(), AppSettings::kMaxRotationAgeDays);
        QSettings(m_iniPath, QSettings::IniFormat)
            .setValue(QStringLiteral("rotation/ageDays"), QStringLiteral("soon"));
        QCOMPARE(AppSettings(m_iniPath).rotationAgeDays(), AppSettings::kDefaultRotationAgeDays);
    }

    void restoreDefaults()
    {
        m_settings->setClipboardClearSeconds(120);
        m_settings->setHistoryMaxEntries(50);
        SettingsPage* page = openPage();
        QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("clipboardSpin"))->value(), 120);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("restoreButton")), Qt::LeftButton);
        QCOMPARE(m_settings->clipboardClearSeconds(), AppSettings::kDefaultClipboardClearSeconds);
        QCOMPARE(m_settings->historyMaxEntries(), AppSettings::kDefaultHistoryMaxEntries);
        QCOMPARE(page->findChild<QSpinBox*>(QStringLiteral("historySpin"))->value(),
                 AppSettings::kDefaultHistoryMaxEntries);
        QCOMPARE(m_clip->clearDelay(), AppSettings::kDefaultClipboardClearSeconds * 1000);
    }

    void badBaseUrlIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("plain http elsewhere")
            << QStringLiteral("http://proxy.example.com/v1")
            << QStringLiteral("only https is allowed, except to this computer");
        QTest::newRow("not absolute")
            << QStringLiteral("proxy.example.com/v1") << QStringLiteral("not an absolute URL");
        QTest::newRow("other scheme")
            << QStringLiteral("ftp://proxy.example.com/v1") << QStringLiteral("Unsupported URL scheme");
        QTest::newRow("user info") << QStringLiteral("https://me@proxy.example.com/v1")
                                   << QStringLiteral("no query, fragment or user name");
    }

    void badBaseUrlIsRefusedWithTheReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        SettingsPage* page = openPage();
        page->selectEnvironment(QStringLiteral("staging"));
        auto* edit = page->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
        QCOMPARE(edit->text(), QStringLiteral("https://api.replicate.com/v1"));
        edit->selectAll();
        QTest::keyClicks(edit, url);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveUrlButton")), Qt::LeftButton);
        QVERIFY2(page->bannerText().contains(reason), qPrintable(page->bannerText()));
        QVERIFY(page->bannerText().contains(QStringLiteral("was not changed")));
        QVERIFY(page->bannerIsError());
        QCOMPARE(edit->text(), url); // the input is kept for fixing
        QCOMPARE(m_envs->find(QStringLiteral("staging"))->baseUrl, api::defaultApiBase());
        QVERIFY(!m_envs->find(QStringLiteral("staging"))->customUrl);
    }

    void goodBaseUrlAppliesAndResets()
    {
        SettingsPage* page = openPage();
        page->selectEnvironment(QStringLiteral("staging"));
        auto* edit = page->findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("http://127.0.0.1:8089/v1"));
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY2(!page->bannerIsError(), qPrintable(page->bannerText()));
        QCOMPARE(m_envs->find(QStringLiteral("staging"))->baseUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:8089/v1")));
        QCOMPARE(baseUrlFor(m_services, QStringLiteral("staging")),
                 QUrl(QStringLiteral("http://127.0.0.1:8089/v1")));
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("envTable"));
        QCOMPARE(table->item(table->currentRow(), 1)->text(), QStringLiteral("http://127.0.0.1:8089/v1"));
        // Another AppSettings/EnvironmentStore (e.g. the r8 CLI) sees it: it is on disk.
        api::EnvironmentStore fresh(m_dir->filePath(QStringLiteral("environments.json")));
        QVERIFY(fresh.load(nullptr));
        QCOMPARE(fresh.find(QStringLiteral("staging"))->baseUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:8089/v1")));

        auto* reset = page->findChild<QPushButton*>(QStringLiteral("resetButton"));
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(m_envs->find(QStringLiteral("staging"))->baseUrl, api::defaultApiBase());
        QCOMPARE(edit->text(), QStringLiteral("https://api.replicate.com/v1"));
        QVERIFY(!reset->isEnabled());
    }

    void addAndRemoveACustomEnvironment()
    {
        SettingsPage* page = openPage();
        auto* name = page->findChild<QLineEdit*>(QStringLiteral("newNameEdit"));
        auto* url = page->findChild<QLineEdit*>(QStringLiteral("newUrlEdit"));
        auto* addButton = page->findChild<QPushButton*>(QStringLiteral("addButton"));
        // Same name as a built-in one (any case): refused, the input kept.
        QTest::keyClicks(name, QStringLiteral("Staging"));
        QTest::keyClicks(url, QStringLiteral("https://proxy.example.com/v1"));
        QTest::mouseClick(addButton, Qt::LeftButton);
        QVERIFY(page->bannerText().contains(QStringLiteral("already an environment")));
        QCOMPARE(name->text(), QStringLiteral("Staging"));
        // A plain-http URL to another host: refused.
        name->clear();
        url->clear();
        QTest::keyClicks(name, QStringLiteral("client-x"));
        QTest::keyClicks(url, QStringLiteral("http://proxy.example.com/v1"));
        QTest::mouseClick(addButton, Qt::LeftButton);
        QVERIFY(page->bannerText().contains(QStringLiteral("only https is allowed")));
        QVERIFY(!m_envs->find(QStringLiteral("client-x")));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://proxy.example.com/v1"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY2(!page->bannerIsError(), qPrintable(page->bannerText()));
        QCOMPARE(m_envs->find(QStringLiteral("client-x"))->baseUrl,
                 QUrl(QStringLiteral("https://proxy.example.com/v1")));
        QCOMPARE(page->selectedEnvironment(), QStringLiteral("client-x"));
        QVERIFY(name->text().isEmpty());
        // The main window's environment selector knows it now.
        auto* selector = m_window->findChild<QComboBox*>(QStringLiteral("environmentCombo"));
        QVERIFY(selector->findData(QStringLiteral("client-x")) >= 0);

        // Removing it while a token carries the label asks first; declining keeps it.
        add(QStringLiteral("client app"), QStringLiteral("client-x"), test::makeToken());
        auto* remove = page->findChild<QPushButton*>(QStringLiteral("resetButton"));
        QVERIFY(remove->text().remove(QLatin1Char('&')).contains(QStringLiteral("Remove")));
        Prompt::queueAnswer(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(m_envs->find(QStringLiteral("client-x"))->customUrl);
        QVERIFY(Prompt::shownTexts().last().contains(QStringLiteral("1 token is labelled client-x")));
        Prompt::queueAnswer(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        // The label stays (a token carries it), with Replicate's API as its URL.
        QVERIFY(!m_envs->find(QStringLiteral("client-x")));
        QCOMPARE(baseUrlFor(m_services, QStringLiteral("client-x")), api::defaultApiBase());
        QCOMPARE(page->selectedEnvironment(), QStringLiteral("client-x"));
        QVERIFY(page->bannerText().contains(QStringLiteral("Removed client-x")));
    }

    void everyControlHasAnAccessibleName()
    {
        QAccessible::setActive(true);
        add(QStringLiteral("a"), QStringLiteral("production"), test::makeToken());
        SettingsPage* page = openPage();
        int checked = 0;
        QStringList nameless;
        const QList<QWidget*> widgets = page->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                     qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) ||
                                     qobject_cast<QAbstractItemView*>(w);
            // Parts of a compound control (a spin box's line edit, a table's corner button) are
            // announced through their owner.
            QWidget* owner = w->parentWidget();
            if (!interactive || !w->isVisible() || qobject_cast<QAbstractItemView*>(owner) ||
                qobject_cast<QAbstractSpinBox*>(owner) || qobject_cast<QComboBox*>(owner))
                continue;
            ++checked;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                nameless << owner->objectName() + QLatin1Char('/') + w->objectName() + QStringLiteral(" (") +
                                QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(')');
        }
        QVERIFY(checked >= 14);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
    }

private:
    SettingsPage* openPage()
    {
        if (!m_window->showPageNamed(QStringLiteral("SettingsPage")))
            return nullptr;
        auto* page = qobject_cast<SettingsPage*>(m_window->currentPage());
        if (page && !QTest::qWaitForWindowExposed(m_window.data()))
            return nullptr;
        return page;
    }
    // Types a value into a spin box as a user would: select, type, Enter.
    static void type(QWidget* page, const char* objectName, const char* text)
    {
        auto* spin = page->findChild<QSpinBox*>(QString::fromLatin1(objectName));
        QVERIFY2(spin, objectName);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::fromLatin1(text));
        QTest::keyClick(spin, Qt::Key_Return);
    }
    QString add(const QString& name, const QString& environment, const QString& secret)
    {
        QString id;
        m_vault->add({name, environment, QString(), secret}, this, [&](const TokenVault::AddResult& r) {
            id = r.ok ? r.id : QStringLiteral("failed: ") + r.error;
        });
        [&]() { QTRY_VERIFY(!id.isEmpty()); }();
        return id;
    }

    QScopedPointer<QTemporaryDir> m_dir;
    QString m_iniPath;
    QScopedPointer<test::TestServices> m_fixture;
    AppSettings* m_settings = nullptr;
    TokenVault* m_vault = nullptr;
    ClipboardGuard* m_clip = nullptr;
    api::EnvironmentStore* m_envs = nullptr;
    session::TokenHealthMonitor* m_health = nullptr;
    Services m_services;
    QScopedPointer<MainWindow> m_window;
};

QTEST_MAIN(TstSettingsGui)
#include "tst_settings_gui.moc"
