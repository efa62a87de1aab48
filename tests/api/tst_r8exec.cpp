// The r8 binary's API commands, run as a real process with the real keychain (run-headless.sh's
// gnome-keyring): exec passes the token only through the child's environment; account, verify,
// remote and env against a loopback server. Nothing of the token reaches files or output.
#include "app/vault/TokenRecord.h"
#include "tests/api/FakeAccountServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace r8;

namespace {
struct Run
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out, err;
};
} // namespace

class TestR8Exec : public QObject
{
    Q_OBJECT
private:
    QString m_r8;
    QString m_token;
    QString m_name;
    QByteArray m_allOutput;

    Run r8(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(m_r8, args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(30000)) {
            p.kill();
            return r;
        }
        r.code = p.exitCode();
        r.status = p.exitStatus();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_allOutput += r.out + r.err;
        return r;
    }

private slots:
    void initTestCase()
    {
        m_r8 = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/app/r8");
        QVERIFY2(QFileInfo(m_r8).isExecutable(), qPrintable(m_r8));
        if (qEnvironmentVariable("R8_TEST_HOME").isEmpty())
            QSKIP("needs tests/run-headless.sh (private HOME and keyring)");
        m_token = test::makeToken();
        m_name = QStringLiteral("exec-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const Run add = r8({QStringLiteral("tokens"), QStringLiteral("add"), m_name, QStringLiteral("--env"),
                            QStringLiteral("development")},
                           m_token.toLatin1() + '\n');
        QVERIFY2(add.code == 0, add.err.constData());
    }

    void execPassesTokenInEnvironmentOnly()
    {
        const Run r = r8(
            {QStringLiteral("exec"), QStringLiteral("--token"), m_name, QStringLiteral("--"),
             QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("test -n \"$REPLICATE_API_TOKEN\" && printf '%s %s' \"${#REPLICATE_API_TOKEN}\" "
                            "\"${REPLICATE_API_TOKEN#????????????????????????????????????}\"; "
                            "test -z \"$REPLICATE_BASE_URL\"")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out, "40 " + m_token.right(4).toLatin1()); // length and hint only: never the secret
    }

    void execSetsBaseUrlWhenNotDefault()
    {
        const Run r =
            r8({QStringLiteral("exec"), QStringLiteral("--token"), m_name, QStringLiteral("--base-url"),
                QStringLiteral("http://127.0.0.1:9/v1"), QStringLiteral("--"), QStringLiteral("sh"),
                QStringLiteral("-c"), QStringLiteral("printf %s \"$REPLICATE_BASE_URL\"")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("http://127.0.0.1:9/v1"));
    }

    void execExitCodesAndSignalsPassThrough()
    {
        Run r = r8({QStringLiteral("exec"), QStringLiteral("--token"), m_name, QStringLiteral("--"),
                    QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 7);
        r = r8({QStringLiteral("exec"), QStringLiteral("--token"), m_name, QStringLiteral("--"),
                QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("kill -TERM $$")});
        QCOMPARE(r.status, QProcess::CrashExit); // r8 itself ends by the same signal
        r = r8({QStringLiteral("exec"), QStringLiteral("--token"), m_name, QStringLiteral("--"),
                QStringLiteral("no-such-program-r8")});
        QCOMPARE(r.code, 127);
        QVERIFY(r.err.contains("no such program"));
        r = r8({QStringLiteral("exec"), QStringLiteral("--token"), m_name, QStringLiteral("sh")});
        QCOMPARE(r.code, 2);
        r = r8({QStringLiteral("exec"), QStringLiteral("--token"), QStringLiteral("nope"),
                QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nope"));
    }

    void accountVerifyRemoteAgainstLoopback()
    {
        test::FakeAccountServer fake;
        QVERIFY(fake.server.start());
        fake.tokens.append({m_token, QStringLiteral("ada"), QStringLiteral("tok_me"), false});
        fake.tokens.append({test::makeToken(), QStringLiteral("ada"), QStringLiteral("tok_ci"), false});
        const QString base = fake.server.baseUrl().toString();
        Run r = r8({QStringLiteral("account"), QStringLiteral("--token"), m_name,
                    QStringLiteral("--base-url"), base, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("username")).toString(),
                 QStringLiteral("ada"));

        r = r8({QStringLiteral("tokens"), QStringLiteral("remote"), QStringLiteral("--token"), m_name,
                QStringLiteral("--base-url"), base, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QLatin1String("stored_as")).toString(), m_name);

        r = r8({QStringLiteral("tokens"), QStringLiteral("remote"), QStringLiteral("--token"), m_name,
                QStringLiteral("--base-url"), base, QStringLiteral("--disable"), QStringLiteral("tok_ci")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(fake.tokens[1].disabled);

        // The token is disabled by the server: verify says so (rejected, exit 1). The check went to an
        // ad-hoc --base-url, not the token's own environment, so the token list keeps its status.
        fake.tokens[0].disabled = true;
        r = r8({QStringLiteral("tokens"), QStringLiteral("verify"), m_name, QStringLiteral("--base-url"),
                base, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(
            QJsonDocument::fromJson(r.out).array()[0].toObject().value(QLatin1String("status")).toString(),
            tokenStatusKey(TokenStatus::Rejected));
        r = r8({QStringLiteral("tokens"), QStringLiteral("--json")});
        QVERIFY(!r.out.contains(tokenStatusKey(TokenStatus::Rejected).toLatin1()));
        QVERIFY(!r.out.contains(tokenStatusKey(TokenStatus::StoppedWorking).toLatin1()));

        fake.tokensApi = false;
        fake.tokens[0].disabled = false;
        r = r8({QStringLiteral("tokens"), QStringLiteral("remote"), QStringLiteral("--token"), m_name,
                QStringLiteral("--base-url"), base});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("does not offer"));
    }

    void envAddListRemove()
    {
        Run r = r8({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("eu"),
                    QStringLiteral("--base-url"), QStringLiteral("https://eu.example.com/v1")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = r8({QStringLiteral("env"), QStringLiteral("--json")});
        QVERIFY(r.out.contains("https://eu.example.com/v1"));
        QVERIFY(r.out.contains("\"production\""));
        r = r8({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("bad"),
                QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("plain http"));
        r = r8({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("eu")});
        QCOMPARE(r.code, 0);
        r = r8({QStringLiteral("env"), QStringLiteral("rm"), QStringLiteral("eu")});
        QCOMPARE(r.code, 1);
    }

    void cleanupTestCase()
    {
        if (m_token.isEmpty())
            return;
        QVERIFY2(!m_allOutput.contains(m_token.toLatin1()), "the token appeared in r8's output");
        const QStringList hits =
            test::filesContaining(qEnvironmentVariable("R8_TEST_HOME"), m_token.toLatin1());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        r8({QStringLiteral("tokens"), QStringLiteral("rm"), m_name});
    }
};

QTEST_GUILESS_MAIN(TestR8Exec)
#include "tst_r8exec.moc"
