// PredictionRunner and OutputFetcher against the in-process sandbox: Prefer: wait, polling,
// streaming in order, stream fallback, cancel, 422 naming the field, 401, a failing model, downloads.
#include "app/api/ApiClient.h"
#include "app/composer/OutputFetcher.h"
#include "app/composer/OutputItems.h"
#include "app/composer/PredictionRunner.h"
#include "app/sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::composer;
using r8::sandbox::SandboxServer;

namespace {
QString goodToken(const SandboxServer& s)
{
    for (const auto& t : s.tokens()) {
        if (!t.disabled)
            return t.token;
    }
    return {};
}

ComposerRequest make(const QString& target, const QJsonObject& input)
{
    ComposerRequest r;
    r.target = *parseTarget(target, nullptr);
    r.input = input;
    return r;
}
} // namespace

class TestRunner : public QObject
{
    Q_OBJECT
private:
    SandboxServer* m_sandbox = nullptr;
    api::ApiClient* m_client = nullptr;
    api::ApiTarget target() const { return {m_sandbox->baseUrl(), goodToken(*m_sandbox)}; }

private slots:
    void init()
    {
        m_sandbox = new SandboxServer();
        QVERIFY(m_sandbox->start());
        m_sandbox->setSpeed(20);
        m_client = new api::ApiClient();
    }
    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    void waitModeSucceedsWithImage()
    {
        PredictionRunner runner(m_client);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        QSignalSpy created(&runner, &PredictionRunner::created);
        QSignalSpy exchanged(&runner, &PredictionRunner::exchanged);
        runner.start(make(QStringLiteral("black-forest-labs/flux-schnell"),
                          {{QStringLiteral("prompt"), QStringLiteral("a cat wearing a hat")}}),
                     target());
        QVERIFY(finished.wait(20000));
        QCOMPARE(created.size(), 1);
        const auto p = finished.first().first().value<api::Prediction>();
        QCOMPARE(p.status, api::PredictionStatus::Succeeded);
        const auto items = outputItems(p.output);
        QVERIFY(!items.isEmpty());
        QCOMPARE(items.first().kind, OutputItem::Kind::Image);
        const auto first = exchanged.first().first().value<Exchange>();
        QCOMPARE(first.request.header("Prefer"), QByteArray("wait"));
        QCOMPARE(first.result.status, 201);
        QVERIFY(first.ttfbMs >= 0 && first.ttfbMs <= first.totalMs);
        QVERIFY(first.request.header("Authorization").isEmpty());
        QVERIFY(!runner.isRunning());
    }

