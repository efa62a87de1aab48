// The leak check on crafted trees, repositories and histories: what is found, what is skipped and
// counted, what is reported — and that no report contains a whole token.
#include "app/core/Redact.h"
#include "app/scan/FileScanner.h"
#include "app/scan/FindingsStore.h"
#include "app/scan/LeakActions.h"
#include "app/scan/LeakScanner.h"
#include "app/scan/ReportExport.h"
#include "app/scan/ScanJob.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/scan/ScanTestUtil.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace r8;
using namespace r8::scan;
using test::writeFile;

namespace {
ScanReport scanPaths(const QStringList& paths, qint64 maxSize = 0, bool git = false)
{
    ScanRequest req;
    req.paths = paths;
    req.maxFileSize = maxSize;
    req.gitHistory = git;
    return ScanJob().run(req, nullptr);
}

const Finding* findingWith(const ScanReport& r, const QString& secret)
{
    for (const Finding& f : r.findings) {
        if (f.secret == secret)
            return &f;
    }
    return nullptr;
}

void verifyNoWholeToken(const QByteArray& text, const QStringList& tokens)
{
    for (const QString& t : tokens)
        QVERIFY2(!text.contains(t.toUtf8()), "a whole token leaked into the output");
}
} // namespace

class TstLeakScan : public QObject
{
    Q_OBJECT
private slots:
    void crlfUtf16AndNotebook()
    {
        QTemporaryDir dir;
        const QString crlf = test::makeToken(), utf16 = test::makeToken(), cellTok = test::makeToken(),
                      outTok = test::makeToken();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("app/config.py")),
                          "# settings\r\nAPI = \"" + crlf.toUtf8() + "\"\r\n"));
        QStringEncoder enc(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray u16 = enc(QStringLiteral("línea uno\r\nclave = %1\r\n").arg(utf16));
        QVERIFY(u16.startsWith("\xff\xfe"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("notes/utf16.txt")), u16));
        // The token follows an escaped "\n" inside the JSON string: only decoding finds it.
        const QByteArray nb = "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": [\"# hi\"]},"
                              " {\"cell_type\": \"code\", \"source\": [\"import os\\n\", \"x = 1\\n" +
                              cellTok.toUtf8() + "\\n\"], \"outputs\": [{\"text\": [\"key\\n" +
                              outTok.toUtf8() +
                              "\"]}]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("nb/explore.ipynb")), nb));

        const ScanReport r = scanPaths({dir.path()});
        QCOMPARE(r.findings.size(), 4);
        const Finding* a = findingWith(r, crlf);
        QVERIFY(a);
        QCOMPARE(a->line, 2);
        QCOMPARE(a->kind, Finding::Kind::File);
        const Finding* b = findingWith(r, utf16);
        QVERIFY(b);
        QCOMPARE(b->line, 2);
        const Finding* c = findingWith(r, cellTok);
        QVERIFY(c);
        QCOMPARE(c->cell, 2);
        QCOMPARE(c->line, 3);
        QCOMPARE(c->source, QStringLiteral("notebook"));
        const Finding* d = findingWith(r, outTok);
        QVERIFY(d);
        QCOMPARE(d->cell, 2);
        QCOMPARE(r.filesScanned, 3);
        QCOMPARE(a->masked, maskToken(crlf));
        verifyNoWholeToken(reportToJson(r), {crlf, utf16, cellTok, outTok});
        verifyNoWholeToken(reportToMarkdown(r).toUtf8(), {crlf, utf16, cellTok, outTok});
        QVERIFY(reportToMarkdown(r).contains(maskToken(cellTok)));
    }

    void nearMissesInFilesAreNotFindings()
    {
        QTemporaryDir dir;
        const QByteArray body = test::makeToken().toUtf8().mid(3);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("near.txt")),
                          "a r8_" + body.left(36) + "\nb r8_" + body + "x\nc xr8_" + body + "\n"));
        const ScanReport r = scanPaths({dir.path()});
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(r.filesScanned, 1);
    }

    void binaryHugeAndOddFilesAreReadOrReported()
    {
        QTemporaryDir dir;
        const QByteArray tok = test::makeToken().toUtf8(), bigTok = test::makeToken().toUtf8();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("blob.bin")), QByteArray("\x7f"
                                                                               "ELF\0\0",
                                                                               6) +
                                                                        tok));
        QByteArray big(70 * 1024 * 1024, 'a'); // over the old 64 MiB limit: no limit now
        big += "\n" + bigTok + "\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("huge.log")), big));
        big = QByteArray();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("small.txt")), "nothing here\n"));
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

        const ScanReport r = scanPaths({dir.path()}, 0);
        QCOMPARE(r.findings.size(), 2); // the binary file and the huge one are read
        QVERIFY(findingWith(r, QString::fromLatin1(tok)));
        QCOMPARE(findingWith(r, QString::fromLatin1(bigTok))->line, 2);
        QCOMPARE(r.binaryFiles, 1);
        QCOMPARE(r.filesScanned, 3);
        QCOMPARE(r.unreadable.size(), 1); // the FIFO: reported, not opened (opening would block)
        QCOMPARE(r.unreadable.first().path, fifo);
        QVERIFY(r.unreadable.first().reason.contains(QStringLiteral("FIFO")));
        QVERIFY(!r.complete()); // something asked for was not read: never "clean"
        QVERIFY(!scanVerdict(r).contains(QStringLiteral("No exposed token found.")));

        // An explicit size limit: the huge file is not read, and that is reported.
        QVERIFY(QFile::remove(fifo));
        const ScanReport r2 = scanPaths({dir.path()}, 1024 * 1024);
        QCOMPARE(r2.skippedTooLarge, 1);
        QCOMPARE(r2.unreadable.size(), 1);
        QVERIFY(r2.unreadable.first().reason.contains(QStringLiteral("max-size")));
        QVERIFY(!r2.complete());
        QVERIFY(scanVerdict(r2).contains(QStringLiteral("INCOMPLETE")));
    }

    void unreadableFileIsReported()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(p, "k=" + test::makeToken().toUtf8() + "\n"));
        QVERIFY(QFile::setPermissions(p, QFileDevice::Permissions()));
        QFile probe(p);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("this user (root) can read files whatever their mode; the FIFO case covers odd files");
        const ScanReport r = scanPaths({dir.path()});
        QVERIFY(r.findings.isEmpty());
        QCOMPARE(r.unreadable.size(), 1);
        QVERIFY(r.unreadable.first().reason.contains(QStringLiteral("permission")));
        QVERIFY(!r.complete());
    }

    void missingRootIsAnError()
    {
        QTemporaryDir dir;
        const ScanReport r = scanPaths({dir.filePath(QStringLiteral("nope"))});
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(r.errors.first().contains(QStringLiteral("no such file")));
    }

    void symlinkLoopTerminatesAndIsCounted()
    {
        QTemporaryDir dir;
        const QByteArray tok = test::makeToken().toUtf8();
        QVERIFY(writeFile(dir.filePath(QStringLiteral("a/b/file.env")), "REPLICATE_API_TOKEN=" + tok + "\n"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("a/b/up"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a/b")), dir.filePath(QStringLiteral("a/b/self"))));
        QVERIFY(
            QFile::link(dir.filePath(QStringLiteral("missing")), dir.filePath(QStringLiteral("a/dangling"))));
        const ScanReport r = scanPaths({dir.path()});
        QCOMPARE(r.findings.size(), 1); // the file once, not once per loop turn
        QCOMPARE(r.findings.first().source, QStringLiteral("env"));
        QCOMPARE(r.symlinkLoopsAvoided, 2);
        QCOMPARE(r.brokenSymlinks, 1); // the dangling link: nothing to read, counted
        QVERIFY(r.unreadable.isEmpty());
        QVERIFY(r.complete());
    }

    void gitIgnoredFilesAreScannedAndLabelled()
    {
        QTemporaryDir dir;
        const QString repo = dir.filePath(QStringLiteral("repo"));
        QVERIFY(QDir().mkpath(repo));
        QVERIFY(!test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}).isNull());
        const QString ignoredTok = test::makeToken(), trackedTok = test::makeToken();
        QVERIFY(writeFile(repo + QStringLiteral("/.gitignore"), ".env\nbuild/\n"));
        QVERIFY(
            writeFile(repo + QStringLiteral("/.env"), "REPLICATE_API_TOKEN=" + ignoredTok.toUtf8() + "\n"));
        QVERIFY(writeFile(repo + QStringLiteral("/build/out/gen.txt"), "t " + ignoredTok.toUtf8() + "\n"));
        QVERIFY(writeFile(repo + QStringLiteral("/src/main.py"), "T='" + trackedTok.toUtf8() + "'\n"));
        const ScanReport r = scanPaths({repo});
        QCOMPARE(r.findings.size(), 3);
        for (const Finding& f : r.findings)
            QCOMPARE(f.gitIgnored, f.secret == ignoredTok);
        // A root inside the work tree is labelled too.
        const ScanReport sub = scanPaths({repo + QStringLiteral("/build")});
        QCOMPARE(sub.findings.size(), 1);
        QVERIFY(sub.findings.first().gitIgnored);
    }

    void tokenRemovedInLaterCommitIsReportedWithItsCommit()
    {
        QTemporaryDir dir;
        const QString repo = dir.path();
        QVERIFY(!test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}).isNull());
        const QString old = test::makeToken(), branchTok = test::makeToken();
        QVERIFY(writeFile(repo + QStringLiteral("/app.py"), "import os\nTOKEN = \"" + old.toUtf8() + "\"\n"));
        QVERIFY(!test::git(repo, {QStringLiteral("add"), QStringLiteral(".")}).isNull());
        QVERIFY(!test::git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("add")})
                     .isNull());
        const QString leakCommit = QString::fromLatin1(
            test::git(repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed());
        QVERIFY(writeFile(repo + QStringLiteral("/app.py"),
                          "import os\nTOKEN = os.environ['REPLICATE_API_TOKEN']\n"));
        QVERIFY(!test::git(repo, {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("remove")})
                     .isNull());
        // Another branch, not checked out.
        QVERIFY(!test::git(repo, {QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("side")})
                     .isNull());
        QVERIFY(writeFile(repo + QStringLiteral("/side.env"),
                          "REPLICATE_API_TOKEN=" + branchTok.toUtf8() + "\n"));
        QVERIFY(!test::git(repo, {QStringLiteral("add"), QStringLiteral(".")}).isNull());
        QVERIFY(!test::git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("side")})
                     .isNull());
        QVERIFY(!test::git(repo, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")})
                     .isNull());

        const ScanReport r = scanPaths({repo}, 0, true);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.commitsScanned, 3);
        QCOMPARE(r.repositories.size(), 1);
        QCOMPARE(r.findings.size(), 2); // the working tree is clean; both come from history
        const Finding* f = findingWith(r, old);
        QVERIFY(f);
        QCOMPARE(f->kind, Finding::Kind::GitCommit);
        QCOMPARE(f->commit, leakCommit);
        QCOMPARE(f->commitPath, QStringLiteral("app.py"));
        QCOMPARE(f->line, 2);
        QVERIFY(findingWith(r, branchTok));
        const MoveAdvice advice = moveAdvice(*f);
        QVERIFY(!advice.canRewrite);
        QVERIFY(advice.text.contains(QStringLiteral("Rotate")));
        verifyNoWholeToken(reportToJson(r), {old, branchTok});
    }

    void shellHistoriesAndKnownHomes()
    {
        QTemporaryDir home;
        const QString bash = test::makeToken(), zsh = test::makeToken(), fish = test::makeToken(),
                      hosts = test::makeToken(), netrc = test::makeToken();
        QVERIFY(writeFile(home.filePath(QStringLiteral(".bash_history")),
                          "ls\nexport REPLICATE_API_TOKEN=" + bash.toUtf8() + "\n"));
        // zsh extended history, with a metafied non-ASCII byte before the token.
        QVERIFY(writeFile(home.filePath(QStringLiteral(".zsh_history")),
                          ": 1700000000:0;echo caf\xc3\x83\xa9 " + zsh.toUtf8() + "\n"));
        QVERIFY(
            writeFile(home.filePath(QStringLiteral(".local/share/fish/fish_history")),
                      "- cmd: echo one\n  when: 1\n- cmd: printf x\\n" + fish.toUtf8() + "\n  when: 2\n"));
        QVERIFY(writeFile(home.filePath(QStringLiteral(".config/replicate/hosts")),
                          "replicate.com:\n  token: " + hosts.toUtf8() + "\n"));
        QVERIFY(writeFile(home.filePath(QStringLiteral(".netrc")),
                          "machine api.replicate.com\n  login x\n  password " + netrc.toUtf8() + "\n"));
        ScanRequest req = ScanRequest::machine();
        req.home = home.path();
        req.environment = QProcessEnvironment();
        const ScanReport r = ScanJob().run(req, nullptr);
        QCOMPARE(r.findings.size(), 5);
        QCOMPARE(findingWith(r, bash)->source, QStringLiteral("bash"));
        QCOMPARE(findingWith(r, bash)->kind, Finding::Kind::ShellHistory);
        QCOMPARE(findingWith(r, bash)->line, 2);
        QCOMPARE(findingWith(r, zsh)->source, QStringLiteral("zsh"));
        QCOMPARE(findingWith(r, fish)->source, QStringLiteral("fish"));
        QCOMPARE(findingWith(r, fish)->line, 3);
        QCOMPARE(findingWith(r, hosts)->source, QStringLiteral("replicate-cli"));
        QCOMPARE(findingWith(r, hosts)->kind, Finding::Kind::KnownHome);
        QCOMPARE(findingWith(r, netrc)->source, QStringLiteral("netrc"));
        QVERIFY(moveAdvice(*findingWith(r, bash)).text.contains(QStringLiteral("history")));
    }

    void keychainTokensAreRecognisedAndMoved()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        QString error;
        QVERIFY(vault.load(&error));
        const QString stored = test::makeToken(), loose = test::makeToken();
        bool added = false;
        vault.add({QStringLiteral("prod"), QStringLiteral("production"), QString(), stored}, this,
                  [&](const TokenVault::AddResult& r) { added = r.ok; });
        QTRY_VERIFY(added);
        const QString storedId = vault.records().first().id;

        const QString env = dir.filePath(QStringLiteral("proj/.env"));
        const QByteArray envBytes = "A=1\r\nREPLICATE_API_TOKEN=\"" + loose.toUtf8() + "\"\r\nB=2\r\n";
        QVERIFY(writeFile(env, envBytes));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("proj/notes.md")), "old: " + stored.toUtf8() + "\n"));

        // The GUI's way: a LeakScanner on a worker thread, keychain secrets compared in memory.
        LeakScanner scanner;
        scanner.setKeyMatcher(keyMatcherFor({{stored, storedId}}));
        QSignalSpy found(&scanner, &LeakScanner::found);
        QSignalSpy finished(&scanner, &LeakScanner::finished);
        ScanRequest req;
        req.paths = {dir.filePath(QStringLiteral("proj"))};
        QVERIFY(scanner.start(req));
        QVERIFY(!scanner.start(req)); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(found.size(), 2);
        const ScanReport r = finished.first().first().value<ScanReport>();
        QCOMPARE(findingWith(r, stored)->recordId, storedId);
        QVERIFY(findingWith(r, loose)->recordId.isEmpty());
        const QString md = reportToMarkdown(r, {{storedId, QStringLiteral("prod")}});
        QVERIFY(md.contains(QStringLiteral("prod")));
        verifyNoWholeToken(md.toUtf8(), {stored, loose});

        // Move the loose one: stored in the keychain, its .env line replaced, other bytes kept.
        const Finding looseF = *findingWith(r, loose);
        QVERIFY(moveAdvice(looseF).canRewrite);
        std::optional<MoveResult> moved;
        moveToKeychain(&vault, looseF, QStringLiteral("proj"), QStringLiteral("development"), this,
                       [&](const MoveResult& m) { moved = m; });
        QTRY_VERIFY(moved.has_value());
        QVERIFY2(moved->stored && moved->rewritten, qPrintable(moved->message));
        QCOMPARE(vault.records().size(), 2);
        QFile f(env);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        QVERIFY(!after.contains(loose.toUtf8()));
        QVERIFY(after.startsWith("A=1\r\n# REPLICATE_API_TOKEN moved"));
        QVERIFY(after.endsWith("\r\nB=2\r\n"));

        // The stored one sits in prose: no automatic rewrite, and the user is told.
        const Finding storedF = *findingWith(r, stored);
        QVERIFY(!moveAdvice(storedF).canRewrite);
        moved.reset();
        moveToKeychain(&vault, storedF, QStringLiteral("x"), QStringLiteral("development"), this,
                       [&](const MoveResult& m) { moved = m; });
        QTRY_VERIFY(moved.has_value());
        QVERIFY(moved->alreadyStored);
        QCOMPARE(moved->recordId, storedId);
        QVERIFY(!moved->rewritten);
        QVERIFY(moved->message.contains(QStringLiteral("by hand")));
    }

    void archiveMembersAndBinaryFilesAreNeverRewritten()
    {
        // "Move to the keychain" may rewrite a .env line; never a line "inside" a zip or a binary file.
        QTemporaryDir dir;
        const QByteArray a = test::makeToken().toUtf8(), b = test::makeToken().toUtf8();
        QProcess py;
        py.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\n"
                                 "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_STORED) as z:\n"
                                 "    z.writestr('.env', 'REPLICATE_API_TOKEN=' + sys.argv[2] + '\\n')\n"),
                  dir.filePath(QStringLiteral("bundle.zip")), QString::fromLatin1(a)});
        QVERIFY(py.waitForFinished(60000) && py.exitCode() == 0);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("cache.db")),
                          QByteArray("SQLite\0\0\n", 9) + "REPLICATE_API_TOKEN=" + b + "\n"));
        const ScanReport r = scanPaths({dir.path()});
        const Finding* inZip = findingWith(r, QString::fromLatin1(a));
        QVERIFY(inZip);
        QCOMPARE(inZip->member, QStringLiteral(".env"));
        QVERIFY(!moveAdvice(*inZip).canRewrite);
        const Finding* inDb = findingWith(r, QString::fromLatin1(b));
        QVERIFY(inDb);
        QVERIFY(!moveAdvice(*inDb).canRewrite);
    }

    void tokensInFileAndFolderNames()
    {
        QTemporaryDir dir;
        const QString fileTok = test::makeToken(), dirTok = test::makeToken(), inside = test::makeToken(),
                      emptyTok = test::makeToken(), evilTok = test::makeToken();
        const QString file = dir.filePath(QStringLiteral("conf/%1.json").arg(fileTok));
        QVERIFY(writeFile(file, "{}\n"));
        const QString folder = dir.filePath(dirTok);
        QVERIFY(writeFile(folder + QStringLiteral("/a.txt"), "nothing\n"));
        QVERIFY(writeFile(folder + QStringLiteral("/inner/x.env"),
                          "REPLICATE_API_TOKEN=" + inside.toUtf8() + "\n"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("cache/") + emptyTok))); // nothing inside
        const QString evil = dir.filePath(QStringLiteral("evil\n\x1b[2J %1.txt").arg(evilTok));
        QVERIFY(writeFile(evil, "x\n"));
        // Near misses: not tokens by the \b rule, in names as in contents.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("x") + fileTok), "\n"));
        QVERIFY(writeFile(dir.filePath(fileTok.left(39) + QStringLiteral("-b")), "\n"));

        const ScanReport r = scanPaths({dir.path()});
        QVERIFY(r.complete());
        QCOMPARE(r.findings.size(), 5);
        const Finding* f = findingWith(r, fileTok);
        QVERIFY(f);
        QCOMPARE(f->kind, Finding::Kind::File);
        QVERIFY(f->inName);
        QVERIFY(!f->nameOfFolder);
        QCOMPARE(f->line, 0);
        QCOMPARE(f->path, dir.filePath(QStringLiteral("conf/%1.json").arg(maskToken(fileTok))));
        QCOMPARE(f->filePath(), file);
        QCOMPARE(f->location(), f->path + QStringLiteral(" (the name of this file)"));
        QCOMPARE(kindText(*f), QStringLiteral("File name"));

        // The folder: once, for the folder (not for a.txt or inner/ under it) …
        int dirFindings = 0;
        for (const Finding& x : r.findings)
            dirFindings += x.secret == dirTok ? 1 : 0;
        QCOMPARE(dirFindings, 1);
        const Finding* d = findingWith(r, dirTok);
        QVERIFY(d->inName && d->nameOfFolder);
        QCOMPARE(d->path, dir.filePath(maskToken(dirTok)));
        QVERIFY(d->location().endsWith(QStringLiteral(" (the name of this folder)")));
        // … and a token in a file inside it has the folder's token masked in its path.
        const Finding* in = findingWith(r, inside);
        QVERIFY(in && !in->inName);
        QCOMPARE(in->line, 1);
        QCOMPARE(in->path, dir.filePath(maskToken(dirTok) + QStringLiteral("/inner/x.env")));
        QCOMPARE(in->filePath(), folder + QStringLiteral("/inner/x.env"));
        QVERIFY(d - r.findings.constData() < in - r.findings.constData()); // walk order: folder first
        QVERIFY(findingWith(r, emptyTok) && findingWith(r, emptyTok)->nameOfFolder);

        // Hostile name: reports keep it exact in JSON, escaped in Markdown, the token masked in both.
        const Finding* e = findingWith(r, evilTok);
        QVERIFY(e && e->inName);
        const QByteArray json = reportToJson(r);
        const QString md = reportToMarkdown(r);
        verifyNoWholeToken(json, {fileTok, dirTok, inside, emptyTok, evilTok});
        verifyNoWholeToken(md.toUtf8(), {fileTok, dirTok, inside, emptyTok, evilTok});
        QVERIFY(md.contains(QStringLiteral("evil\\n\\e[2J ") + maskToken(evilTok)));
        QVERIFY(!md.contains(QLatin1Char('\x1b')));
        QVERIFY(md.contains(QStringLiteral("| Folder name |")));
        int names = 0;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(json).object().value(QLatin1String("findings")).toArray()) {
            const QJsonObject o = v.toObject();
            const bool inName = o.value(QLatin1String("in_name")).toBool();
            QVERIFY(o.contains(QLatin1String("in_name")));
            names += inName ? 1 : 0;
            if (o.value(QLatin1String("token")).toString() == maskToken(dirTok))
                QCOMPARE(o.value(QLatin1String("name_of")).toString(), QStringLiteral("folder"));
            if (o.value(QLatin1String("token")).toString() == maskToken(evilTok))
                QCOMPARE(o.value(QLatin1String("path")).toString(),
                         dir.filePath(QStringLiteral("evil\n\x1b[2J %1.txt").arg(maskToken(evilTok))));
        }
        QCOMPARE(names, 4);

        // Kept findings (findings.json): masked paths only; the name marks survive a round trip.
        const QByteArray kept = FindingsStore::toJson(r.findings, {});
        verifyNoWholeToken(kept, {fileTok, dirTok, inside, emptyTok, evilTok});
        const QList<Finding> back = FindingsStore::fromJson(kept);
        QCOMPARE(back.size(), 5);
        int folders = 0;
        for (const Finding& b : back)
            folders += b.inName && b.nameOfFolder ? 1 : 0;
        QCOMPARE(folders, 2);

        // A root given by its own path: its name is searched too (and a file inside it is not
        // reported again).
        const ScanReport root = scanPaths({folder + QLatin1Char('/')});
        QCOMPARE(root.findings.size(), 2);
        QVERIFY(findingWith(root, dirTok)->inName);
        const ScanReport one = scanPaths({file});
        QCOMPARE(one.findings.size(), 1);
        QVERIFY(findingWith(one, fileTok)->inName);
        // The last entry of the walk: an empty token-named folder (no file follows it).
        QTemporaryDir last;
        const QString lastTok = test::makeToken();
        QVERIFY(QDir().mkpath(last.filePath(lastTok)));
        const ScanReport end = scanPaths({last.path()});
        QCOMPARE(end.findings.size(), 1);
        QVERIFY(findingWith(end, lastTok)->nameOfFolder);
        QCOMPARE(end.filesScanned, 0);
    }

    void nameFindingsNeverEditTheFile()
    {
        // The file's own contents assign the same token: the content finding may rewrite its line,
        // the name finding never touches the file.
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        QString error;
        QVERIFY(vault.load(&error));
        const QString tok = test::makeToken();
        const QString path = dir.filePath(QStringLiteral("%1.env").arg(tok));
        const QByteArray bytes = "REPLICATE_API_TOKEN=" + tok.toUtf8() + "\n";
        QVERIFY(writeFile(path, bytes));
        const ScanReport r = scanPaths({dir.path()});
        QCOMPARE(r.findings.size(), 2);
        const Finding name = r.findings.at(0).inName ? r.findings.at(0) : r.findings.at(1);
        const Finding content = r.findings.at(0).inName ? r.findings.at(1) : r.findings.at(0);
        QVERIFY(name.inName && !content.inName);
        QVERIFY(moveAdvice(content).canRewrite);
        const MoveAdvice a = moveAdvice(name);
        QVERIFY(a.canImport);
        QVERIFY(!a.canRewrite);
        QVERIFY(a.text.contains(QStringLiteral("by hand")));
        QVERIFY(!a.text.contains(tok));
        std::optional<MoveResult> moved;
        moveToKeychain(&vault, name, QStringLiteral("named"), QStringLiteral("development"), this,
                       [&](const MoveResult& m) { moved = m; });
        QTRY_VERIFY(moved.has_value());
        QVERIFY(moved->stored);
        QVERIFY(!moved->rewritten);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
        QVERIFY(!vault.records().first().note.contains(tok)); // the note names the place, masked
    }

    void namesThatAreNotUtf8()
    {
        // Qt cannot list or open such names: searched as bytes, reported as not read (incomplete).
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        const QByteArray raw = QFile::encodeName(dir.path()) + "/\xff\xfe " + tok.toLatin1() + ".bin";
        const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
        QVERIFY(fd >= 0);
        ::close(fd);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("ok.txt")), "fine\n"));
        const ScanReport r = scanPaths({dir.path()});
        const Finding* f = findingWith(r, tok);
        QVERIFY(f);
        QVERIFY(f->inName && !f->nameOfFolder);
        QCOMPARE(f->path,
                 dir.path() + QStringLiteral("/\uFFFD\uFFFD ") + maskToken(tok) + QStringLiteral(".bin"));
        QVERIFY(!r.complete());
        QCOMPARE(r.unreadable.size(), 1);
        QVERIFY(r.unreadable.first().reason.contains(QStringLiteral("not valid UTF-8")));
        QCOMPARE(r.filesScanned, 1);
        verifyNoWholeToken(reportToJson(r), {tok});
        QVERIFY(!QJsonDocument::fromJson(reportToJson(r)).isNull());
        QCOMPARE(::unlink(raw.constData()), 0); // QTemporaryDir could not remove it by name
    }

    void cancelStopsAScan()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 200; ++i)
            QVERIFY(writeFile(dir.filePath(QStringLiteral("d%1/f.txt").arg(i, 3, 10, QLatin1Char('0'))),
                              "t " + test::makeToken().toUtf8() + "\n"));
        LeakScanner scanner;
        // The key matcher runs on the worker thread at each finding: cancel from there, so the
        // scan is canceled at a known point (after the first finding) without any race.
        int calls = 0;
        scanner.setKeyMatcher([&](const QString&) {
            ++calls;
            scanner.cancel();
            return QString();
        });
        QSignalSpy found(&scanner, &LeakScanner::found);
        QSignalSpy finished(&scanner, &LeakScanner::finished);
        ScanRequest req;
        req.paths = {dir.path()};
        QVERIFY(scanner.start(req));
        QVERIFY(finished.wait(30000));
        const ScanReport r = finished.first().first().value<ScanReport>();
        QVERIFY(r.canceled);
        QCOMPARE(calls, 1);
        QCOMPARE(r.filesScanned, 1);
        QCOMPARE(found.size(), 0); // nothing is announced after a cancel
        QVERIFY(!scanner.isRunning());
    }
};

QTEST_GUILESS_MAIN(TstLeakScan)
#include "tst_leakscan.moc"
