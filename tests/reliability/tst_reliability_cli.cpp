// Hardening (issue 13), `r8` as a real process: the real keychain of run-headless.sh, a token list
// of its own per test (private XDG_DATA_HOME), loopback servers. Each test reproduces one defect.
#include "tests/api/ScriptedServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;

namespace {
struct Run
{
    int code = -1;
    QByteArray out, err;
};
} // namespace

class TstReliabilityCli : public QObject
{
    Q_OBJECT
private:
    QString m_r8;
    std::unique_ptr<QTemporaryDir> m_home;
    QStringList m_secrets; // never allowed in any output

    QString listPath() const { return m_home->filePath(QStringLiteral("r8desk/tokens.json")); }

    Run r8(const QStringList& args, const QByteArray& input = {}, const QStringList& unset = {},
           const QList<QPair<QString, QString>>& set = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path());
        for (const QString& k : unset)
            env.remove(k);
        for (const auto& kv : set)
            env.insert(kv.first, kv.second);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_r8, args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (p.state() != QProcess::NotRunning && !done.wait(60000)) {
            p.kill();
            p.waitForFinished();
            r.code = -2; // a hang
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        for (const QString& s : std::as_const(m_secrets))
            if (r.out.contains(s.toUtf8()) || r.err.contains(s.toUtf8()))
                r.code = 99; // a secret reached the output: never
        return r;
    }

    QString addToken(const QString& name, const QString& env = QStringLiteral("development"))
    {
        const QString tok = test::makeToken();
        m_secrets << tok;
        const Run r =
            r8({QStringLiteral("tokens"), QStringLiteral("add"), name, QStringLiteral("--env"), env},
               tok.toUtf8() + '\n');
        if (r.code != 0)
            qWarning("tokens add %s: %s", qPrintable(name), r.err.constData());
        return r.code == 0 ? tok : QString();
    }

    void writeList(const QByteArray& json)
    {
        QDir().mkpath(QFileInfo(listPath()).absolutePath());
        QFile f(listPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
    }

    QJsonObject recordNamed(const QString& name)
    {
        QFile f(listPath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QJsonValue& v :
             QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("tokens")).toArray())
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        m_r8 = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/app/r8");
        QVERIFY(QFileInfo(m_r8).isExecutable());
        if (qEnvironmentVariable("R8_TEST_HOME").isEmpty())
            QSKIP("needs tests/run-headless.sh (private HOME and keyring)");
    }

    void init() { m_home = std::make_unique<QTemporaryDir>(); }

