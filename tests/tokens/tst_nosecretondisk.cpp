// After the add, import, copy and delete flows — GUI, CLI and core, against the real keychain —
// no file under the test's HOME/XDG tree contains any of the tokens.
#include "app/core/AppInfo.h"
#include "app/core/Paths.h"
#include "app/vault/EnvImport.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/tokens/TokensPage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace r8;

class TstNoSecretOnDisk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        m_home = qEnvironmentVariable("R8_TEST_HOME");
        if (m_home.isEmpty())
            QFAIL("run through tests/run-headless.sh (it sets a throwaway HOME as R8_TEST_HOME)");
        QVERIFY(QDir::homePath() == m_home);
    }

    void flowsLeaveNoSecret()
    {
        KeychainSecretStore store(QString::fromLatin1(appinfo::kKeychainService));
        test::TestServices::Options options;
        options.store = &store; // the real keychain
        options.verifier = false;
        options.settings = false;
        test::TestServices fixture(appDataDir(), options); // the vault on TokenVault::defaultMetadataPath()
        TokenVault& vault = *fixture.vault();
        QCOMPARE(vault.metadataPath(), TokenVault::defaultMetadataPath());
        QString err;
        QVERIFY2(vault.load(&err), qPrintable(err));
        QVERIFY(vault.metadataPath().startsWith(m_home));
        QStringList tokens;

        // 1. add (core, as the Add dialog does)
        const QString t1 = test::makeToken();
        tokens << t1;
        bool done = false;
        QString id1;
        vault.add({QStringLiteral("nosecret-add"), QStringLiteral("development"), QString(), t1}, this,
                  [&](const TokenVault::AddResult& r) {
                      QVERIFY2(r.ok, qPrintable(r.error));
                      id1 = r.id;
                      done = true;
                  });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);

        // 2. import from a .env file in a project folder under HOME, with the rewrite
        const QString t2 = test::makeToken();
        tokens << t2;
        const QString project = m_home + QStringLiteral("/projects/shop");
        QVERIFY(QDir().mkpath(project));
        QFile env(project + QStringLiteral("/.env"));
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write("PORT=8080\nexport REPLICATE_API_TOKEN=\"" + t2.toUtf8() + "\"\n");
        env.close();
        const EnvScan scan = scanEnvFiles({env.fileName()});
        QCOMPARE(scan.findings.size(), 1);
        EnvImporter importer(&vault);
        QSignalSpy finished(&importer, &EnvImporter::finished);
        importer.run({{scan.findings.first(), QStringLiteral("shop"), QStringLiteral("production"), true}});
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        const auto results = finished.first().first().value<QList<EnvImporter::ItemResult>>();
        QVERIFY(results.first().stored);
        QVERIFY(results.first().rewritten);

        // 3. the CLI: add from standard input
        const QString t3 = test::makeToken();
        tokens << t3;
        QProcess cli;
        cli.start(qEnvironmentVariable("R8_CLI"),
                  {QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("cli-added"),
                   QStringLiteral("--env"), QStringLiteral("staging")});
        QVERIFY(cli.waitForStarted());
        cli.write(t3.toUtf8() + "\n");
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(!cli.readAll().contains(t3.toUtf8()));
        QVERIFY(vault.load(&err));
        // Other suites may use the same test HOME at the same time: look at our own records only.
        QStringList ours;
        for (const QString& name :
             {QStringLiteral("nosecret-add"), QStringLiteral("shop"), QStringLiteral("cli-added")}) {
            const auto rec = vault.findByName(name);
            QVERIFY2(rec.has_value(), qPrintable(name));
            ours.append(rec->id);
        }

        // 4. copy through the Tokens page (clipboard marked as secret, cleared afterwards)
        ui::ClipboardGuard& clipboard = *fixture.clipboard();
        clipboard.setClearDelay(300);
        ui::MainWindow window(ui::Services{&vault, &clipboard});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.tokensPage()->selectId(id1);
        QSignalSpy copied(window.tokensPage(), &ui::TokensPage::copied);
        window.tokensPage()->copySelected();
        QVERIFY(copied.wait(20000));
        QVERIFY(QApplication::clipboard()->text() == t1);
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 5000);

        // 5. delete ours, through the vault (the GUI path is covered by tst_tokens_gui)
        for (const QString& id : std::as_const(ours)) {
            done = false;
            vault.remove(id, this, [&](const TokenVault::Outcome& o) {
                QVERIFY2(o.ok, qPrintable(o.error));
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }
        for (const QString& t : tokens)
            QVERIFY(!test::secretToolSearch(QStringLiteral("r8desk")).contains(t));

        // Finally: nothing anywhere under HOME (app data, config, cache, keyrings, the project).
        for (const QString& t : std::as_const(tokens)) {
            const QStringList hits = test::filesContaining(m_home, t.toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(','))));
        }
    }

private:
    QString m_home;
};

QTEST_MAIN(TstNoSecretOnDisk)
#include "tst_nosecretondisk.moc"
