// With no reachable Secret Service, every keychain operation fails with a clear, specific
// message; nothing is written in plain text instead, and the token list is untouched.
#include "app/core/AppInfo.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;

class TstKeychainMissing : public QObject
{
    Q_OBJECT
private slots:
    void vaultReportsNoService()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(QString::fromLatin1(appinfo::kKeychainService));
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        const QString tok = test::makeToken();
        TokenVault::AddResult res;
        bool done = false;
        vault.add({QStringLiteral("x"), QString(), QString(), tok}, this,
                  [&](const TokenVault::AddResult& r) {
                      res = r;
                      done = true;
                  });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!res.ok);
        QVERIFY2(res.error.contains(QStringLiteral("No OS keychain is reachable")), qPrintable(res.error));
        QVERIFY(res.error.contains(QStringLiteral("Secret Service")));
        QVERIFY(!res.error.contains(tok));
        QVERIFY(vault.records().isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("tokens.json"))));
        QVERIFY(test::filesContaining(dir.path(), tok.toUtf8()).isEmpty());
    }

    void cliExitsWithKeychainCode()
    {
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("R8_CLI"),
                {QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("ci")});
        QVERIFY(p.waitForStarted());
        const QString tok = test::makeToken();
        p.write(tok.toUtf8() + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 3);
        QVERIFY2(err.contains(QStringLiteral("No OS keychain is reachable")), qPrintable(err));
        QVERIFY(!err.contains(tok));
        QVERIFY(test::filesContaining(home.path(), tok.toUtf8()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstKeychainMissing)
#include "tst_keychain_missing.moc"