    // 1. A malformed entry: reported (exit 1), kept through the next rewrite.
    void malformedEntryIsReportedAndKept()
    {
        writeList(R"({"format_version": 1, "tokens": [
            {"id": 123, "name": "alpha", "environment": "production", "hint": "aaaa"},
            {"id": "b-1", "name": "beta", "environment": "production", "hint": "bbbb"}],
            "defaults": {"production": "b-1"}})");
        const Run list = r8({QStringLiteral("tokens")});
        QCOMPARE(list.code, 1);
        QVERIFY2(list.err.contains("Entry 1"), list.err.constData());
        QVERIFY(list.out.contains("beta"));
        QVERIFY(!addToken(QStringLiteral("gamma")).isEmpty());
        QFile f(listPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        QVERIFY2(after.contains("\"alpha\""), after.constData());
        QVERIFY(after.contains("\"gamma\""));
    }

    // 12. More than one line on standard input is refused, not cut to the first.
    void multiLineStdinIsRefused()
    {
        const QString a = test::makeToken(), b = test::makeToken();
        m_secrets << a << b;
        const Run r = r8({QStringLiteral("tokens"), QStringLiteral("add"), QStringLiteral("two")},
                         a.toUtf8() + '\n' + b.toUtf8() + '\n');
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("2 lines"), r.err.constData());
        QVERIFY(!QFile::exists(listPath()) || recordNamed(QStringLiteral("two")).isEmpty());
    }

    // 13. Escape sequences in a name never reach the terminal raw.
    void escapeSequencesAreShownEscaped()
    {
        writeList(
            "{\"format_version\": 1, \"tokens\": [{\"id\": \"e-1\", \"name\": \"evil\\u001b[2J\\nforged\", "
            "\"environment\": \"dev\\u001b]0;x\\u0007\", \"hint\": \"eeee\"}], \"defaults\": {}}");
        const Run r = r8({QStringLiteral("tokens")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains('\x1b') && !r.out.contains('\x07'));
        QVERIFY2(r.out.contains("evil\\e[2J\\nforged"), r.out.constData());
    }

    void scanFindingIsOneLine()
    {
        const QString tok = test::makeToken();
        m_secrets << tok;
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("a\nr8_forged  fake.txt  [token] looks real")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("REPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        f.close();
        const Run r = r8({QStringLiteral("scan"), dir.path(), QStringLiteral("--no-keychain")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out.count('\n'), 1); // one finding, one line: the newline in the name is escaped
        QVERIFY(r.out.contains("a\\nr8_forged"));
    }

    // 5 + 7. Duplicate lines, a 150-character folder name: no hang, honest exit, file rewritten.
    void importDuplicatesAndLongFolderName()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QString(150, QLatin1Char('d')));
        QVERIFY(QDir().mkpath(folder));
        const QString tok = test::makeToken();
        m_secrets << tok;
        const QString env = folder + QStringLiteral("/.env");
        {
            QFile f(env);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("REPLICATE_API_TOKEN=" + tok.toUtf8() + "\nREPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        }
        const Run r =
            r8({QStringLiteral("tokens"), QStringLiteral("import"), env, QStringLiteral("--rewrite")});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(env);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(tok.toUtf8()));
    }

    // 3. Keychain trouble during import is exit 3, as documented.
    void importWithoutKeychainExits3()
    {
        QTemporaryDir dir;
        const QString tok = test::makeToken();
        m_secrets << tok;
        QFile f(dir.filePath(QStringLiteral(".env")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("REPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        f.close();
        const Run r = r8({QStringLiteral("tokens"), QStringLiteral("import"), f.fileName()}, {}, {},
                         {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent/r8desk-no-bus")}});
        QCOMPARE(r.code, 3);
    }

    // 3, same class: `tokens verify` exits 3 when the keychain cannot be reached and 1 when the
    // item is missing — never 4 ("network"): nothing was sent.
    void verifyExitCodesForKeychainTrouble()
    {
        QVERIFY(!addToken(QStringLiteral("v")).isEmpty());
        const QStringList verify{QStringLiteral("tokens"), QStringLiteral("verify"), QStringLiteral("v"),
                                 QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1")};
        Run r = r8(verify, {}, {},
                   {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/r8desk-no-bus")}});
        QVERIFY2(r.code == 3, r.out + r.err);
        // An entry whose keychain item does not exist: 1.
        writeList(R"({"format_version": 1, "tokens": [
            {"id": "no-such-item-4711", "name": "ghost", "environment": "production", "hint": "gggg"}]})");
        r = r8({QStringLiteral("tokens"), QStringLiteral("verify"), QStringLiteral("ghost"),
                QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/v1")});
        QVERIFY2(r.code == 1, r.out + r.err);
    }

    // 17. A whole token given as --token NAME is never echoed; an invalid URL is named.
    void secretsAndUrlsInMessages()
    {
        const QString tok = test::makeToken();
        m_secrets << tok;
        Run r = r8({QStringLiteral("account"), QStringLiteral("--token"), tok});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("No stored token named"), r.err.constData());
        QVERIFY(!addToken(QStringLiteral("u")).isEmpty());
        r = r8({QStringLiteral("account"), QStringLiteral("--token"), QStringLiteral("u"),
                QStringLiteral("--base-url"), QStringLiteral("http://exa mple/v1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("http://exa mple/v1"), r.err.constData());
    }

    void noQtNoiseOnStderr()
    {
        const Run r = r8({QStringLiteral("env")}, {}, {QStringLiteral("XDG_RUNTIME_DIR")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    // 4. A redirect to another origin: the token is withheld, said so, and nothing is recorded.
    void withheldTokenIsReportedAndNotRecorded()
    {
        test::ScriptedServer other([](const test::RawRequest&) {
            return test::respond(401, R"({"title":"Unauthenticated","detail":"You did not pass a token"})");
        });
        QVERIFY(other.start());
        test::ScriptedServer api([&](const test::RawRequest&) {
            return test::respond(302, "", "",
                                 {{"Location", other.url(QStringLiteral("/v1/account")).toEncoded()}});
        });
        QVERIFY(api.start());
        QVERIFY(!addToken(QStringLiteral("w")).isEmpty());
        Run r = r8({QStringLiteral("account"), QStringLiteral("--token"), QStringLiteral("w"),
                    QStringLiteral("--base-url"), api.baseUrl().toString()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("not sent"), r.err.constData());
        QVERIFY(!r.err.contains("rotate"));
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(!other.requests().first().headers.contains("authorization"));
        QCOMPARE(recordNamed(QStringLiteral("w")).value(QLatin1String("status")).toString(),
                 QStringLiteral("unknown"));

        // A plain 401 from an ad-hoc --base-url is reported, but not written to the token list either.
        api.setHandler(
            [](const test::RawRequest&) { return test::respond(401, R"({"detail":"Invalid token"})"); });
        r = r8({QStringLiteral("account"), QStringLiteral("--token"), QStringLiteral("w"),
                QStringLiteral("--base-url"), api.baseUrl().toString()});
        QCOMPARE(r.code, 1);
        QCOMPARE(recordNamed(QStringLiteral("w")).value(QLatin1String("status")).toString(),
                 QStringLiteral("unknown"));
    }

    // 11 + 17. --save is checked before anything is sent; a 404 is a refusal (1), not a network error (4).
    void runChecksArgumentsFirstAndExitsHonestly()
    {
        int requests = 0;
        test::ScriptedServer api([&](const test::RawRequest&) {
            ++requests;
            return test::respond(404, R"({"title":"Not found","detail":"Not found."})");
        });
        QVERIFY(api.start());
        QVERIFY(!addToken(QStringLiteral("r")).isEmpty());
        QTemporaryDir dir;
        const QString notADir = dir.filePath(QStringLiteral("file"));
        QFile(notADir).open(QIODevice::WriteOnly);
        const QStringList common{QStringLiteral("--token"), QStringLiteral("r"), QStringLiteral("--base-url"),
                                 api.baseUrl().toString()};
        Run r = r8(QStringList{QStringLiteral("run"), QStringLiteral("owner/model"), QStringLiteral("--save"),
                               notADir} +
                   common);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--save"), r.err.constData());
        QCOMPARE(requests, 0);
        r = r8(QStringList{QStringLiteral("run"), QStringLiteral("owner/model"), QStringLiteral("x=1")} +
               common);
        QVERIFY2(r.code == 1, r.err.constData());
        QVERIFY(requests > 0);
    }
};

QTEST_GUILESS_MAIN(TstReliabilityCli)
#include "tst_reliability_cli.moc"