    void asyncPollsToTheEnd()
    {
        PredictionRunner runner(m_client);
        PredictionRunner::Options o;
        o.firstPollMs = 50;
        runner.setOptions(o);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        QSignalSpy status(&runner, &PredictionRunner::statusChanged);
        QSignalSpy exchanged(&runner, &PredictionRunner::exchanged);
        ComposerRequest r = make(QStringLiteral("black-forest-labs/flux-schnell"),
                                 {{QStringLiteral("prompt"), QStringLiteral("x")}});
        r.wait = false;
        runner.start(r, target());
        QVERIFY(finished.wait(20000));
        const auto p = finished.first().first().value<api::Prediction>();
        QCOMPARE(p.status, api::PredictionStatus::Succeeded);
        QVERIFY(exchanged.size() >= 2); // create + at least one poll
        QCOMPARE(status.first().at(1).toString(), QStringLiteral("starting"));
        QCOMPARE(status.last().at(1).toString(), QStringLiteral("succeeded"));
        // The files are on the sandbox; fetch one into memory and one onto disk.
        const QStringList urls = outputUrls(p.output);
        QVERIFY(!urls.isEmpty());
        QVERIFY(urls.first().startsWith(QLatin1String("http://127.0.0.1")));
        OutputFetcher fetcher(m_client);
        QSignalSpy fetched(&fetcher, &OutputFetcher::fetched);
        fetcher.fetch(urls.first(), target());
        QVERIFY(fetched.wait(10000));
        QVERIFY(fetched.first().first().toByteArray().size() > 100);
        QTemporaryDir dir;
        QSignalSpy saved(&fetcher, &OutputFetcher::saved);
        fetcher.fetch(urls.first(), target(), dir.filePath(QStringLiteral("out.webp")));
        QVERIFY(saved.wait(10000));
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("out.webp"))).size(),
                 fetched.first().first().toByteArray().size());
    }

    void streamsTextInOrder()
    {
        PredictionRunner runner(m_client);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        QSignalSpy text(&runner, &PredictionRunner::outputText);
        QSignalSpy fallback(&runner, &PredictionRunner::streamFallback);
        ComposerRequest r = make(QStringLiteral("meta/meta-llama-3-8b-instruct"),
                                 {{QStringLiteral("prompt"), QStringLiteral("Tell me a story")}});
        r.stream = true;
        runner.start(r, target());
        QVERIFY(finished.wait(30000));
        QCOMPARE(fallback.size(), 0);
        const auto p = finished.first().first().value<api::Prediction>();
        QCOMPARE(p.status, api::PredictionStatus::Succeeded);
        QVERIFY(p.streamUrl.isValid());
        QVERIFY(text.size() > 3);
        QString joined;
        for (const auto& c : text)
            joined += c.first().toString();
        QCOMPARE(joined, composer::outputText(p.output));
        QCOMPARE(runner.streamedText(), joined);
    }

    // A stream still open after its `done` event is closed by the runner (it does not wait): that
    // exchange is a complete 200 stream, not a canceled request, and nothing falls back.
    void streamClosedByTheRunnerAfterDoneIsComplete()
    {
        m_sandbox->setHoldStreamsAfterDone(true);
        PredictionRunner runner(m_client);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        QSignalSpy fallback(&runner, &PredictionRunner::streamFallback);
        QList<Exchange> exchanges;
        connect(&runner, &PredictionRunner::exchanged, this,
                [&](const Exchange& ex) { exchanges.append(ex); });
        ComposerRequest r = make(QStringLiteral("meta/meta-llama-3-8b-instruct"),
                                 {{QStringLiteral("prompt"), QStringLiteral("hi")}});
        r.stream = true;
        runner.start(r, target());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<api::Prediction>().status, api::PredictionStatus::Succeeded);
        QCOMPARE(fallback.size(), 0);
        // The stream exchange is reported when the runner has closed it, possibly after `finished`.
        const auto streamExchange = [&]() -> const Exchange* {
            for (const Exchange& ex : exchanges) {
                if (ex.request.url.path().startsWith(QLatin1String("/stream/")))
                    return &ex;
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(streamExchange() != nullptr, 10000);
        const Exchange* stream = streamExchange();
        QVERIFY2(stream->result.ok(), qPrintable(stream->result.error));
        QCOMPARE(stream->result.status, 200);
        QVERIFY(stream->result.error.isEmpty());
    }

    void brokenStreamFallsBackToPolling()
    {
        PredictionRunner runner(m_client);
        PredictionRunner::Options o;
        o.firstPollMs = 50;
        runner.setOptions(o);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        QSignalSpy text(&runner, &PredictionRunner::outputText);
        // Drop the stream connection; let the polls through once the runner has fallen back.
        connect(&runner, &PredictionRunner::created, this, [this] {
            sandbox::FaultSpec f;
            f.drop = 1;
            m_sandbox->setFaults(f);
        });
        connect(&runner, &PredictionRunner::streamFallback, this, [this] { m_sandbox->setFaults({}); });
        QSignalSpy fallback(&runner, &PredictionRunner::streamFallback);
        ComposerRequest r = make(QStringLiteral("meta/meta-llama-3-8b-instruct"),
                                 {{QStringLiteral("prompt"), QStringLiteral("hi")}});
        r.stream = true;
        runner.start(r, target());
        QVERIFY(finished.wait(30000));
        QCOMPARE(fallback.size(), 1);
        const auto p = finished.first().first().value<api::Prediction>();
        QCOMPARE(p.status, api::PredictionStatus::Succeeded);
        QString joined;
        for (const auto& c : text)
            joined += c.first().toString();
        QCOMPARE(joined, composer::outputText(p.output)); // nothing lost, nothing twice
    }

    void cancelEndsCanceled()
    {
        m_sandbox->setSpeed(1);
        PredictionRunner runner(m_client);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        connect(&runner, &PredictionRunner::created, &runner, &PredictionRunner::cancel);
        ComposerRequest r = make(QStringLiteral("meta/meta-llama-3-8b-instruct"),
                                 {{QStringLiteral("prompt"), QStringLiteral("long")}});
        r.wait = false;
        runner.start(r, target());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<api::Prediction>().status, api::PredictionStatus::Canceled);
    }

    void invalidInputNamesTheField()
    {
        PredictionRunner runner(m_client);
        QSignalSpy failed(&runner, &PredictionRunner::failed);
        runner.start(
            make(QStringLiteral("black-forest-labs/flux-schnell"),
                 {{QStringLiteral("prompt"), QStringLiteral("x")}, {QStringLiteral("num_outputs"), 9}}),
            target());
        QVERIFY(failed.wait(10000));
        const auto e = failed.first().first().value<RunError>();
        QCOMPARE(e.kind, RunError::Kind::InvalidInput);
        QCOMPARE(e.status, 422);
        QCOMPARE(e.fields.size(), 1);
        QCOMPARE(e.fields.first().key, QStringLiteral("num_outputs"));
        QVERIFY(e.message.contains(QLatin1String("num_outputs")));
    }

    void rejectedTokenIsExplained()
    {
        PredictionRunner runner(m_client);
        QSignalSpy failed(&runner, &PredictionRunner::failed);
        const QString bad = QStringLiteral("r8_") + QString(37, QLatin1Char('z'));
        runner.start(
            make(QStringLiteral("replicate/hello-world"), {{QStringLiteral("text"), QStringLiteral("x")}}),
            {m_sandbox->baseUrl(), bad});
        QVERIFY(failed.wait(10000));
        const auto e = failed.first().first().value<RunError>();
        QCOMPARE(e.kind, RunError::Kind::TokenRejected);
        QVERIFY(!e.message.contains(bad));
    }

    void failingModelReportsErrorAndProgress()
    {
        PredictionRunner runner(m_client);
        PredictionRunner::Options o;
        o.firstPollMs = 30;
        o.maxPollMs = 100;
        runner.setOptions(o);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        QSignalSpy progress(&runner, &PredictionRunner::progressChanged);
        QSignalSpy logs(&runner, &PredictionRunner::logsChanged);
        ComposerRequest r =
            make(QStringLiteral("sandbox/always-fails"), {{QStringLiteral("steps_before_failure"), 5}});
        r.wait = false;
        runner.start(r, target());
        QVERIFY(finished.wait(20000));
        const auto p = finished.first().first().value<api::Prediction>();
        QCOMPARE(p.status, api::PredictionStatus::Failed);
        QVERIFY(!p.error.isEmpty());
        QVERIFY(logs.size() >= 1);
        qInfo("progress updates seen: %d", int(progress.size()));
    }

    void rateLimitedCreateSaysWhen()
    {
        m_sandbox->setRateLimits(1, 3000);
        PredictionRunner runner(m_client);
        QSignalSpy finished(&runner, &PredictionRunner::finished);
        QSignalSpy failed(&runner, &PredictionRunner::failed);
        const ComposerRequest r = make(QStringLiteral("black-forest-labs/flux-schnell"),
                                       {{QStringLiteral("prompt"), QStringLiteral("x")}});
        runner.start(r, target());
        QVERIFY2(finished.wait(10000),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<RunError>().message));
        runner.start(r, target());
        QVERIFY(failed.wait(10000));
        const auto e = failed.first().first().value<RunError>();
        QCOMPARE(e.kind, RunError::Kind::RateLimited);
        QVERIFY2(e.retryAt.isValid(), qPrintable(e.message));
        QVERIFY(e.retryAt > QDateTime::currentDateTimeUtc().addSecs(-1));
    }
};

QTEST_MAIN(TestRunner)
#include "tst_runner.moc"
