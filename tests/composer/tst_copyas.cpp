// Copy as: every format names the environment variable and never the token; the curl (through
// `r8 exec --token NAME`) creates the same prediction as the composer against the in-process sandbox.
#include "app/api/ApiClient.h"
#include "app/composer/CodeExport.h"
#include "app/composer/PredictionRunner.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace r8;
using namespace r8::composer;

namespace {
ComposerRequest sample()
{
    ComposerRequest r;
    r.target = *parseTarget(QStringLiteral("black-forest-labs/flux-schnell"), nullptr);
    r.input =
        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a cat wearing a \"hat\" it's $HOME `x`")},
                    {QStringLiteral("num_outputs"), 1},
                    {QStringLiteral("go_fast"), true}};
    return r;
}
} // namespace

class TestCopyAs : public QObject
{
    Q_OBJECT
private slots:
    void shapes()
    {
        const ComposerRequest r = sample();
        const ExportOptions o{QUrl(QStringLiteral("https://api.replicate.com/v1")), QStringLiteral("main"),
                              QStringLiteral("production")};
        const QString c = generateCode(CodeFormat::Curl, r, o);
        QVERIFY(c.startsWith(QLatin1String("curl -s -X POST")));
        QVERIFY(c.contains(QLatin1String("-H \"Authorization: Bearer $REPLICATE_API_TOKEN\"")));
        QVERIFY(c.contains(QLatin1String("-H 'Prefer: wait'")));
        QVERIFY(c.contains(
            QLatin1String("https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions")));
        QVERIFY(c.contains(QLatin1String("it'\\''s"))); // shell-quoted
        QVERIFY(generateCode(CodeFormat::PythonReplicate, r, o)
                    .contains(QLatin1String("replicate.run(\n    \"black-forest-labs/flux-schnell\"")));
        QVERIFY(generateCode(CodeFormat::PythonReplicate, r, o).contains(QLatin1String("\"go_fast\": True")));
        QVERIFY(generateCode(CodeFormat::PythonRequests, r, o)
                    .contains(QLatin1String("os.environ['REPLICATE_API_TOKEN']")));
        QVERIFY(generateCode(CodeFormat::NodeReplicate, r, o)
                    .contains(QLatin1String("await replicate.run(\"black-forest-labs/flux-schnell\"")));
        QVERIFY(generateCode(CodeFormat::NodeFetch, r, o)
                    .contains(QLatin1String("process.env.REPLICATE_API_TOKEN")));
        QVERIFY(generateCode(CodeFormat::HTTPie, r, o)
                    .contains(QLatin1String("Authorization:Bearer $REPLICATE_API_TOKEN")));
        QVERIFY(generateCode(CodeFormat::HttpFile, r, o)
                    .contains(QLatin1String("@token = {{$dotenv REPLICATE_API_TOKEN}}")));
        QVERIFY(generateCode(CodeFormat::R8Exec, r, o)
                    .startsWith(QLatin1String("r8 exec --token main -- sh -c 'curl")));
        const ExportOptions local{
            QUrl(QStringLiteral("http://127.0.0.1:8080/v1")), {}, QStringLiteral("development")};
        QVERIFY(generateCode(CodeFormat::PythonReplicate, r, local)
                    .contains(QLatin1String("replicate.Client(base_url=\"http://127.0.0.1:8080\")")));
        QVERIFY(generateCode(CodeFormat::NodeReplicate, r, local)
                    .contains(QLatin1String("baseUrl: \"http://127.0.0.1:8080/v1\"")));
        QVERIFY(generateCode(CodeFormat::R8Exec, r, local)
                    .startsWith(QLatin1String("r8 exec --env development --base-url")));
        // Big bodies go through a here-document.
        ComposerRequest big = r;
        big.input.insert(QStringLiteral("prompt"), QString(6000, QLatin1Char('y')));
        QVERIFY(generateCode(CodeFormat::Curl, big, o).contains(QLatin1String("--data-binary @-")));
        // Versions, deployments, streams.
        ComposerRequest v = r;
        v.target = *parseTarget(QString(64, QLatin1Char('d')), nullptr);
        QVERIFY(
            generateCode(CodeFormat::PythonReplicate, v, o).contains(QLatin1String("predictions.create(")));
        QVERIFY(generateCode(CodeFormat::Curl, v, o).contains(QLatin1String("\"version\":\"dddd")));
        v.target = *parseTarget(QStringLiteral("deployments/acme/app"), nullptr);
        QVERIFY(generateCode(CodeFormat::NodeReplicate, v, o)
                    .contains(QLatin1String("deployments.predictions.create(\"acme\", \"app\"")));
        v.target = r.target;
        v.stream = true;
        QVERIFY(generateCode(CodeFormat::PythonReplicate, v, o).contains(QLatin1String("replicate.stream(")));
    }

