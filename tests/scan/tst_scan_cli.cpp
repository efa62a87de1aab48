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

#include <sys/stat.h>

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

    void incompleteScanIsNeverClean()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a.txt")), "nothing\n"));
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Text: exit 2, says what was skipped and why, and never "No exposed token found."
        Run r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("not scanned: " + fifo.toUtf8() + ": not a regular file"));
        QVERIFY(r.err.contains("INCOMPLETE"));
        QVERIFY(!r.err.contains("No exposed token found."));
        // JSON: complete false, the place and the reason.
        r = runR8(
            {QStringLiteral("scan"), QStringLiteral("--no-keychain"), QStringLiteral("--json"), dir.path()});
        QCOMPARE(r.code, 2);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("complete")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("unreadable"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("path"))
                     .toString(),
                 fifo);
        // With a token as well: 1.
        const QString tok = test::makeToken();
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("k.env")), "REPLICATE_API_TOKEN=" + tok.toUtf8() + "\n"));
        r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), dir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("INCOMPLETE"));
        QVERIFY(!r.out.contains(tok.toUtf8()) && !r.err.contains(tok.toUtf8()));
        // --max-size: a file not read is reported.
        QVERIFY(QFile::remove(fifo));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("k.env"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("big.txt")), QByteArray(2 * 1024 * 1024, 'x')));
        r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), QStringLiteral("--max-size"),
                   QStringLiteral("1"), dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("max-size"));
        r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("No exposed token found."));
    }

    void namesCannotForgeOutput()
    {
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        const QString evil = QStringLiteral("line1\nfake.txt:1  [File] in the keychain\x1b[2J");
        QVERIFY(writeFile(dir.filePath(evil), "k=" + tok.toUtf8() + "\n"));
        const Run r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), dir.path()});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out.count('\n'), 1); // one finding, one line
        QVERIFY(!r.out.contains('\x1b') && !r.err.contains('\x1b'));
        QVERIFY(r.out.contains("line1\\nfake.txt:1  [File] in the keychain\\e[2J:1"));
        for (const QByteArray& line : r.err.split('\n'))
            QVERIFY(!line.startsWith("fake.txt"));
        // Markdown: escaped as well.
        const Run md = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"),
                              QStringLiteral("--markdown"), dir.path()});
        QVERIFY(!md.out.contains('\x1b'));
        QVERIFY(!md.out.contains("\nfake.txt"));
        // JSON stays exact: the real name, decoded.
        const Run js = runR8(
            {QStringLiteral("scan"), QStringLiteral("--no-keychain"), QStringLiteral("--json"), dir.path()});
        const QJsonObject o = QJsonDocument::fromJson(js.out).object();
        QCOMPARE(o.value(QLatin1String("findings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("path"))
                     .toString(),
                 dir.filePath(evil));
    }

    void tokensInNamesExitOne()
    {
        QTemporaryDir dir;
        const QString dirTok = test::makeToken(), evilTok = test::makeToken();
        QVERIFY(writeFile(dir.filePath(dirTok + QStringLiteral("/a.txt")), "a\n"));
        QVERIFY(writeFile(dir.filePath(dirTok + QStringLiteral("/b.txt")), "b\n"));
        const QString evil = QStringLiteral("evil\nfake.txt:1  [File] ok\x1b[2J %1.txt").arg(evilTok);
        QVERIFY(writeFile(dir.filePath(evil), "x\n"));
        Run r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), dir.path()});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out.count('\n'), 2); // two findings, one line each
        QVERIFY(!r.out.contains('\x1b') && !r.err.contains('\x1b'));
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(dir.filePath(maskToken(dirTok)) +
                             QStringLiteral(" (the name of this folder)  [Folder name]")));
        QVERIFY(out.contains(QStringLiteral("evil\\nfake.txt:1  [File] ok\\e[2J ") + maskToken(evilTok) +
                             QStringLiteral(".txt (the name of this file)  [File name]")));
        for (const QString& t : {dirTok, evilTok})
            QVERIFY2(!r.out.contains(t.toUtf8()) && !r.err.contains(t.toUtf8()), "a whole token was printed");

        r = runR8(
            {QStringLiteral("scan"), QStringLiteral("--no-keychain"), QStringLiteral("--json"), dir.path()});
        QCOMPARE(r.code, 1);
        for (const QString& t : {dirTok, evilTok})
            QVERIFY2(!r.out.contains(t.toUtf8()), "a whole token in the JSON");
        const QJsonArray findings =
            QJsonDocument::fromJson(r.out).object().value(QLatin1String("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        for (const QJsonValue& v : findings) {
            QVERIFY(v.toObject().value(QLatin1String("in_name")).toBool());
            QCOMPARE(v.toObject().value(QLatin1String("line")).toInt(-1), 0);
        }

        // As a pre-commit hook passes them: files under the token-named folder, relative to the
        // repository. The folder is reported, once.
        r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), dirTok + QStringLiteral("/a.txt"),
                   dirTok + QStringLiteral("/b.txt")},
                  dir.path());
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(r.out.contains("(the name of this folder)"));
        QVERIFY(!r.out.contains(dirTok.toUtf8()));
        // No token anywhere: still 0.
        r = runR8({QStringLiteral("scan"), QStringLiteral("--no-keychain"), QStringLiteral("a.txt")},
                  dir.filePath(dirTok));
        QCOMPARE(r.code, 0);
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
