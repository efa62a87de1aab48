// Hardening (issue 13), core level: each test reproduces one defect of the hostile review — data
// dropped or erased, lies about what happened, unbounded reads, raw control characters, unsafe shell
// quoting, changed file modes, a permissive umask — and fails without its fix.
#include "app/api/EnvironmentStore.h"
#include "app/api/FileBodyDevice.h"
#include "app/api/Verification.h"
#include "app/cli/ApiSession.h"
#include "app/cli/RunInputs.h"
#include "app/cli/RunSteps.h"
#include "app/cli/TerminalText.h"
#include "app/composer/FileInput.h"
#include "app/composer/PresetStore.h"
#include "app/composer/RunError.h"
#include "app/core/BoundedRead.h"
#include "app/core/Paths.h"
#include "app/vault/EnvFile.h"
#include "app/vault/EnvImport.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace r8;

namespace {
void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}
// A token list with alpha (malformed: "id": 123) and beta, and an unknown top-level key.
QByteArray damagedList()
{
    return R"({"format_version": 1, "future_key": {"kept": true},
      "tokens": [
        {"id": 123, "name": "alpha", "environment": "production", "hint": "aaaa"},
        {"id": "b-1", "name": "beta", "environment": "production", "hint": "bbbb"}],
      "defaults": {"production": "b-1"}})";
}
} // namespace

class TstReliability : public QObject
{
    Q_OBJECT
private slots:
    // 1. A malformed entry is reported, kept verbatim on every rewrite; unknown keys survive.
    void malformedEntryIsKeptAndReported()
    {
        VaultData d;
        QString error;
        QVERIFY(vaultFromJson(damagedList(), &d, &error));
        QCOMPARE(d.records.size(), 1);
        QCOMPARE(d.unreadable.size(), 1);
        QCOMPARE(d.problems.size(), 1);
        QVERIFY2(d.problems.first().contains(QStringLiteral("“id”")), qPrintable(d.problems.first()));
        const QJsonObject root = QJsonDocument::fromJson(vaultToJson(d)).object();
        QCOMPARE(root.value(QLatin1String("tokens")).toArray().size(), 2);
        QCOMPARE(
            root.value(QLatin1String("tokens")).toArray().at(1).toObject().value(QLatin1String("id")).toInt(),
            123);
        QVERIFY(root.value(QLatin1String("future_key")).toObject().value(QLatin1String("kept")).toBool());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        write(path, damagedList());
        MemorySecretStore store;
        TokenVault vault(&store, path);
        QVERIFY(vault.load(&error));
        QCOMPARE(vault.unreadableEntries().size(), 1);
        bool done = false;
        vault.add({QStringLiteral("gamma"), QStringLiteral("production"), QString(), test::makeToken()}, this,
                  [&](const TokenVault::AddResult& r) {
                      QVERIFY2(r.ok, qPrintable(r.error));
                      done = true;
                  });
        QTRY_VERIFY(done);
        const QByteArray after = read(path);
        QVERIFY2(after.contains("\"alpha\""), after.constData()); // not erased by the rewrite
        QVERIFY(after.contains("future_key"));
        QVERIFY(after.contains("\"gamma\""));
    }

    void wrongShapeIsAnErrorNotAnEmptyList()
    {
        VaultData d;
        QString error;
        QVERIFY(!vaultFromJson(R"({"format_version": 1, "tokens": {}})", &d, &error));
        QVERIFY2(error.contains(QStringLiteral("not a list")), qPrintable(error));
        QVERIFY(!vaultFromJson(R"({"format_version": 1, "tokens": [], "defaults": []})", &d, &error));
    }

