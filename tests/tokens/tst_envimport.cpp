// .env import: scanning files, storing chosen tokens, rewriting the files in place.
#include "app/vault/EnvImport.h"
#include "app/vault/MemorySecretStore.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;

class TstEnvImport : public QObject
{
    Q_OBJECT
private slots:
    void scanFindsAndSuggests()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("shop")));
        const QString tok = test::makeToken();
        const QString p = dir.filePath(QStringLiteral("shop/.env.production"));
        write(p, "DEBUG=0\r\nexport REPLICATE_API_TOKEN=\"" + tok.toUtf8() + "\"\r\n");
        const EnvScan scan = scanEnvFiles({p, dir.filePath(QStringLiteral("missing.env")), dir.path()});
        QCOMPARE(scan.findings.size(), 1);
        const EnvFinding& f = scan.findings.first();
        QCOMPARE(f.line, 2);
        QCOMPARE(f.secret, tok);
        QCOMPARE(f.suggestedName, QStringLiteral("shop"));
        QCOMPARE(f.suggestedEnvironment, QStringLiteral("production"));
        QVERIFY(!f.masked.contains(tok));
        QCOMPARE(scan.errors.size(), 2);
        QVERIFY(scan.errors.at(0).contains(QStringLiteral("no such file")));
        QVERIFY(scan.errors.at(1).contains(QStringLiteral("folder")));
    }

    void unreadableFileIsReported()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral(".env"));
        write(p, "REPLICATE_API_TOKEN=" + test::makeToken().toUtf8() + "\n");
        QVERIFY(QFile::setPermissions(p, QFileDevice::Permissions()));
        QFile probe(p);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("this user (root) can read files whatever their mode");
        const EnvScan scan = scanEnvFiles({p});
        QVERIFY(scan.findings.isEmpty());
        QCOMPARE(scan.errors.size(), 1);
        QVERIFY(scan.errors.first().contains(QStringLiteral("cannot be read")));
    }

    void rewriteKeepsBytesAndPermissions()
    {
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        const QString p = dir.filePath(QStringLiteral(".env"));
        const QByteArray before = "# settings\r\nA=1\r\nREPLICATE_API_TOKEN=" + tok.toUtf8() + "\r\nB=2";
        write(p, before);
        QVERIFY(QFile::setPermissions(p, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadGroup));
        QCOMPARE(commentOutToken(p, tok, QStringLiteral("proj")), QString());
        const QByteArray after = read(p);
        QVERIFY(!after.contains(tok.toUtf8()));
        QVERIFY(after.startsWith("# settings\r\nA=1\r\n# REPLICATE_API_TOKEN moved to the OS keychain"));
        QVERIFY(after.endsWith("\r\nB=2"));
        QCOMPARE(QFile::permissions(p), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadUser |
                                            QFileDevice::WriteUser);
        // No backup or temporary copy is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral(".env")});
        QVERIFY(test::filesContaining(dir.path(), tok.toUtf8()).isEmpty());
    }

    void rewriteThroughSymlinkKeepsLink()
    {
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        const QString target = dir.filePath(QStringLiteral("real.env"));
        const QString link = dir.filePath(QStringLiteral(".env"));
        write(target, "REPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        QVERIFY(QFile::link(target, link));
        QCOMPARE(commentOutToken(link, tok, QStringLiteral("proj")), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        QVERIFY(!read(target).contains(tok.toUtf8()));
    }

    void rewriteRefusesChangedFile()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral(".env"));
        write(p, "A=1\n");
        const QString err = commentOutToken(p, test::makeToken(), QStringLiteral("x"));
        QVERIFY(err.contains(QStringLiteral("changed since")));
        QCOMPARE(read(p), QByteArray("A=1\n"));
    }

    void importerStoresAndRewrites()
    {
        QTemporaryDir dir;
        QDir().mkpath(dir.filePath(QStringLiteral("app1")));
        const QString tok = test::makeToken();
        const QString p = dir.filePath(QStringLiteral("app1/.env"));
        write(p, "REPLICATE_API_TOKEN=" + tok.toUtf8() + "\nREPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("data/tokens.json")));
        const EnvScan scan = scanEnvFiles({p});
        QCOMPARE(scan.findings.size(), 2);
        EnvImporter importer(&vault);
        QSignalSpy finished(&importer, &EnvImporter::finished);
        QList<EnvImporter::Item> items;
        items.append({scan.findings.at(0), QStringLiteral("app1"), QStringLiteral("staging"), true});
        items.append({scan.findings.at(1), QStringLiteral("app1 again"), QStringLiteral("staging"), true});
        importer.run(items);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        const auto results = finished.first().first().value<QList<EnvImporter::ItemResult>>();
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).stored);
        QVERIFY(results.at(0).rewritten);
        QVERIFY(results.at(1).alreadyStored); // same secret: not stored twice
        QCOMPARE(results.at(1).storedAs, QStringLiteral("app1"));
        QCOMPARE(vault.records().size(), 1);
        QCOMPARE(vault.records().first().environment, QStringLiteral("staging"));
        QVERIFY(!read(p).contains(tok.toUtf8()));
        QCOMPARE(read(p).count("moved to the OS keychain by r8desk as app1 "), 2);
    }

private:
    static void write(const QString& p, const QByteArray& b)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b);
    }
    static QByteArray read(const QString& p)
    {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TstEnvImport)
#include "tst_envimport.moc"
