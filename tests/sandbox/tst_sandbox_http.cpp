// The sandbox over real HTTP on loopback: auth, account, tokens, models, predictions (lifecycle,
// Prefer: wait, Cancel-After, cancel, list), validation, streams, files, rate limits, faults, robustness.
#include "app/sandbox/SandboxServer.h"
#include "tests/sandbox/SandboxTestClient.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace r8::sandbox;
using r8::test::HttpResult;
using r8::test::SandboxTestClient;

namespace {
QByteArray body(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QJsonObject promptInput(const QString& prompt)
{
    return {{QStringLiteral("input"), QJsonObject{{QStringLiteral("prompt"), prompt}}}};
}
} // namespace

class TestSandboxHttp : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> http;
    QString tok;

    void fresh(double speed = 50)
    {
        http.reset();
        server = std::make_unique<SandboxServer>();
        QString error;
        QVERIFY2(server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        server->setSpeed(speed);
        http = std::make_unique<SandboxTestClient>(server->baseUrl());
        tok = server->tokens().first().token;
    }
    HttpResult waitDone(const QString& id)
    {
        HttpResult r;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    r = http->call("GET", QStringLiteral("/predictions/") + id, tok);
                    const QString s = r.json().value(QStringLiteral("status")).toString();
                    return s == QLatin1String("succeeded") || s == QLatin1String("failed") ||
                           s == QLatin1String("canceled");
                }(),
                15000);
        }();
        return r;
    }