    void curlThroughR8ExecCreatesTheSamePrediction()
    {
        if (qEnvironmentVariable("R8_TEST_HOME").isEmpty())
            QSKIP("needs tests/run-headless.sh (private HOME and keyring)");
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed (packaging/dev.sh deps)");
        sandbox::SandboxServer sandbox(
            sandbox::SandboxConfig::demo(quint32(QDateTime::currentMSecsSinceEpoch() % 100000) + 200000));
        QVERIFY(sandbox.start());
        sandbox.setSpeed(20);
        QString token;
        for (const auto& t : sandbox.tokens())
            if (!t.disabled && token.isEmpty())
                token = t.token;
        const QString r8 = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/app/r8");
        const QString name = QStringLiteral("copyas-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QProcess add;
        add.start(r8, {QStringLiteral("tokens"), QStringLiteral("add"), name, QStringLiteral("--env"),
                       QStringLiteral("development")});
        QVERIFY(add.waitForStarted());
        add.write(token.toLatin1() + '\n');
        add.closeWriteChannel();
        QSignalSpy added(&add, &QProcess::finished);
        QVERIFY(added.wait(20000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

        // The composer's own path…
        const ComposerRequest r = sample();
        api::ApiClient client;
        PredictionRunner runner(&client);
        QSignalSpy done(&runner, &PredictionRunner::finished);
        runner.start(r, {sandbox.baseUrl(), token});
        QVERIFY(done.wait(20000));
        const auto mine = done.first().first().value<api::Prediction>();

        // …and the generated r8 exec + curl line, run by a shell.
        QStringList generated;
        for (CodeFormat f : allCodeFormats())
            generated << generateCode(f, r, {sandbox.baseUrl(), name, QStringLiteral("development")});
        for (const QString& g : generated)
            QVERIFY2(!g.contains(token), "a generated snippet contains the token");
        const QString line =
            generateCode(CodeFormat::R8Exec, r, {sandbox.baseUrl(), name, QStringLiteral("development")});
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   QFileInfo(r8).absolutePath() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.remove(QStringLiteral("REPLICATE_API_TOKEN"));
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), line});
        QSignalSpy shDone(&sh, &QProcess::finished);
        QVERIFY(shDone.wait(30000));
        const QByteArray out = sh.readAllStandardOutput();
        const QByteArray err = sh.readAllStandardError();
        QVERIFY2(sh.exitCode() == 0, err.constData());
        QVERIFY(!out.contains(token.toUtf8()) && !err.contains(token.toUtf8()));
        api::Prediction theirs;
        QString why;
        QVERIFY2(api::parsePrediction(out, &theirs, &why), out.left(500).constData());
        QVERIFY(theirs.id != mine.id);
        QCOMPARE(theirs.model, mine.model);
        QCOMPARE(theirs.version, mine.version);
        QCOMPARE(theirs.input, mine.input);
        QCOMPARE(theirs.input, r.input);
    }
};

QTEST_MAIN(TestCopyAs)
#include "tst_copyas.moc"
