// The system tray's logic, offscreen (there is no tray here, the controller and its menu exist
// anyway): the status text and badge for all-working / stopped / due-for-rotation vaults, each
// quick action (verify all against the in-process sandbox, open composer / leak check / settings,
// show and hide, quit); the environment selector; and `r8desk --env NAME` run as a process.
#include "app/api/Environment.h"
#include "app/api/EnvironmentStore.h"
#include "app/core/AppSettings.h"
#include "app/core/Paths.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/leaks/LeakCheckPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/settings/TrayController.h"
#include "ui/tokens/TokensPage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::ui;

namespace {
TokenRecord record(const QString& id, TokenStatus status, int ageDays,
                   const QString& environment = env::Staging)
{
    TokenRecord r;
    r.id = id;
    r.name = id;
    r.environment = environment;
    r.hint = QStringLiteral("AAAA");
    r.status = status;
    r.addedAt = QDateTime::currentDateTimeUtc().addDays(-ageDays);
    return r;
}
} // namespace

class TstTray : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        test::TestServices::Options options;
        options.sandbox = true; // handed to the window only by makeWindow(true)
        options.health = true;
        m_fixture.reset(new test::TestServices(m_dir->path(), options));
        m_settings = m_fixture->settings();
        m_vault = m_fixture->vault();
        m_sandbox = m_fixture->sandbox();
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void statusText_data()
    {
        QTest::addColumn<QList<TokenRecord>>("records");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        const int ok = int(TrayController::Level::Ok), attention = int(TrayController::Level::Attention),
                  problem = int(TrayController::Level::Problem);
        QTest::newRow("empty") << QList<TokenRecord>{} << QStringLiteral("No tokens stored yet") << ok;
        QTest::newRow("one works") << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::Valid, 1)}
                                   << QStringLiteral("The token works") << ok;
        QTest::newRow("all work") << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::Valid, 1),
                                                        record(QStringLiteral("b"), TokenStatus::Valid, 2),
                                                        record(QStringLiteral("c"), TokenStatus::Valid, 3),
                                                        record(QStringLiteral("d"), TokenStatus::Valid, 4)}
                                  << QStringLiteral("All 4 tokens work") << ok;
        QTest::newRow("stopped") << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::Valid, 1),
                                                       record(QStringLiteral("b"),
                                                              TokenStatus::StoppedWorking, 2)}
                                 << QStringLiteral("1 token stopped working") << problem;
        QTest::newRow("due") << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::Valid, 120),
                                                   record(QStringLiteral("b"), TokenStatus::Valid, 91),
                                                   record(QStringLiteral("c"), TokenStatus::Valid, 10)}
                             << QStringLiteral("2 tokens are due for rotation") << attention;
        QTest::newRow("stopped and due")
            << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::StoppedWorking, 1),
                                  record(QStringLiteral("b"), TokenStatus::StoppedWorking, 1),
                                  record(QStringLiteral("c"), TokenStatus::Valid, 200)}
            << QStringLiteral("2 tokens stopped working\n1 token is due for rotation") << problem;
        QTest::newRow("rejected") << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::Rejected, 1)}
                                  << QStringLiteral("1 token is rejected by the API") << problem;
        QTest::newRow("unchecked") << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::Unknown, 1),
                                                         record(QStringLiteral("b"), TokenStatus::Unreachable,
                                                                1)}
                                   << QStringLiteral("2 tokens stored, none verified yet") << ok;
        QTest::newRow("some checked")
            << QList<TokenRecord>{record(QStringLiteral("a"), TokenStatus::Valid, 1),
                                  record(QStringLiteral("b"), TokenStatus::Unknown, 1)}
            << QStringLiteral("1 of 2 tokens verified as working") << ok;
    }

    void statusText()
    {
        QFETCH(QList<TokenRecord>, records);
        QFETCH(QString, text);
        QFETCH(int, level);
        const auto status = TrayController::statusFor(records, 90, QDateTime::currentDateTimeUtc());
        QCOMPARE(status.lines.join(QLatin1Char('\n')), text);
        QCOMPARE(int(status.level), level);
    }

    void statusFollowsTheVaultAndTheRotationAge()
    {
        // A vault on disk with two old tokens, as a user would have after a few months.
        VaultData data;
        data.records = {record(QStringLiteral("old1"), TokenStatus::Valid, 120),
                        record(QStringLiteral("old2"), TokenStatus::Valid, 100),
                        record(QStringLiteral("new"), TokenStatus::Valid, 3)};
        QFile f(m_dir->filePath(QStringLiteral("tokens.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(vaultToJson(data));
        f.close();
        QVERIFY(m_vault->load(nullptr));
        makeWindow(false);
        TrayController* tray = m_window->trayController();
        QVERIFY(tray);
        QCOMPARE(tray->statusText(), QStringLiteral("2 tokens are due for rotation"));
        QCOMPARE(tray->status().level, TrayController::Level::Attention);
        QCOMPARE(tray->statusAction()->text(), QStringLiteral("2 tokens are due for rotation"));
        QVERIFY(tray->toolTip().endsWith(QStringLiteral("2 tokens are due for rotation")));
        // The badge changes the icon only when something needs attention.
        QIcon base(QPixmap(32, 32));
        QVERIFY(tray->icon(base).cacheKey() != base.cacheKey());

        // A longer rotation age applies at once.
        QSignalSpy changed(tray, &TrayController::statusChanged);
        m_settings->setRotationAgeDays(110);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(tray->statusText(), QStringLiteral("1 token is due for rotation"));
        m_settings->setRotationAgeDays(365);
        QCOMPARE(tray->statusText(), QStringLiteral("All 3 tokens work"));
        QCOMPARE(tray->icon(base).cacheKey(), base.cacheKey());

        // A token stops working: the status says so.
        QVERIFY(m_vault
                    ->updateStatus(QStringLiteral("new"), TokenStatus::StoppedWorking, QString(),
                                   QStringLiteral("disabled"), QDateTime::currentDateTimeUtc())
                    .ok);
        QCOMPARE(tray->statusText(), QStringLiteral("1 token stopped working"));
        QCOMPARE(tray->status().level, TrayController::Level::Problem);
    }

    void verifyAllAgainstTheSandbox()
    {
        makeWindow(true);
        QSignalSpy started(m_sandbox, &session::SandboxSession::started);
        m_sandbox->start(50.0);
        QVERIFY(started.count() == 1 || started.wait(10000));
        const auto demo = m_sandbox->server()->tokens();
        const QString ok = add(QStringLiteral("ci"), demo.at(1).token);
        const QString bogus = add(QStringLiteral("bogus"), test::makeToken());
        TrayController* tray = m_window->trayController();
        QVERIFY(tray->verifyAllAction()->isVisible());
        QVERIFY2(tray->statusText().endsWith(QStringLiteral("tokens stored, none verified yet")),
                 qPrintable(tray->statusText()));
        QSignalSpy finished(m_window->tokensPage(), &TokensPage::verificationFinished);
        tray->verifyAllAction()->trigger();
        QVERIFY(finished.wait(15000));
        QCOMPARE(m_vault->record(ok)->status, TokenStatus::Valid);
        QCOMPARE(m_vault->record(bogus)->status, TokenStatus::Rejected);
        QCOMPARE(tray->statusText(), QStringLiteral("1 token is rejected by the API"));
    }

    void quickActionsShowTheirPages()
    {
        makeWindow(false);
        TrayController* tray = m_window->trayController();
        QVERIFY(!m_window->findChild<LeakCheckPage*>()); // made on first use
        tray->leakCheckAction()->trigger();
        QVERIFY(qobject_cast<LeakCheckPage*>(m_window->currentPage()));
        QCOMPARE(m_window->currentPage(), m_window->leakCheckPage());

        // The composer page is added by its own feature with the object name "composerPage".
        if (!m_window->showPageNamed(QStringLiteral("composerPage"))) {
            auto* stub = new QWidget;
            stub->setObjectName(QStringLiteral("composerPage"));
            m_window->addPage(stub, QStringLiteral("Composer"), QStringLiteral("stand-in"));
        }
        emit tray->menu()->aboutToShow(); // the menu checks what exists each time it opens
        QVERIFY(tray->composerAction()->isVisible());
        tray->composerAction()->trigger();
        QCOMPARE(m_window->currentPage()->objectName().toLower(), QStringLiteral("composerpage"));

        tray->settingsAction()->trigger();
        QVERIFY(qobject_cast<SettingsPage*>(m_window->currentPage()));

        // Show/hide: from a hidden window (started minimised to the tray) and back.
        QVERIFY(m_window->isVisible());
        emit tray->menu()->aboutToShow();
        QCOMPARE(tray->showHideAction()->text(), QStringLiteral("&Hide r8desk"));
        tray->showHideAction()->trigger();
        QVERIFY(!m_window->isVisible());
        QCOMPARE(tray->showHideAction()->text(), QStringLiteral("&Show r8desk"));
        tray->showHideAction()->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
        // A quick action on a hidden window brings it forward.
        m_window->hide();
        tray->leakCheckAction()->trigger();
        QVERIFY(m_window->isVisible());

        QSignalSpy quit(m_window.data(), &MainWindow::quitRequested);
        tray->quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void environmentSelectorFiltersTheTokens()
    {
        makeWindow(false);
        const QString staging = add(QStringLiteral("s"), test::makeToken(), env::Staging);
        const QString prod1 = add(QStringLiteral("p1"), test::makeToken(), env::Production);
        const QString prod2 = add(QStringLiteral("p2"), test::makeToken(), env::Production);
        auto* table = m_window->tokensPage()->findChild<QTableView*>(QStringLiteral("table"));
        auto visibleIds = [&]() {
            QStringList ids;
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (!table->isRowHidden(row))
                    ids << m_vault->records().at(row).id;
            }
            return ids;
        };
        QCOMPARE(visibleIds().size(), 3);
        QSignalSpy changed(m_window.data(), &MainWindow::environmentChanged);
        QVERIFY(m_window->setEnvironment(QStringLiteral("PRODUCTION")));
        QCOMPARE(m_window->environment(), QStringLiteral("production"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("production"));
        QCOMPARE(visibleIds(), (QStringList{prod1, prod2}));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("production")));
        QVERIFY(m_window->tokensPage()->selectedId() == prod1 ||
                m_window->tokensPage()->selectedId() == prod2);
        auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("environmentCombo"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("production"));
        // New tokens follow the filter.
        const QString staging2 = add(QStringLiteral("s2"), test::makeToken(), env::Staging);
        QCOMPARE(visibleIds(), (QStringList{prod1, prod2}));
        // Unknown: refused, nothing changes.
        QVERIFY(!m_window->setEnvironment(QStringLiteral("nope")));
        QCOMPARE(m_window->environment(), QStringLiteral("production"));
        // From the selector, as a user would.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        QCOMPARE(m_window->environment(), QString());
        QCOMPARE(visibleIds(), (QStringList{staging, prod1, prod2, staging2}));
        QCOMPARE(changed.count(), 2);
    }

    void commandLineEnvironment_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("well-known") << QStringLiteral("staging") << 0;
        QTest::newRow("any case") << QStringLiteral("Production") << 0;
        QTest::newRow("custom, from environments.json") << QStringLiteral("client-x") << 0;
        QTest::newRow("unknown") << QStringLiteral("nope") << 2;
    }

    void commandLineEnvironment()
    {
        QFETCH(QString, name);
        QFETCH(int, exitCode);
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("data/r8desk"))));
        api::Environment custom;
        custom.name = QStringLiteral("client-x");
        custom.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/v1"));
        QFile file(home.filePath(QStringLiteral("data/r8desk/environments.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(api::environmentsToJson({custom}));
        file.close();

        QProcess app;
        app.setProcessEnvironment(env);
        app.start(qEnvironmentVariable("R8DESK"),
                  {QStringLiteral("--env"), name, QStringLiteral("--exit-after-first-paint")});
        QVERIFY(app.waitForFinished(30000));
        const QByteArray out = app.readAllStandardOutput();
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == exitCode, err.constData());
        if (exitCode == 0) {
            QVERIFY2(out.contains("first paint"), out.constData());
            QVERIFY2(out.contains("environment: " + name.toLower().toUtf8()), out.constData());
        } else {
            QVERIFY2(!out.contains("first paint"), out.constData()); // no window
            QVERIFY2(err.contains("unknown environment"), err.constData());
            QVERIFY2(err.contains("nope"), err.constData());
            QVERIFY2(err.contains("client-x"), err.constData()); // it lists the known ones
        }
    }

private:
    void makeWindow(bool withSandbox)
    {
        if (!withSandbox)
            m_fixture->services().sandbox = nullptr; // for the window and the verifier's base URLs
        m_services = m_fixture->services();
        m_window.reset(new MainWindow(m_services));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    }
    QString add(const QString& name, const QString& secret, const QString& environment = env::Sandbox)
    {
        QString id;
        m_vault->add({name, environment, QString(), secret}, this, [&](const TokenVault::AddResult& r) {
            id = r.ok ? r.id : QStringLiteral("failed: ") + r.error;
        });
        [&]() { QTRY_VERIFY(!id.isEmpty()); }();
        return id;
    }

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<test::TestServices> m_fixture;
    AppSettings* m_settings = nullptr;
    TokenVault* m_vault = nullptr;
    session::SandboxSession* m_sandbox = nullptr;
    Services m_services;
    QScopedPointer<MainWindow> m_window;
};

QTEST_MAIN(TstTray)
#include "tst_tray.moc"
