// The window and its state on a real desktop, offscreen: no page raises the window's minimum size
// (and the minimum of each page's content, at the default and a 12 pt font, is printed for the
// record), geometry / splitters / last page survive a restart and a saved geometry larger than the
// screen is fitted to it, the Tokens page's filter (Ctrl+F), one environment for the whole window
// (Try the sandbox, Add token's default), leak-check findings kept without the token, and the
// sandbox started again when its environment is used after a restart.
#include "app/api/ApiClient.h"
#include "app/api/EnvironmentStore.h"
#include "app/core/AppSettings.h"
#include "app/core/Paths.h"
#include "app/scan/FindingsStore.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/WindowStateKeeper.h"
#include "ui/common/BaseUrls.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::ui;

class TstWindowState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void init()
    {
        m_dir.reset(new QTemporaryDir);
        test::TestServices::Options options;
        options.verifier = false;
        m_fixture.reset(new test::TestServices(m_dir->path(), options));
        m_vault = m_fixture->vault();
        m_envs = m_fixture->environments();
    }

    void cleanup() { m_fixture.reset(); }

    // Whatever a page holds, the window's minimum size stays what the frame needs, and showing
    // every page or a long banner never resizes the window.
    void noPageRaisesTheWindowsMinimum()
    {
        for (const qreal points : {qreal(0), qreal(12)}) {
            const QFont before = QApplication::font();
            if (points > 0) {
                QFont f = before;
                f.setPointSizeF(points);
                QApplication::setFont(f);
            }
            api::ApiClient client; // with a client: the Composer and History pages too
            Services s = services();
            s.client = &client;
            MainWindow w(s);
            w.resize(800, 500);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const QSize minimum = w.minimumSizeHint();
            QVERIFY2(minimum.width() <= 400 && minimum.height() <= 300,
                     qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
            auto* nav = w.findChild<QListWidget*>(QStringLiteral("nav"));
            for (int i = 0; i < nav->count(); ++i) {
                nav->setCurrentRow(i);
                QCoreApplication::processEvents();
                QWidget* page = w.currentPage();
                QVERIFY(page);
                QCOMPARE(w.size(), QSize(800, 500));
                QCOMPARE(w.minimumSizeHint(), minimum);
                qInfo("%s font: %s — window minimum %dx%d, the page scrolls below %dx%d",
                      points > 0 ? "12 pt" : "default", qPrintable(nav->item(i)->text()), minimum.width(),
                      minimum.height(), page->minimumSizeHint().width(), page->minimumSizeHint().height());
            }
            w.tokensPage()->showBanner(
                QString(QStringLiteral("A very long message without a break ")).repeated(40), true);
            QCoreApplication::processEvents();
            QCOMPARE(w.size(), QSize(800, 500));
            QCOMPARE(w.minimumSizeHint(), minimum);
            QApplication::setFont(before);
        }
    }

    // Geometry, every named splitter and the last page come back; a geometry saved on a bigger
    // screen is fitted to this one.
    void stateSurvivesARestart()
    {
        const QString ini = m_dir->filePath(QStringLiteral("window.ini"));
        const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
        QList<int> sizes;
        {
            QMainWindow w;
            auto* splitter = new QSplitter(Qt::Vertical);
            splitter->setObjectName(QStringLiteral("testSplitter"));
            splitter->addWidget(new QWidget);
            splitter->addWidget(new QWidget);
            w.setCentralWidget(splitter);
            WindowStateKeeper keeper(&w, ini);
            keeper.restoreGeometry();
            QVERIFY(w.width() <= room.width() && w.height() <= room.height());
            w.resize(room.width() / 2, room.height() / 2);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            keeper.restoreSplitters(&w);
            splitter->setSizes({50, splitter->height() - 50});
            sizes = splitter->sizes();
            keeper.setLastPage(QStringLiteral("HistoryPage"));
            keeper.save();
        }
        {
            QMainWindow w;
            auto* splitter = new QSplitter(Qt::Vertical);
            splitter->setObjectName(QStringLiteral("testSplitter"));
            splitter->addWidget(new QWidget);
            splitter->addWidget(new QWidget);
            w.setCentralWidget(splitter);
            WindowStateKeeper keeper(&w, ini);
            keeper.restoreGeometry();
            QCOMPARE(w.size(), QSize(room.width() / 2, room.height() / 2));
            QCOMPARE(keeper.lastPage(), QStringLiteral("HistoryPage"));
            w.show(); // polished as it is shown: its position comes back once laid out
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTRY_COMPARE(splitter->sizes(), sizes);
            // Saved on a bigger screen: fitted to this one.
            w.resize(room.width() * 2, room.height() * 2);
            keeper.save();
        }
        {
            QMainWindow w;
            WindowStateKeeper keeper(&w, ini);
            keeper.restoreGeometry();
            QVERIFY2(w.width() <= room.width() && w.height() <= room.height(),
                     qPrintable(QStringLiteral("%1x%2").arg(w.width()).arg(w.height())));
        }
        QCOMPARE(WindowStateKeeper::splitterKey(nullptr), QString());
    }

    // Ctrl+F filters by name, environment, account or last four; the sidebar's environment
    // narrows it further; Add token offers the window's environment (never "sandbox").
    void filterAndOneEnvironment()
    {
        add(QStringLiteral("shop"), QStringLiteral("production"));
        add(QStringLiteral("laptop"), QStringLiteral("development"));
        add(QStringLiteral("ci"), QStringLiteral("staging"));
        Services s = services();
        MainWindow w(s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* table = w.tokensPage()->findChild<QTableView*>(QStringLiteral("table"));
        auto* filter = w.tokensPage()->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
        QVERIFY(table && filter);
        const auto shown = [table]() {
            int n = 0;
            for (int r = 0; r < table->model()->rowCount(); ++r)
                n += table->isRowHidden(r) ? 0 : 1;
            return n;
        };
        QCOMPARE(shown(), 3);
        w.activateWindow();
        w.tokensPage()->filterAction()->trigger();
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("lap"));
        QCOMPARE(shown(), 1);
        filter->setText(QStringLiteral("staging"));
        QCOMPARE(shown(), 1);
        const QString four = m_lastToken.right(4);
        filter->setText(four);
        QVERIFY(shown() >= 1);
        filter->clear();
        QVERIFY(w.setEnvironment(QStringLiteral("production")));
        QCOMPARE(shown(), 1);
        QCOMPARE(w.tokensPage()->environment(), QStringLiteral("production"));
        QVERIFY(w.setEnvironment(QString()));
        QCOMPARE(shown(), 3);
        QVERIFY(!w.setEnvironment(QStringLiteral("no-such-environment")));
    }

    void tryTheSandboxChoosesItsEnvironment()
    {
        session::SandboxSession sandbox(m_vault, m_envs);
        Services s = services();
        s.sandbox = &sandbox;
        MainWindow w(s);
        QSignalSpy started(w.tokensPage(), &TokensPage::sandboxStarted);
        w.tokensPage()->trySandbox();
        QVERIFY(started.wait(10000));
        QCOMPARE(w.environment(), QStringLiteral("sandbox"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("sandbox")));
    }

    // The sandbox's environment was set up by an earlier run; its server is gone: using the
    // environment starts it again, with the same demo token, and the environment follows the port.
    void sandboxComesBackAfterARestart()
    {
        QString tokenId;
        QUrl first;
        {
            session::SandboxSession sandbox(m_vault, m_envs);
            QSignalSpy started(&sandbox, &session::SandboxSession::started);
            sandbox.start();
            QVERIFY(started.wait(10000));
            tokenId = started.at(0).at(1).toString();
            first = sandbox.baseUrl();
        } // r8desk quits: the server goes away, the environment still points at its port
        QCOMPARE(m_envs->find(QStringLiteral("sandbox"))->baseUrl, first);
        session::SandboxSession again(m_vault, m_envs);
        Services s = services();
        s.sandbox = &again;
        QSignalSpy started(&again, &session::SandboxSession::started);
        const QUrl url = baseUrlFor(s, QStringLiteral("sandbox"));
        QVERIFY(again.isRunning());
        QCOMPARE(url, again.baseUrl());
        QCOMPARE(m_envs->find(QStringLiteral("sandbox"))->baseUrl, url);
        QVERIFY(started.wait(10000));
        QCOMPARE(started.at(0).at(1).toString(), tokenId); // the same demo token, not a second one
        // Never started: nothing is started.
        api::EnvironmentStore fresh(m_dir->filePath(QStringLiteral("fresh.json")));
        session::SandboxSession never(m_vault, &fresh);
        QVERIFY(!never.ensureRunning().isValid());
        QVERIFY(!never.isRunning());
    }

    // Findings are kept without the token, until dismissed or the token is deleted.
    void findingsAreKeptWithoutTheToken()
    {
        const QString id = add(QStringLiteral("shop"), QStringLiteral("production"));
        const QString path = m_dir->filePath(QStringLiteral("findings.json"));
        scan::Finding known;
        known.path = QStringLiteral("/home/me/app/.env");
        known.line = 3;
        known.source = QStringLiteral("env");
        known.secret = m_lastToken;
        known.masked = QStringLiteral("r8_••••…") + m_lastToken.right(4);
        known.recordId = id;
        scan::Finding unknown = known;
        unknown.path = QStringLiteral("/home/me/.bash_history");
        unknown.kind = scan::Finding::Kind::ShellHistory;
        unknown.recordId.clear();
        {
            scan::FindingsStore store(path, m_vault);
            QVERIFY(store.load());
            QVERIFY(store.replaceAll({known, unknown}));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(m_lastToken.toUtf8()));
        QVERIFY(text.contains(known.masked.toUtf8()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        file.close();

        scan::FindingsStore store(path, m_vault);
        QVERIFY(store.load());
        QCOMPARE(store.findings().size(), 2);
        QCOMPARE(store.exposedRecordIds(), QSet<QString>{id});
        QVERIFY(store.findings().at(0).secret.isEmpty());
        QCOMPARE(store.findings().at(0).location(), known.location());
        // The window marks the token exposed from the start.
        Services s = services();
        s.findings = &store;
        MainWindow w(s);
        QVERIFY(w.tokensPage()->model()->isExposed(id));
        // Dismissed: gone, and kept gone.
        QVERIFY(store.dismiss(unknown));
        QCOMPARE(store.findings().size(), 1);
        // The token deleted: its finding goes, and the mark with it.
        QSignalSpy changed(&store, &scan::FindingsStore::changed);
        bool removed = false;
        m_vault->remove(id, this, [&removed](const TokenVault::Outcome& o) { removed = o.ok; });
        QTRY_VERIFY(removed);
        QTRY_VERIFY(changed.count() > 0);
        QVERIFY(store.findings().isEmpty());
        QVERIFY(!w.tokensPage()->model()->isExposed(id));
        scan::FindingsStore reread(path, m_vault);
        QVERIFY(reread.load());
        QVERIFY(reread.findings().isEmpty());
        // A damaged file is reported, not trusted.
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"findings\": [{\"path\": \"/x\", \"token\": "
                  "\"r8_plaintexttokenplaintexttokenplaintext1\"}], ");
        bad.close();
        QString error;
        QVERIFY(!reread.load(&error));
        QVERIFY(!error.isEmpty());
        // A hand-edited file holding a whole token: the token is not taken in.
        QVERIFY(scan::FindingsStore::fromJson("{\"findings\": [{\"path\": \"/x\", \"token\": "
                                              "\"r8_plaintexttokenplaintexttokenplaintext1\"}]}")
                    .isEmpty());
    }

private:
    // Vault, clipboard, environments and settings; each test adds what it is about.
    Services services()
    {
        Services s = m_fixture->services();
        s.client = nullptr;
        return s;
    }

    QString add(const QString& name, const QString& environment)
    {
        m_lastToken = test::makeToken();
        QString id;
        m_vault->add({name, environment, QString(), m_lastToken}, this,
                     [&id](const TokenVault::AddResult& r) { id = r.id; });
        [&]() { QTRY_VERIFY(!id.isEmpty()); }();
        return id;
    }

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<test::TestServices> m_fixture;
    TokenVault* m_vault = nullptr;
    api::EnvironmentStore* m_envs = nullptr;
    QString m_lastToken;
};

QTEST_MAIN(TstWindowState)
#include "tst_window_state.moc"
