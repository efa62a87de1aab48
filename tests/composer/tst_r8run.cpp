// `r8 run` as a real process (real keychain from run-headless.sh) against the in-process sandbox:
// typed inputs, wait and polling, streamed text in order, --save, --json, --print-curl, files as
// data: URIs, 422 and failing predictions give non-zero exits; the token never shows.
#include "app/sandbox/SandboxServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

class TestR8Run : public QObject
{
    Q_OBJECT
private:
    // A seed of its own: demo tokens of the default seed may already be in the shared test keyring.
    sandbox::SandboxServer m_sandbox{
        sandbox::SandboxConfig::demo(quint32(QDateTime::currentMSecsSinceEpoch() % 100000) + 1000)};
    QString m_r8, m_name, m_token;

    Run r8(QStringList args, const QByteArray& input = {})
    {
        args << QStringLiteral("--token") << m_name << QStringLiteral("--base-url")
             << m_sandbox.baseUrl().toString();
        QProcess p;
        p.start(m_r8, args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        QSignalSpy done(&p, &QProcess::finished);
        if (!done.wait(60000)) {
            p.kill();
            return r;
        }
        r.code = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        if (r.out.contains(m_token.toUtf8()) || r.err.contains(m_token.toUtf8()))
            r.code = 99; // never
        return r;
    }

    QString versionOf(const QString& model)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/models/") + model));
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        QNetworkReply* reply = nam.get(req);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("latest_version"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        m_r8 = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/app/r8");
        QVERIFY(QFileInfo(m_r8).isExecutable());
        if (qEnvironmentVariable("R8_TEST_HOME").isEmpty())
            QSKIP("needs tests/run-headless.sh (private HOME and keyring)");
        QVERIFY(m_sandbox.start());
        m_sandbox.setSpeed(20);
        for (const auto& t : m_sandbox.tokens())
            if (!t.disabled && m_token.isEmpty())
                m_token = t.token;
        m_name = QStringLiteral("run-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcess add;
        add.start(m_r8, {QStringLiteral("tokens"), QStringLiteral("add"), m_name, QStringLiteral("--env"),
                         QStringLiteral("development")});
        QVERIFY(add.waitForStarted());
        add.write(m_token.toLatin1() + '\n');
        add.closeWriteChannel();
        QSignalSpy added(&add, &QProcess::finished);
        QVERIFY(added.wait(20000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
    }

    void helloWorldPrintsText()
    {
        const Run r = r8({QStringLiteral("run"), QStringLiteral("replicate/hello-world"),
                          QStringLiteral("text=r8desk"), QStringLiteral("--no-wait")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("r8desk"), r.out.constData());
        QVERIFY(r.err.contains("status: succeeded"));
    }

    void streamsInOrder()
    {
        const Run r = r8({QStringLiteral("run"), QStringLiteral("meta/meta-llama-3-8b-instruct"),
                          QStringLiteral("prompt=Tell me a story"), QStringLiteral("max_tokens=40"),
                          QStringLiteral("--stream")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.size() > 10);
        // --json of the same run: its output joined equals what was streamed.
        const Run j = r8({QStringLiteral("run"), QStringLiteral("meta/meta-llama-3-8b-instruct"),
                          QStringLiteral("prompt=Tell me a story"), QStringLiteral("max_tokens=40"),
                          QStringLiteral("--stream"), QStringLiteral("--json")});
        QVERIFY2(j.code == 0, j.err.constData());
        const QJsonObject p = QJsonDocument::fromJson(j.out.trimmed()).object();
        QCOMPARE(p.value(QLatin1String("status")).toString(), QStringLiteral("succeeded"));
        QString joined;
        for (const auto& v : p.value(QLatin1String("output")).toArray())
            joined += v.toString();
        QVERIFY(!joined.isEmpty());
    }

    void savesFilesAndReadsFileInputs()
    {
        QTemporaryDir dir;
        const Run r = r8({QStringLiteral("run"), QStringLiteral("black-forest-labs/flux-schnell"),
                          QStringLiteral("prompt=a cat wearing a hat"), QStringLiteral("num_outputs=2"),
                          QStringLiteral("--no-wait"), QStringLiteral("--save"), dir.path()});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 2);
        for (const QString& f : files)
            QVERIFY(QFileInfo(dir.filePath(f)).size() > 100);
        // A small image as key=@file → a data: URI in the uri field (sdxl by version: not an official model).
        const Run sd = r8(
            {QStringLiteral("run"),
             QStringLiteral("stability-ai/sdxl:") + versionOf(QStringLiteral("stability-ai/sdxl")),
             QStringLiteral("prompt=x"), QStringLiteral("image=@") + dir.filePath(files.first()),
             QStringLiteral("num_inference_steps=1"), QStringLiteral("--no-wait"), QStringLiteral("--json")});
        QVERIFY2(sd.code == 0, sd.err.constData());
        const QJsonObject p = QJsonDocument::fromJson(sd.out.trimmed()).object();
        QVERIFY(p.value(QLatin1String("input"))
                    .toObject()
                    .value(QLatin1String("image"))
                    .toString()
                    .startsWith(QLatin1String("data:image/webp;base64,")));
        const Run curl = r8({QStringLiteral("run"), QStringLiteral("black-forest-labs/flux-schnell"),
                             QStringLiteral("prompt=a cat"), QStringLiteral("--print-curl")});
        QVERIFY2(curl.code == 0, curl.err.constData());
        QVERIFY(curl.out.startsWith("curl -s -X POST"));
        QVERIFY(curl.out.contains("$REPLICATE_API_TOKEN"));
        QVERIFY(curl.err.contains("r8 exec --token"));
    }

    void badInputsAndFailuresExitNonZero()
    {
        Run r = r8({QStringLiteral("run"), QStringLiteral("black-forest-labs/flux-schnell"),
                    QStringLiteral("prompt=x"), QStringLiteral("num_outputs=many")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("num_outputs"));
        r = r8({QStringLiteral("run"), QStringLiteral("black-forest-labs/flux-schnell"),
                QStringLiteral("prompt=x"), QStringLiteral("num_outputs=9")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("num_outputs"));
        r = r8({QStringLiteral("run"), QStringLiteral("black-forest-labs/flux-schnell"),
                QStringLiteral("nope=1")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("nope"));
        r = r8({QStringLiteral("run"), QStringLiteral("sandbox/always-fails"),
                QStringLiteral("steps_before_failure=2"), QStringLiteral("--no-wait")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("failed"), r.err.constData());
        r = r8({QStringLiteral("run"), QStringLiteral("no-such/model")});
        QVERIFY(r.code != 0);
        r = r8({QStringLiteral("run"), QStringLiteral("sdxl")});
        QCOMPARE(r.code, 2);
        r = r8({QStringLiteral("run"), QStringLiteral("replicate/hello-world"), QStringLiteral("--wait"),
                QStringLiteral("99")});
        QCOMPARE(r.code, 2);
    }

    void inputJsonAndVersionTarget()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("in.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"input": {"text": "from json"}})");
        f.close();
        const Run r = r8({QStringLiteral("run"), QStringLiteral("replicate/hello-world"),
                          QStringLiteral("--input-json"), f.fileName(), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject p = QJsonDocument::fromJson(r.out.trimmed()).object();
        QCOMPARE(p.value(QLatin1String("input")).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("from json"));
        const QString version = p.value(QLatin1String("version")).toString();
        const Run v = r8({QStringLiteral("run"), QStringLiteral("replicate/hello-world:") + version,
                          QStringLiteral("text=v")});
        QVERIFY2(v.code == 0, v.err.constData());
        QVERIFY(v.out.contains("v"));
    }
};

QTEST_MAIN(TestR8Run)
#include "tst_r8run.moc"