private slots:
    void init() { fresh(); }

    void baseUrlIsLoopback()
    {
        QCOMPARE(server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(server->baseUrl().path(), QStringLiteral("/v1"));
        QVERIFY(server->baseUrl().port() > 0);
    }

    void authSchemesAndExactErrors()
    {
        QCOMPARE(http->call("GET", QStringLiteral("/account"), tok).status, 200);
        QCOMPARE(http->call("GET", QStringLiteral("/account"), {}, {},
                            {{"Authorization", "Token " + tok.toLatin1()}})
                     .status,
                 200);
        const HttpResult missing = http->call("GET", QStringLiteral("/account"));
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(missing.body, QByteArray("{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass an "
                                          "authentication token\",\"status\":401}\n"));
        const HttpResult bad =
            http->call("POST", QStringLiteral("/predictions"), QStringLiteral("invalid"), "{}");
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.body, QByteArray("{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass a valid "
                                      "authentication token\",\"status\":401}\n"));
        QString disabled;
        for (const auto& t : server->tokens())
            if (t.disabled)
                disabled = t.token;
        const HttpResult d = http->call("GET", QStringLiteral("/models"), disabled);
        QCOMPARE(d.status, 401);
        QCOMPARE(d.json().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("This API token has been disabled"));
    }

    void account()
    {
        const QJsonObject a = http->call("GET", QStringLiteral("/account"), tok).json();
        QCOMPARE(a.value(QStringLiteral("username")).toString(), QStringLiteral("demo"));
        QCOMPARE(a.value(QStringLiteral("type")).toString(), QStringLiteral("user"));
        QVERIFY(!a.value(QStringLiteral("name")).toString().isEmpty());
    }

    void tokensListPaginateAndDisable()
    {
        server->setPageSize(2);
        HttpResult r = http->call("GET", QStringLiteral("/tokens"), tok);
        QCOMPARE(r.status, 200);
        QJsonArray all = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(all.size(), 2);
        const QString next = r.json().value(QStringLiteral("next")).toString();
        QVERIFY(next.startsWith(server->baseUrl().toString() + QStringLiteral("/tokens?cursor=")));
        r = http->call("GET", next, tok);
        for (const auto& v : r.json().value(QStringLiteral("results")).toArray())
            all.append(v);
        QCOMPARE(all.size(), 4); // demo has four tokens; acme's is not listed
        QString ciId, selfId;
        for (const auto& v : all) {
            const QJsonObject t = v.toObject();
            QVERIFY(!t.contains(QStringLiteral("token")));
            QCOMPARE(t.value(QStringLiteral("hint")).toString().size(), 4);
            if (t.value(QStringLiteral("name")).toString() == QLatin1String("ci"))
                ciId = t.value(QStringLiteral("id")).toString();
            if (t.value(QStringLiteral("current")).toBool())
                selfId = t.value(QStringLiteral("id")).toString();
            if (t.value(QStringLiteral("name")).toString() == QLatin1String("old-laptop"))
                QCOMPARE(t.value(QStringLiteral("disabled_reason")).toString(),
                         QStringLiteral("compromised"));
        }
        QVERIFY(!ciId.isEmpty());
        QVERIFY(!selfId.isEmpty());
        const QString ciToken = server->tokens().at(1).token;
        QCOMPARE(http->call("GET", QStringLiteral("/account"), ciToken).status, 200);
        r = http->call("POST", QStringLiteral("/tokens/%1/disable").arg(ciId), tok);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QStringLiteral("disabled_at")).isString());
        QCOMPARE(http->call("POST", QStringLiteral("/tokens/%1/disable").arg(ciId), tok).status,
                 200); // idempotent
        QCOMPARE(http->call("GET", QStringLiteral("/account"), ciToken)
                     .json()
                     .value(QStringLiteral("detail"))
                     .toString(),
                 QStringLiteral("This API token has been disabled"));
        QCOMPARE(http->call("POST", QStringLiteral("/tokens/tok_nothere/disable"), tok).status, 404);
        // Disabling the token in use is allowed; it stops working afterwards.
        QCOMPARE(http->call("POST", QStringLiteral("/tokens/%1/disable").arg(selfId), tok).status, 200);
        QCOMPARE(http->call("GET", QStringLiteral("/account"), tok).status, 401);
    }

    void modelsAndVersions()
    {
        const HttpResult m = http->call("GET", QStringLiteral("/models/black-forest-labs/flux-schnell"), tok);
        QCOMPARE(m.status, 200);
        const QJsonObject schema =
            m.json()[QStringLiteral("latest_version")][QStringLiteral("openapi_schema")].toObject();
        const QJsonObject input =
            schema[QStringLiteral("components")][QStringLiteral("schemas")][QStringLiteral("Input")]
                .toObject();
        QCOMPARE(
            input[QStringLiteral("properties")][QStringLiteral("prompt")][QStringLiteral("x-order")].toInt(),
            0);
        QVERIFY(input[QStringLiteral("properties")][QStringLiteral("aspect_ratio")][QStringLiteral("allOf")]
                    .isArray());
        const QJsonObject llm =
            http->call("GET", QStringLiteral("/models/meta/meta-llama-3-8b-instruct"), tok).json();
        const QJsonObject out =
            llm[QStringLiteral("latest_version")][QStringLiteral("openapi_schema")]
               [QStringLiteral("components")][QStringLiteral("schemas")][QStringLiteral("Output")]
                   .toObject();
        QCOMPARE(out[QStringLiteral("x-cog-array-type")].toString(), QStringLiteral("iterator"));
        QCOMPARE(out[QStringLiteral("x-cog-array-display")].toString(), QStringLiteral("concatenate"));
        const HttpResult versions =
            http->call("GET", QStringLiteral("/models/replicate/hello-world/versions"), tok);
        QCOMPARE(versions.json()[QStringLiteral("results")].toArray().size(), 2);
        const QString vid = versions.json()[QStringLiteral("results")][0][QStringLiteral("id")].toString();
        QCOMPARE(vid.size(), 64);
        QCOMPARE(
            http->call("GET", QStringLiteral("/models/replicate/hello-world/versions/") + vid, tok).status,
            200);
        QCOMPARE(http->call("GET", QStringLiteral("/models/nobody/nothing"), tok).status, 404);
        QCOMPARE(http->call("GET", QStringLiteral("/models"), tok)
                     .json()[QStringLiteral("results")]
                     .toArray()
                     .size(),
                 5);
    }

    void lifecycleWithLogsMetricsAndFiles()
    {
        const HttpResult c =
            http->call("POST", QStringLiteral("/models/black-forest-labs/flux-schnell/predictions"), tok,
                       body(promptInput(QStringLiteral("a red fox"))));
        QCOMPARE(c.status, 201);
        const QJsonObject created = c.json();
        QCOMPARE(created[QStringLiteral("status")].toString(), QStringLiteral("starting"));
        QCOMPARE(created[QStringLiteral("id")].toString().size(), 26);
        QVERIFY(created[QStringLiteral("urls")][QStringLiteral("get")].toString().startsWith(
            server->baseUrl().toString()));
        QCOMPARE(c.header("ratelimit-remaining"), QByteArray("599"));
        const QJsonObject done = waitDone(created[QStringLiteral("id")].toString()).json();
        QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
        QVERIFY(done[QStringLiteral("logs")].toString().contains(QLatin1String("100%|")));
        QVERIFY(done[QStringLiteral("started_at")].isString());
        QVERIFY(done[QStringLiteral("completed_at")].isString());
        QVERIFY(done[QStringLiteral("metrics")][QStringLiteral("predict_time")].isDouble());
        const QString url = done[QStringLiteral("output")][0].toString();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
        const HttpResult file = http->call("GET", url); // no auth needed
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QByteArray("image/webp"));
        const QImage img = QImage::fromData(file.body);
        QVERIFY(!img.isNull());
        QCOMPARE(img.width(), 512);
    }

    void failingModel()
    {
        const HttpResult c = http->call("POST", QStringLiteral("/models/sandbox/always-fails/predictions"),
                                        tok, body(promptInput(QStringLiteral("x"))));
        const QJsonObject done = waitDone(c.json()[QStringLiteral("id")].toString()).json();
        QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QVERIFY(done[QStringLiteral("error")].toString().contains(QLatin1String("on purpose")));
    }

    void preferWaitReturnsFinishedWithDataUris()
    {
        const HttpResult r =
            http->call("POST", QStringLiteral("/models/black-forest-labs/flux-schnell/predictions"), tok,
                       body(promptInput(QStringLiteral("sync"))), {{"Prefer", "wait"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("Preference-Applied"), QByteArray("wait"));
        QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
        QVERIFY(r.json()[QStringLiteral("output")][0].toString().startsWith(
            QLatin1String("data:image/webp;base64,")));
    }

    void preferWaitTimesOutWithIncompletePrediction()
    {
        fresh(0.1); // slow: the language model takes far longer than the hold time
        const HttpResult r =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("long"))), {{"Prefer", "wait=1"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.header("Preference-Applied"), QByteArray("wait=1"));
        const QString s = r.json()[QStringLiteral("status")].toString();
        QVERIFY2(s == QLatin1String("starting") || s == QLatin1String("processing"), qPrintable(s));
        QVERIFY2(r.elapsedMs >= 900, qPrintable(QString::number(r.elapsedMs)));
    }

    void malformedHeadersAre400()
    {
        for (const QByteArray& prefer : {QByteArray("wait=0"), QByteArray("wait=61"), QByteArray("wait=x")}) {
            const HttpResult r =
                http->call("POST", QStringLiteral("/models/replicate/hello-world/predictions"), tok, "{}",
                           {{"Prefer", prefer}});
            // hello-world is not an official model: use /predictions with a version instead
            Q_UNUSED(r);
            const HttpResult r2 =
                http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                           body(promptInput(QStringLiteral("x"))), {{"Prefer", prefer}});
            QCOMPARE(r2.status, 400);
            QCOMPARE(r2.header("Content-Type"), QByteArray("application/problem+json"));
            QVERIFY(r2.json()[QStringLiteral("detail")].toString().contains(QLatin1String("Prefer")));
        }
        const HttpResult ca =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("x"))), {{"Cancel-After", "2"}});
        QCOMPARE(ca.status, 400);
        const HttpResult bad = http->call("POST", QStringLiteral("/predictions"), tok, "{\"version\": ");
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json()[QStringLiteral("detail")].toString().contains(QLatin1String("JSON")));
    }

    void cancelAfterCancelsAndCancelWorks()
    {
        fresh(0.05);
        const HttpResult c =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("x"))));
        const QString id = c.json()[QStringLiteral("id")].toString();
        const HttpResult x = http->call("POST", QStringLiteral("/predictions/%1/cancel").arg(id), tok);
        QCOMPARE(x.status, 200);
        QCOMPARE(x.json()[QStringLiteral("status")].toString(), QStringLiteral("canceled"));
        QVERIFY(x.json()[QStringLiteral("completed_at")].isString());
        QCOMPARE(http->call("POST", QStringLiteral("/predictions/nothere/cancel"), tok).status, 404);

        const HttpResult d =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("x"))), {{"Cancel-After", "5s"}});
        QVERIFY(d.json()[QStringLiteral("deadline")].isString());
        const QString id2 = d.json()[QStringLiteral("id")].toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            isTerminal(http->call("GET", QStringLiteral("/predictions/") + id2, tok).json()), 9000);
        const QString s = http->call("GET", QStringLiteral("/predictions/") + id2, tok)
                              .json()[QStringLiteral("status")]
                              .toString();
        QVERIFY2(s == QLatin1String("aborted") || s == QLatin1String("canceled"), qPrintable(s));
    }

    void listPaginatesNewestFirstWithAbsoluteUrls()
    {
        server->setPageSize(3);
        QStringList ids;
        for (int i = 0; i < 7; ++i)
            ids.prepend(http->call("POST",
                                   QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                                   body(promptInput(QString::number(i))))
                            .json()[QStringLiteral("id")]
                            .toString());
        QStringList seen;
        QString next = QStringLiteral("/predictions");
        int pages = 0;
        while (!next.isEmpty() && pages < 10) {
            const QJsonObject page = http->call("GET", next, tok).json();
            for (const auto& v : page[QStringLiteral("results")].toArray())
                seen.append(v[QStringLiteral("id")].toString());
            next = page[QStringLiteral("next")].toString();
            if (!next.isEmpty())
                QVERIFY(
                    next.startsWith(server->baseUrl().toString() + QStringLiteral("/predictions?cursor=")));
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, ids);
        // Another account sees none of them.
        QCOMPARE(http->call("GET", QStringLiteral("/predictions"), server->tokens().at(4).token)
                     .json()[QStringLiteral("results")]
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(
            http->call("GET", QStringLiteral("/predictions/") + ids.first(), server->tokens().at(4).token)
                .status,
            404);
    }

    void validationAndUnknownModels()
    {
        HttpResult r = http->call(
            "POST", QStringLiteral("/models/black-forest-labs/flux-schnell/predictions"), tok,
            body({{QStringLiteral("input"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")},
                                                        {QStringLiteral("num_outputs"), 9}}}}));
        QCOMPARE(r.status, 422);
        QVERIFY(r.json()[QStringLiteral("detail")].toString().contains(QLatin1String("input.num_outputs")));
        QCOMPARE(r.json()[QStringLiteral("invalid_fields")][0][QStringLiteral("field")].toString(),
                 QStringLiteral("input.num_outputs"));
        r = http->call("POST", QStringLiteral("/models/nobody/nothing/predictions"), tok,
                       body(promptInput(QStringLiteral("x"))));
        QCOMPARE(r.status, 404);
        r = http->call("POST", QStringLiteral("/predictions"), tok,
                       body({{QStringLiteral("version"), QString(64, QLatin1Char('a'))},
                             {QStringLiteral("input"), QJsonObject{}}}));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.json()[QStringLiteral("title")].toString(),
                 QStringLiteral("Invalid version or not permitted"));
        const QString hello = http->call("GET", QStringLiteral("/models/replicate/hello-world"), tok)
                                  .json()[QStringLiteral("latest_version")][QStringLiteral("id")]
                                  .toString();
        for (const QString& ref : {hello, QStringLiteral("replicate/hello-world:") + hello}) {
            r = http->call("POST", QStringLiteral("/predictions"), tok,
                           body({{QStringLiteral("version"), ref},
                                 {QStringLiteral("input"),
                                  QJsonObject{{QStringLiteral("text"), QStringLiteral("bob")}}}}),
                           {{"Prefer", "wait=10"}});
            QCOMPARE(r.status, 201);
            QCOMPARE(r.json()[QStringLiteral("output")].toString(), QStringLiteral("hello bob"));
        }
        r = http->call("POST", QStringLiteral("/predictions"), tok,
                       body({{QStringLiteral("version"), QStringLiteral("meta/meta-llama-3-8b-instruct")},
                             {QStringLiteral("input"), QJsonObject{}}}));
        QCOMPARE(r.status, 201);
    }

    void streamDeliversOutputInOrderAndDone()
    {
        const QJsonObject c =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("stream me"))))
                .json();
        const QString streamUrl = c[QStringLiteral("urls")][QStringLiteral("stream")].toString();
        QVERIFY(streamUrl.contains(QLatin1String("/stream/")));
        const HttpResult s =
            http->call("GET", streamUrl, {}, {}, {{"Accept", "text/event-stream"}}); // no auth
        QCOMPARE(s.status, 200);
        QVERIFY(s.header("Content-Type").startsWith("text/event-stream"));
        QString text;
        int events = 0, ids = 0;
        QByteArray lastEvent;
        for (const QByteArray& block : s.body.split('\n')) {
            if (block.startsWith("event: ")) {
                lastEvent = block.mid(7);
                ++events;
            } else if (block.startsWith("id: ")) {
                ++ids;
            } else if (block.startsWith("data: ") && lastEvent == "output") {
                text += QString::fromUtf8(block.mid(6));
            }
        }
        QCOMPARE(ids, events);
        QCOMPARE(lastEvent, QByteArray("done"));
        const QJsonObject done = waitDone(c[QStringLiteral("id")].toString()).json();
        QString joined;
        for (const auto& v : done[QStringLiteral("output")].toArray())
            joined += v.toString();
        QCOMPARE(text, joined);
    }

    void rateLimitGives429WithRetryAfter()
    {
        server->setRateLimits(2, 3000);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"),
                                tok, body(promptInput(QStringLiteral("x"))))
                         .status,
                     201);
        const HttpResult r =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("x"))));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("30"));
        QCOMPARE(r.json()[QStringLiteral("detail")].toString(),
                 QStringLiteral("Request was throttled. Your rate limit resets in ~30s."));
        QCOMPARE(http->call("GET", QStringLiteral("/account"), tok).status, 200); // other bucket unaffected
    }

    void faults()
    {
        FaultSpec f;
        QString error;
        QVERIFY(FaultSpec::parse(QStringLiteral("error.account=1:502"), &f, &error));
        server->setFaults(f);
        QCOMPARE(http->call("GET", QStringLiteral("/account"), tok).status, 502);
        QCOMPARE(http->call("GET", QStringLiteral("/models/replicate/hello-world"), tok).status, 200);
        QVERIFY(FaultSpec::parse(QStringLiteral("truncate=1"), &f, &error));
        server->setFaults(f);
        HttpResult r = http->call("GET", QStringLiteral("/account"), tok);
        QCOMPARE(r.status, 200);
        QJsonParseError pe;
        QJsonDocument::fromJson(r.body, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
        QVERIFY(FaultSpec::parse(QStringLiteral("malformed=1"), &f, &error));
        server->setFaults(f);
        QJsonDocument::fromJson(http->call("GET", QStringLiteral("/account"), tok).body, &pe);
        QVERIFY(pe.error != QJsonParseError::NoError);
        QVERIFY(FaultSpec::parse(QStringLiteral("drop=1"), &f, &error));
        server->setFaults(f);
        r = http->call("GET", QStringLiteral("/models/black-forest-labs/flux-schnell"), tok);
        QVERIFY(r.networkError != QNetworkReply::NoError);
        QVERIFY(FaultSpec::parse(QStringLiteral("latency=300"), &f, &error));
        server->setFaults(f);
        r = http->call("GET", QStringLiteral("/account"), tok);
        QCOMPARE(r.status, 200);
        QVERIFY(r.elapsedMs >= 280);
        server->setFaults(FaultSpec());
        QCOMPARE(http->call("GET", QStringLiteral("/account"), tok).status, 200);
    }

    void stalledStream()
    {
        FaultSpec f;
        QString error;
        QVERIFY(FaultSpec::parse(QStringLiteral("stall=1"), &f, &error));
        server->setFaults(f);
        const QJsonObject c =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("x"))))
                .json();
        waitDone(c[QStringLiteral("id")].toString());
        QNetworkReply* reply = http->nam().get(
            QNetworkRequest(QUrl(c[QStringLiteral("urls")][QStringLiteral("stream")].toString())));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        QVERIFY(!finished.wait(700)); // stalls: never ends
        reply->abort();
        reply->deleteLater();
        server->setFaults(FaultSpec());
        QCOMPARE(http->call("GET", QStringLiteral("/account"), tok).status, 200);
    }

    void robustness()
    {
        QCOMPARE(http->call("GET", QStringLiteral("/nowhere"), tok).status, 404);
        QCOMPARE(http->call("GET", QStringLiteral("/nowhere"), tok).header("Content-Type"),
                 QByteArray("application/problem+json"));
        QCOMPARE(http->call("DELETE", QStringLiteral("/account"), tok).status, 405);
        const HttpResult big =
            http->call("POST", QStringLiteral("/predictions"), tok, QByteArray(11 * 1024 * 1024, 'x'));
        QCOMPARE(big.status, 413);
        QCOMPARE(http->call("POST", QStringLiteral("/predictions"), tok, "[1,2]").status, 400);
    }

    void clientsLeavingMidWaitAndMidStream()
    {
        fresh(0.2);
        // Mid-wait: a raw socket sends a Prefer: wait create and disconnects.
        for (int i = 0; i < 5; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, server->port());
            QVERIFY(s.waitForConnected(3000));
            const QByteArray b = body(promptInput(QStringLiteral("bye")));
            s.write("POST /v1/models/meta/meta-llama-3-8b-instruct/predictions HTTP/1.1\r\nHost: "
                    "x\r\nAuthorization: Bearer " +
                    tok.toLatin1() +
                    "\r\nPrefer: wait=2\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(b.size()) + "\r\n\r\n" + b);
            QVERIFY(s.waitForBytesWritten(3000));
            QTRY_VERIFY(server->activePredictions() > i);
            s.abort();
        }
        // Mid-stream.
        const QJsonObject c =
            http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                       body(promptInput(QStringLiteral("x"))))
                .json();
        QNetworkReply* reply = http->nam().get(
            QNetworkRequest(QUrl(c[QStringLiteral("urls")][QStringLiteral("stream")].toString())));
        QTRY_VERIFY(reply->bytesAvailable() > 0);
        reply->abort();
        reply->deleteLater();
        // The server outlives the departed clients' timers and keeps answering.
        QTest::qWait(0);
        server->setSpeed(50);
        QTRY_COMPARE_WITH_TIMEOUT(server->activePredictions(), 0, 20000);
        QCOMPARE(http->call("GET", QStringLiteral("/account"), tok).status, 200);
    }

    void twoHundredConcurrentStreams()
    {
        fresh(5);
        server->setRateLimits(100000, 100000);
        QList<QNetworkReply*> streams;
        QStringList expected;
        for (int i = 0; i < 200; ++i) {
            const QJsonObject c =
                http->call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok,
                           body(promptInput(QStringLiteral("n%1").arg(i))))
                    .json();
            QNetworkRequest req(QUrl(c[QStringLiteral("urls")][QStringLiteral("stream")].toString()));
            streams.append(http->nam().get(req));
        }
        int done = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                done = 0;
                for (auto* r : streams)
                    done += r->isFinished();
                return done == 200;
            }(),
            60000);
        for (auto* r : streams) {
            QCOMPARE(r->error(), QNetworkReply::NoError);
            QVERIFY(r->readAll().contains("event: done"));
            r->deleteLater();
        }
    }

private:
    static bool isTerminal(const QJsonObject& p)
    {
        const QString s = p[QStringLiteral("status")].toString();
        return s == QLatin1String("aborted") || s == QLatin1String("canceled") ||
               s == QLatin1String("succeeded") || s == QLatin1String("failed");
    }
};

QTEST_MAIN(TestSandboxHttp)
#include "tst_sandbox_http.moc"