    // A token given where a name belongs never reaches the token list file.
    void tokenAsNameIsRefused()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        QString error;
        QVERIFY(vault.load(&error));
        QVERIFY(!vault.checkName(test::makeToken()).isEmpty());
        QVERIFY(vault.checkName(QStringLiteral("r8_short name")).isEmpty());
    }

    // 2. A keychain that refuses the delete keeps the entry and says it is keychain trouble.
    void lockedKeychainKeepsTheEntry()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        QString error;
        QVERIFY(vault.load(&error));
        QString id;
        vault.add({QStringLiteral("alpha"), QString(), QString(), test::makeToken()}, this,
                  [&](const TokenVault::AddResult& r) { id = r.id; });
        QTRY_VERIFY(!id.isEmpty());
        store.setFailure(SecretError::Kind::Locked, QStringLiteral("collection is locked"));
        TokenVault::Outcome out;
        bool done = false;
        vault.remove(id, this, [&](const TokenVault::Outcome& o) {
            out = o;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!out.ok);
        QVERIFY(out.keychainTrouble);
        QVERIFY(vault.record(id).has_value());
        QVERIFY(store.contains(id));
    }

    // 4. A 401 from a server the token was not sent to says nothing about the token.
    void withheldTokenIsNotRejected()
    {
        api::ApiResult r;
        r.kind = api::ApiResult::Kind::HttpError;
        r.status = 401;
        r.url = QUrl(QStringLiteral("https://elsewhere.example/v1/account"));
        const api::VerifyOutcome before = api::classifyAccountAnswer(r, true);
        QCOMPARE(before.status, TokenStatus::StoppedWorking); // a real 401 from the API
        r.tokenWithheld = true;
        const api::VerifyOutcome v = api::classifyAccountAnswer(r, true);
        QVERIFY(!v.recordable);
        QVERIFY(v.status != TokenStatus::StoppedWorking && v.status != TokenStatus::Rejected);
        QVERIFY2(v.detail.contains(QStringLiteral("not sent")), qPrintable(v.detail));
        const composer::RunError e = composer::explainResult(r);
        QVERIFY(e.kind != composer::RunError::Kind::TokenRejected);
        QVERIFY2(!e.message.contains(QStringLiteral("rejected")), qPrintable(e.message));
    }

    // 5. The same assignment twice: one rewrite covers both, and both items say so.
    void duplicateLinesAreOneRewrite()
    {
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        const QString p = dir.filePath(QStringLiteral(".env"));
        write(p, "REPLICATE_API_TOKEN=" + tok.toUtf8() + "\nREPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        QString error;
        QVERIFY(vault.load(&error));
        const EnvScan scan = scanEnvFiles({p});
        QCOMPARE(scan.findings.size(), 2);
        QList<EnvImporter::Item> items;
        for (const EnvFinding& f : scan.findings) // as `r8 tokens import` names them: unique names
            items.append({f, QStringLiteral("dup line %1").arg(f.line), QString(), true});
        EnvImporter importer(&vault);
        QSignalSpy finished(&importer, &EnvImporter::finished);
        importer.run(items);
        QVERIFY(finished.wait(10000));
        const auto results = finished.first().first().value<QList<EnvImporter::ItemResult>>();
        QCOMPARE(results.size(), 2);
        for (const auto& r : results)
            QVERIFY2(r.stored && r.rewritten, qPrintable(r.message));
        QVERIFY(!read(p).contains(tok.toUtf8()));
    }

    // 6. A file with another name (hard link) is not rewritten: the other name would keep the token.
    void hardLinkedFileIsRefused()
    {
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        const QString p = dir.filePath(QStringLiteral(".env"));
        const QString other = dir.filePath(QStringLiteral("backup.env"));
        write(p, "REPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        QCOMPARE(::link(QFile::encodeName(p).constData(), QFile::encodeName(other).constData()), 0);
        const QString err = commentOutToken(p, tok, QStringLiteral("x"));
        QVERIFY2(err.contains(QStringLiteral("hard links")), qPrintable(err));
        QVERIFY(read(p).contains(tok.toUtf8()));
    }

    // 7. finished() never comes before run() returns, even when every item fails at once.
    void importerNeverFinishesSynchronously()
    {
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("tokens.json"));
        write(list, "{ damaged");
        MemorySecretStore store;
        TokenVault vault(&store, list);
        QString error;
        QVERIFY(!vault.load(&error)); // every add now fails synchronously
        EnvFinding f;
        f.secret = test::makeToken();
        f.verdict = TokenInput::Verdict::Valid;
        EnvImporter importer(&vault);
        QSignalSpy finished(&importer, &EnvImporter::finished);
        importer.run(
            {{f, QStringLiteral("a"), QString(), false}, {f, QStringLiteral("b"), QString(), false}});
        QCOMPARE(finished.count(), 0); // a caller starting its event loop now still sees it
        QVERIFY(finished.wait(5000));
    }

    void longOrOddFolderNamesStillImport()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QString(150, QLatin1Char('f')) + QStringLiteral("\nx\e[2J"));
        QVERIFY(QDir().mkpath(folder));
        write(folder + QStringLiteral("/.env"), "REPLICATE_API_TOKEN=" + test::makeToken().toUtf8() + "\n");
        const EnvScan scan = scanEnvFiles({folder + QStringLiteral("/.env")});
        QCOMPARE(scan.findings.size(), 1);
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        QString error;
        QVERIFY(vault.load(&error));
        QCOMPARE(vault.checkName(scan.findings.first().suggestedName), QString());
    }

    // 8. key=@FILE: bounded, and a read error fails instead of sending an empty string.
    void fileInputsAreBounded()
    {
        QList<composer::FieldSpec> fields;
        composer::FieldSpec text;
        text.key = QStringLiteral("text");
        text.kind = composer::FieldKind::Text;
        composer::FieldSpec image;
        image.key = QStringLiteral("image");
        image.kind = composer::FieldKind::Uri;
        fields << text << image;
        QList<cli::PendingUpload> uploads;
        QString error;
        QVERIFY(!cli::buildRunInput(fields, true, {QStringLiteral("text=@/dev/zero")}, {}, &uploads, &error));
        QVERIFY2(error.contains(QString::number(cli::kInlineFileLimitBytes)), qPrintable(error));
        error.clear();
        QVERIFY(!cli::buildRunInput(fields, true, {QStringLiteral("text=@/proc/self/mem")}, {}, &uploads,
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));
        // A sparse 300 MB file: refused by its size, before a byte is read, naming the API's limit.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.png"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(300LL * 1024 * 1024));
        }
        error.clear();
        QVERIFY(!cli::buildRunInput(fields, true, {QStringLiteral("image=@") + big}, {}, &uploads, &error));
        QVERIFY2(error.contains(QString::number(cli::uploadLimitBytes())), qPrintable(error));
        QVERIFY(uploads.isEmpty());
        // A 1 MB file is left on disk until the upload (only its size is known now).
        const QString mid = dir.filePath(QStringLiteral("mid.png"));
        write(mid, QByteArray(1024 * 1024, 'x'));
        QVERIFY(cli::buildRunInput(fields, true, {QStringLiteral("image=@") + mid}, {}, &uploads, &error));
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().size, 1024 * 1024);
        QVERIFY(uploads.first().data.isEmpty());
    }

    void envScanIsBounded()
    {
        const EnvScan scan = scanEnvFiles({QStringLiteral("/dev/zero")});
        QVERIFY(scan.findings.isEmpty());
        QCOMPARE(scan.errors.size(), 1);
        QVERIFY2(scan.errors.first().contains(QStringLiteral("4 MB")), qPrintable(scan.errors.first()));
    }

    void boundedReadStopsAtTheLimit()
    {
        QString error;
        bool tooLarge = false;
        QVERIFY(!readFileBounded(QStringLiteral("/dev/zero"), 4096, &error, &tooLarge));
        QVERIFY(tooLarge);
        QVERIFY(!readFileBounded(QStringLiteral("/proc/self/mem"), 4096, &error, &tooLarge));
        QVERIFY(!tooLarge);
        QByteArray body("head");
        QVERIFY(!appendFileBounded(QStringLiteral("/dev/zero"), 10, &body, &error));
        QCOMPARE(body, QByteArray("head")); // left as it was
    }

    // 8. An upload streamed from disk: head, the file's bytes, tail, in any chunking and after a
    // rewind; a file that changed size since the request was built is never sent as something else.
    void streamedBodyIsExactAndRefusesAChangedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.bin"));
        QByteArray content;
        for (int i = 0; i < 100000; ++i)
            content += char(i * 7);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QString error;
        const auto req = composer::fileUploadRequestFromFile(QUrl(QStringLiteral("https://api.example/v1")),
                                                             path, QStringLiteral("x/y"), 1 << 20, &error);
        QVERIFY2(req && req->fileBody && req->body.isEmpty(), qPrintable(error));
        const api::FileBody& fb = *req->fileBody;
        QCOMPARE(fb.fileSize, qint64(content.size()));
        QVERIFY(fb.head.contains("filename=\"in.bin\"") && fb.head.endsWith("Content-Type: x/y\r\n\r\n"));
        const QByteArray boundary = req->header("Content-Type").split('=').last();
        QCOMPARE(fb.tail, "\r\n--" + boundary + "--\r\n");

        api::FileBodyDevice dev(fb);
        QVERIFY(dev.open(QIODevice::ReadOnly));
        QCOMPARE(dev.size(), fb.size());
        QByteArray all;
        for (qint64 n = 1; !dev.atEnd(); n = n * 3 + 1) // odd chunk sizes across the seams
            all += dev.read(std::min<qint64>(n, 7777));
        QCOMPARE(all, fb.head + content + fb.tail);
        QVERIFY(dev.seek(5));
        QCOMPARE(dev.read(fb.size()), all.mid(5));

        // Grown or shrunk after the size was taken: open() refuses; while reading: the read fails.
        QVERIFY(f.open(QIODevice::Append));
        f.write("more");
        f.close();
        api::FileBodyDevice grown(fb);
        QVERIFY(!grown.open(QIODevice::ReadOnly));
        QVERIFY(grown.failed() && grown.errorString().contains(QStringLiteral("changed")));
        QVERIFY(f.resize(content.size()));
        api::FileBodyDevice shrinking(fb);
        QVERIFY(shrinking.open(QIODevice::ReadOnly));
        QVERIFY(shrinking.read(fb.head.size() + 10).size() == fb.head.size() + 10);
        QVERIFY(f.resize(1000));
        QCOMPARE(shrinking.read(fb.size()), QByteArray());
        QVERIFY(shrinking.failed() && shrinking.errorString().contains(QStringLiteral("changed")));

        // Not a regular file: read into memory, bounded as before.
        bool tooLarge = false;
        QVERIFY(!composer::fileUploadRequestFromFile(QUrl(QStringLiteral("https://api.example/v1")),
                                                     QStringLiteral("/dev/zero"), {}, 4096, &error,
                                                     &tooLarge));
        QVERIFY(tooLarge);
    }

    // 1, same class: a preset that cannot be read is reported and kept verbatim on the next save
    // (with unknown top-level keys); a presets file that cannot be parsed is never overwritten.
    void malformedPresetIsKeptOnSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("presets.json"));
        const QJsonObject broken{{QStringLiteral("name"), QStringLiteral("broken")},
                                 {QStringLiteral("request"), QJsonObject{{QStringLiteral("target"), 42}}},
                                 {QStringLiteral("kept"), QJsonArray{1, 2}}};
        const QJsonValue odd(17);
        {
            composer::PresetStore seed(path);
            QString e;
            QVERIFY(seed.load(&e));
            composer::ComposerRequest r;
            r.target = *composer::parseTarget(QStringLiteral("replicate/hello-world"), nullptr);
            QVERIFY(seed.put(QStringLiteral("good"), r));
            QVERIFY(seed.save(&e));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject top = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray list = top.value(QStringLiteral("presets")).toArray();
        list.append(broken);
        list.append(odd);
        top.insert(QStringLiteral("presets"), list);
        top.insert(QStringLiteral("future"), QJsonObject{{QStringLiteral("a"), 1}});
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(top).toJson());
        f.close();

        composer::PresetStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("broken")), qPrintable(error));
        QCOMPARE(store.presets().size(), 1);
        QCOMPARE(store.unreadableCount(), 2);
        QVERIFY(store.put(QStringLiteral("new"), store.presets().first().request));
        QVERIFY2(store.save(&error), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const QJsonArray savedList = saved.value(QStringLiteral("presets")).toArray();
        QCOMPARE(savedList.size(), 4);
        QVERIFY(savedList.contains(broken));
        QVERIFY(savedList.contains(odd));
        QCOMPARE(saved.value(QStringLiteral("future")).toObject().value(QStringLiteral("a")).toInt(), 1);

        // Not JSON at all: load fails and save leaves the file as it was.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"presets\": [ {\"name\": \"half");
        f.close();
        composer::PresetStore damaged(path);
        QVERIFY(!damaged.load(&error));
        QVERIFY(damaged.put(QStringLiteral("x"), store.presets().first().request));
        QVERIFY(!damaged.save(&error));
        QVERIFY2(error.contains(QStringLiteral("not overwritten")), qPrintable(error));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{\"presets\": [ {\"name\": \"half"));
    }

    // 13. Untrusted text never reaches a terminal raw.
    void controlCharactersAreEscaped()
    {
        QCOMPARE(cli::oneLine(QStringLiteral("a\e[2Jb\nc\rd\x07")), QStringLiteral("a\\e[2Jb\\nc\\rd\\x07"));
        QCOMPARE(cli::multiLine(QStringLiteral("log\n\tline\e]0;t\x07")),
                 QStringLiteral("log\n\tline\\e]0;t\\x07"));
        QCOMPARE(cli::oneLine(QString(QChar(0x202E)) + QStringLiteral("x")), QStringLiteral("\\u{202e}x"));
        QCOMPARE(cli::oneLine(QString(QChar(0x9B))), QStringLiteral("\\x9b"));
        QCOMPARE(cli::oneLine(QStringLiteral("plain é ✓")), QStringLiteral("plain é ✓"));
    }

    // 14. The comment's command is safe to paste into a POSIX shell.
    void shellCommentIsSafeToPaste()
    {
        for (const QString& name :
             {QStringLiteral("x$(id)`id`"), QStringLiteral("q\"uote"), QStringLiteral("it's"),
              QStringLiteral("a\nb; rm -rf ~"), QStringLiteral("plain")}) {
            const QString word = posixShellWord(name);
            QVERIFY(!word.contains(QLatin1Char('\n')));
            QProcess sh;
            sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + word});
            QVERIFY(sh.waitForFinished(10000));
            QString expected = name;
            expected.remove(QLatin1Char('\n'));
            QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), expected);
        }
        const QByteArray c = movedToKeychainComment(QStringLiteral("x$(id)`id`"), false);
        QVERIFY2(c.contains("r8 exec --token 'x$(id)`id`' --"), c.constData());
    }

    // 15. A rewrite keeps every mode bit, owner and group.
    void rewriteKeepsModeAndOwner_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("444") << 0444;
        QTest::newRow("400") << 0400;
        QTest::newRow("4755") << 04755;
        QTest::newRow("1644") << 01644;
        QTest::newRow("640") << 0640;
    }
    void rewriteKeepsModeAndOwner()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        const QString p = dir.filePath(QStringLiteral(".env"));
        write(p, "REPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(::chown(QFile::encodeName(p).constData(), 4242, 4343), 0);
        QCOMPARE(::chmod(QFile::encodeName(p).constData(), mode_t(mode)), 0);
        const QString err = commentOutToken(p, tok, QStringLiteral("x"));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(!read(p).contains(tok.toUtf8()));
        QCOMPARE(int(modeOf(p)), mode);
        if (root) {
            struct stat st
            {
            };
            ::stat(QFile::encodeName(p).constData(), &st);
            QCOMPARE(int(st.st_uid), 4242);
            QCOMPARE(int(st.st_gid), 4343);
        }
    }

    // 16. Private folders and files whatever the umask; a file others can write is not used.
    void privateWhateverTheUmask()
    {
        QTemporaryDir dir;
        const mode_t old = ::umask(0);
        const QString folder = dir.filePath(QStringLiteral("a/b/r8desk"));
        const bool made = makePrivateDir(folder);
        api::EnvironmentStore envs(folder + QStringLiteral("/environments.json"));
        const QString setError =
            envs.set(QStringLiteral("staging"), QUrl(QStringLiteral("https://x.example/v1")));
        ::umask(old);
        QVERIFY(made);
        QVERIFY2(setError.isEmpty(), qPrintable(setError));
        QCOMPARE(int(modeOf(folder)), 0700);
        QCOMPARE(int(modeOf(folder + QStringLiteral("/environments.json"))), 0600);

        QCOMPARE(::chmod(QFile::encodeName(folder + QStringLiteral("/environments.json")).constData(), 0666),
                 0);
        QString error;
        api::EnvironmentStore again(folder + QStringLiteral("/environments.json"));
        QVERIFY(!again.load(&error));
        QVERIFY2(error.contains(QStringLiteral("other users")), qPrintable(error));
        QCOMPARE(::chmod(QFile::encodeName(folder + QStringLiteral("/environments.json")).constData(), 0600),
                 0);
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0777), 0);
        QVERIFY(!again.load(&error)); // the folder lets others replace the file
        QCOMPARE(::chmod(QFile::encodeName(folder).constData(), 0700), 0);
        QVERIFY2(again.load(&error), qPrintable(error));
    }

    // A damaged environments file is reported and never replaced by a later change.
    void damagedEnvironmentsFileIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("environments.json"));
        write(path, "{ not json");
        api::EnvironmentStore envs(path);
        QString error;
        QVERIFY(!envs.load(&error));
        QVERIFY(!envs.set(QStringLiteral("staging"), QUrl(QStringLiteral("https://x.example/v1"))).isEmpty());
        QCOMPARE(read(path), QByteArray("{ not json"));
    }

    // 17. A server's refusal is not a network failure; a look-alike host shows its ASCII form.
    void exitCodesAreHonest()
    {
        api::ApiResult r;
        r.kind = api::ApiResult::Kind::HttpError;
        for (int status : {400, 401, 404, 413, 429}) {
            r.status = status;
            QCOMPARE(cli::exitCodeFor(r), int(cli::Failure));
            QCOMPARE(cli::exitFor(composer::explainResult(r)),
                     status == 422 ? int(cli::Usage) : int(cli::Failure));
        }
        r.status = 503;
        QCOMPARE(cli::exitCodeFor(r), int(cli::Network));
        QCOMPARE(cli::exitFor(composer::explainResult(r)), int(cli::Network));
        r.kind = api::ApiResult::Kind::Network;
        r.status = 0;
        QCOMPARE(cli::exitCodeFor(r), int(cli::Network));
    }

    void punycodeHostShowsAscii()
    {
        const QString shown = cli::urlForDisplay(QUrl(QStringLiteral("https://xn--80ak6aa92e.com/v1")));
        QVERIFY2(shown.contains(QStringLiteral("xn--80ak6aa92e.com")), qPrintable(shown));
        QCOMPARE(cli::urlForDisplay(QUrl(QStringLiteral("https://api.replicate.com/v1"))),
                 QStringLiteral("https://api.replicate.com/v1"));
    }

    void invalidUrlNamesWhatWasGiven()
    {
        QString error;
        const QString token = test::makeToken();
        QVERIFY(cli::parseBaseUrl(QStringLiteral("http://exa mple/") + token, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("http://exa mple/")), qPrintable(error));
        QVERIFY(!error.contains(token));
    }
};

QTEST_GUILESS_MAIN(TstReliability)
#include "tst_reliability.moc"
