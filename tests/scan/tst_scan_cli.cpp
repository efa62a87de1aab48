// `r8 scan` as a user (or a pre-commit hook) runs it: exit codes, output formats, and no whole
// token in stdout or stderr.
#include "app/core/Redact.h"
#include "tests/scan/ScanTestUtil.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using test::writeFile;

namespace {
struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run runR8(const QStringList& args, const QString& workDir = QString())
{
    QProcess p;
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/app/r8"), args);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TstScanCli : public QObject
{
    Q_OBJECT
private slots:
    void cleanTreeExitsZero()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "r8_short and nothing else\n"));
        const Run r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("No exposed token found."));
    }

    void findingsExitOneWithoutWholeTokens()
    {
        QTemporaryDir dir;
        const QString a = test::makeToken(), b = test::makeToken();
        QVERIFY(writeFile(dir.filePath(QStringLiteral(".env")), "REPLICATE_API_TOKEN=" + a.toUtf8() + "\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("src/x.py")), "\n\nT = '" + b.toUtf8() + "'\n"));
        for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--json")},
                                         QStringList{QStringLiteral("--markdown")}}) {
            const Run r = runR8(QStringList{QStringLiteral("scan"), dir.path()} + extra);
            QCOMPARE(r.code, 1);
            for (const QString& t : {a, b}) {
                QVERIFY2(!r.out.contains(t.toUtf8()) && !r.err.contains(t.toUtf8()),
                         "a whole token was printed");
                QVERIFY(QString::fromUtf8(r.out).contains(maskToken(t)));
            }
            if (extra.isEmpty())
                QVERIFY(r.out.contains("x.py:3"));
            if (extra.value(0) == QLatin1String("--json")) {
                const QJsonObject o = QJsonDocument::fromJson(r.out).object();
                QCOMPARE(o.value(QLatin1String("findings")).toArray().size(), 2);
                QCOMPARE(
                    o.value(QLatin1String("counts")).toObject().value(QLatin1String("files_scanned")).toInt(),
                    2);
            }
        }
    }

    void errorsExitTwo()
    {
        QTemporaryDir dir;
        const Run missing = runR8({QStringLiteral("scan"), dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains("no such file"));
        const Run usage = runR8({QStringLiteral("scan"), QStringLiteral("--bogus")});
        QCOMPARE(usage.code, 2);
        const Run size =
            runR8({QStringLiteral("scan"), QStringLiteral("--max-size"), QStringLiteral("lots"), dir.path()});
        QCOMPARE(size.code, 2);
        QVERIFY(size.err.contains("--max-size"));
    }

    void preCommitHookInARepository()
    {
        // The README's hook: `r8 scan --git` in the repository — old commits count.
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        QVERIFY(!test::git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q")}).isNull());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("k.txt")), tok.toUtf8() + "\n"));
        QVERIFY(!test::git(dir.path(), {QStringLiteral("add"), QStringLiteral(".")}).isNull());
        QVERIFY(
            !test::git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("oops")})
                 .isNull());
        QVERIFY(!test::git(dir.path(), {QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("k.txt")})
                     .isNull());
        QVERIFY(
            !test::git(dir.path(), {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("fix")})
                 .isNull());
        const Run tree = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain")}, dir.path());
        QCOMPARE(tree.code, 0); // the working tree is clean
        const Run hist = runR8(
            {QStringLiteral("scan"), QStringLiteral("--git"), QStringLiteral("--no-keychain")}, dir.path());
        QCOMPARE(hist.code, 1);
        QVERIFY(hist.out.contains("k.txt:1"));
        QVERIFY(!hist.out.contains(tok.toUtf8()) && !hist.err.contains(tok.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TstScanCli)
#include "tst_scan_cli.moc"
