// The pure parse functions and policies, on byte buffers.
#include "app/api/Account.h"
#include "app/api/ApiTime.h"
#include "app/api/Environment.h"
#include "app/api/HeaderLine.h"
#include "app/api/Prediction.h"
#include "app/api/Problem.h"
#include "app/api/RetryPolicy.h"
#include "app/api/TokensApi.h"
#include "app/api/UrlPolicy.h"
#include "app/api/Verification.h"

#include <QTest>

using namespace r8;
using namespace r8::api;

class TestApiParsers : public QObject
{
    Q_OBJECT
private slots:
    void headerLines_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        using K = HeaderLine::Kind;
        QTest::newRow("http/1.1") << QByteArray("HTTP/1.1 200 OK\r\n") << int(K::Status) << 200
                                  << QByteArray() << QByteArray();
        QTest::newRow("http/2") << QByteArray("HTTP/2 429 \r\n") << int(K::Status) << 429 << QByteArray()
                                << QByteArray();
        QTest::newRow("1xx") << QByteArray("HTTP/1.1 100 Continue\r\n") << int(K::Status) << 100
                             << QByteArray() << QByteArray();
        QTest::newRow("no code") << QByteArray("HTTP/1.1 OK\r\n") << int(K::Status) << 0 << QByteArray()
                                 << QByteArray();
        QTest::newRow("two digits") << QByteArray("HTTP/1.1 20\r\n") << int(K::Status) << 0 << QByteArray()
                                    << QByteArray();
        QTest::newRow("field") << QByteArray("Retry-After:  30 \r\n") << int(K::Field) << 0
                               << QByteArray("Retry-After") << QByteArray("30");
        QTest::newRow("empty value") << QByteArray("x-empty:\r\n") << int(K::Field) << 0
                                     << QByteArray("x-empty") << QByteArray();
        QTest::newRow("colon in value") << QByteArray("Location: http://h:1/x\r\n") << int(K::Field) << 0
                                        << QByteArray("Location") << QByteArray("http://h:1/x");
        QTest::newRow("folded") << QByteArray("\t more\r\n") << int(K::Continuation) << 0 << QByteArray()
                                << QByteArray("more");
        QTest::newRow("end") << QByteArray("\r\n") << int(K::End) << 0 << QByteArray() << QByteArray();
        QTest::newRow("space in name")
            << QByteArray("Bad Name: x\r\n") << int(K::Junk) << 0 << QByteArray() << QByteArray();
        QTest::newRow("no colon") << QByteArray("garbage\r\n") << int(K::Junk) << 0 << QByteArray()
                                  << QByteArray();
        QTest::newRow("inner newline")
            << QByteArray("A: b\nC: d\r\n") << int(K::Junk) << 0 << QByteArray() << QByteArray();
        QTest::newRow("nothing") << QByteArray() << int(K::Junk) << 0 << QByteArray() << QByteArray();
    }

    void headerLines()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        const HeaderLine h = parseHeaderLine(raw);
        QCOMPARE(int(h.kind), kind);
        QCOMPARE(h.status, status);
        QCOMPARE(h.name, name);
        QCOMPARE(h.value, value);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ms");
        QTest::newRow("2 digits") << QStringLiteral("2024-10-04T18:07:40.32Z") << 320;
        QTest::newRow("3 digits") << QStringLiteral("2024-04-22T11:15:15.329Z") << 329;
        QTest::newRow("6 digits") << QStringLiteral("2023-08-16T18:57:08.360785Z") << 360;
        QTest::newRow("9 digits") << QStringLiteral("2023-11-16T11:46:16.064900134Z") << 64;
        QTest::newRow("none") << QStringLiteral("2023-11-16T11:46:16Z") << 0;
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(int, ms);
        const QDateTime t = parseApiTime(text);
        QVERIFY(t.isValid());
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QCOMPARE(t.time().msec(), ms);
        QCOMPARE(t.date().year(), text.left(4).toInt());
    }
    void timestampOffsetsAndGarbage()
    {
        QCOMPARE(parseApiTime(QStringLiteral("2024-01-01T02:00:00+02:00")),
                 parseApiTime(QStringLiteral("2024-01-01T00:00:00Z")));
        QVERIFY(!parseApiTime(QStringLiteral("2024-13-01T00:00:00Z")).isValid());
        QVERIFY(!parseApiTime(QStringLiteral("2024-01-01T00:00:00.1234567890Z")).isValid());
        QVERIFY(!parseApiTime(QStringLiteral("yesterday")).isValid());
    }

    void problems()
    {
        Problem p = parseProblem("{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass a valid "
                                 "authentication token\",\"status\":401}",
                                 401);
        QVERIFY(p.json);
        QCOMPARE(p.bodyStatus, 401);
        QCOMPARE(p.message(),
                 QStringLiteral("Unauthenticated: You did not pass a valid authentication token (HTTP 401)"));
        p = parseProblem("{\"detail\":\"Not found.\"}", 404);
        QCOMPARE(p.message(), QStringLiteral("Not found. (HTTP 404)"));
        p = parseProblem("{}", 500);
        QCOMPARE(p.message(), QStringLiteral("Server error (HTTP 500)"));
        p = parseProblem("<html>Bad gateway</html>", 502);
        QVERIFY(!p.json);
        QVERIFY(p.message().contains(QLatin1String("not the expected JSON")));
        p = parseProblem("{\"title\":5,\"detail\":null,\"status\":\"x\"}", 422);
        QCOMPARE(p.message(), QStringLiteral("Invalid request (HTTP 422)"));
        const QString token = QStringLiteral("r8_") + QString(37, QLatin1Char('A'));
        p = parseProblem(QByteArray("{\"detail\":\"bad token ") + token.toLatin1() + "\"}", 401);
        QVERIFY(!p.message().contains(token));
    }

    void predictionShapes()
    {
        Prediction p;
        QString error;
        const QByteArray aborted =
            "{\"id\":\"abc\",\"version\":\"hidden\",\"status\":\"aborted\","
            "\"created_at\":\"2024-10-04T18:07:40.32Z\",\"urls\":{\"get\":\"https://api.replicate.com/v1/"
            "predictions/abc\",\"cancel\":\"https://x/c\"},\"brand_new\":{\"a\":1}}";
        QVERIFY(parsePrediction(aborted, &p, &error));
        QCOMPARE(p.status, PredictionStatus::Aborted);
        QVERIFY(isTerminal(p.status));
        QCOMPARE(p.version, QStringLiteral("hidden"));
        QVERIFY(p.output.isUndefined());
        QVERIFY(!p.dataRemoved.has_value());
        QVERIFY(p.webUrl.isEmpty());
        QCOMPARE(p.extra.value(QLatin1String("brand_new")).toObject().value(QLatin1String("a")).toInt(), 1);
        const QByteArray raw1 =
            "{\"id\":\"x\",\"status\":\"succeeded\",\"output\":null,\"data_removed\":true,\"logs\":null}";
        QVERIFY(parsePrediction(raw1, &p, &error));
        QVERIFY(p.output.isNull());
        QCOMPARE(p.dataRemoved, std::optional<bool>(true));
        const QByteArray raw2 = "{\"status\":\"starting\"}";
        QVERIFY(!parsePrediction(raw2, &p, &error));
        QVERIFY(error.contains(QLatin1String("id")));
        const QByteArray raw3 = "{\"id\":\"x\",\"status\":\"star";
        QVERIFY(!parsePrediction(raw3, &p, &error));
        QVERIFY(error.contains(QLatin1String("not valid JSON")));
        QVERIFY(!parsePrediction("", &p, &error));
        QVERIFY(error.contains(QLatin1String("empty")));
        QVERIFY(!parsePrediction("[1]", &p, &error));
    }

    void account()
    {
        Account a;
        QString error;
        const QByteArray raw4 = "{\"type\":\"organization\",\"username\":\"acme\",\"name\":\"Acme Corp, "
                                "Inc.\",\"github_url\":\"https://github.com/acme\"}";
        QVERIFY(parseAccount(raw4, &a, &error));
        QCOMPARE(a.username, QStringLiteral("acme"));
        QCOMPARE(a.type, QStringLiteral("organization"));
        const QByteArray raw5 = "{\"type\":\"user\"}";
        QVERIFY(!parseAccount(raw5, &a, &error));
        QVERIFY(error.contains(QLatin1String("username")));
    }

    void tokenList()
    {
        tokens::TokenPage page;
        QString error;
        const QByteArray body =
            "{\"next\":\"http://127.0.0.1:9/v1/tokens?cursor=2\",\"previous\":null,\"results\":["
            "{\"id\":\"tok_1\",\"name\":\"ci\",\"hint\":\"Ab12\",\"created_at\":\"2024-01-01T00:00:00Z\","
            "\"last_used_at\":null,"
            "\"disabled_at\":\"2024-02-01T00:00:00.5Z\",\"disabled_reason\":\"compromised\",\"current\":"
            "false},"
            "{\"id\":\"tok_2\",\"name\":\"prod\",\"hint\":\"Zz99\",\"created_at\":\"2024-01-01T00:00:00Z\","
            "\"current\":true}]}";
        QVERIFY(tokens::parseTokenPage(body, &page, &error));
        QCOMPARE(page.tokens.size(), 2);
        QVERIFY(page.tokens[0].disabled());
        QCOMPARE(page.tokens[0].disabledReason, QStringLiteral("compromised"));
        QVERIFY(page.tokens[1].current);
        QVERIFY(!page.tokens[1].lastUsedAt.isValid());
        QCOMPARE(page.next.query(), QStringLiteral("cursor=2"));
        const QByteArray raw6 = "{\"results\":[{\"name\":\"x\"}]}";
        QVERIFY(!tokens::parseTokenPage(raw6, &page, &error));
        const QByteArray raw7 = "{\"results\":{}}";
        QVERIFY(!tokens::parseTokenPage(raw7, &page, &error));
        const QByteArray raw8 = "{\"next\":\"/v1/tokens?cursor=2\",\"results\":[]}";
        QVERIFY(!tokens::parseTokenPage(raw8, &page, &error));
        QCOMPARE(tokens::disablePath(QStringLiteral("tok/../x")),
                 QStringLiteral("tokens/tok%2F..%2Fx/disable"));
        QVERIFY(tokens::isNotOffered(404) && tokens::isNotOffered(405) && !tokens::isNotOffered(401));
    }

    void retryAfter()
    {
        const QDateTime now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(parseRetryAfterMs("120", now), 120000);
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:28:30 GMT", now), 30000);
        QCOMPARE(parseRetryAfterMs("Wed, 21 Oct 2015 07:00:00 GMT", now), 0);
        QCOMPARE(parseRetryAfterMs("soon", now), -1);
        QCOMPARE(parseRetryAfterMs("", now), -1);
        QCOMPARE(parseRetryAfterMs("-5", now), -1);
        QVERIFY(isRetryableMethod("GET") && !isRetryableMethod("POST"));
        QVERIFY(isRetryableStatus(429) && isRetryableStatus(503) && isRetryableStatus(504) &&
                !isRetryableStatus(500));
    }

    void backoff()
    {
        RetryPolicy p;
        QCOMPARE(backoffDelayMs(p, 1, 0.5), 500);
        QCOMPARE(backoffDelayMs(p, 2, 0.5), 1000);
        QCOMPARE(backoffDelayMs(p, 3, 0.0), 1600);
        QCOMPARE(backoffDelayMs(p, 3, 0.999), 2399);
        QCOMPARE(backoffDelayMs(p, 20, 0.9), p.maxDelayMs);
    }

    void origins()
    {
        const QUrl base(QStringLiteral("https://api.replicate.com/v1"));
        QVERIFY(sameOrigin(QUrl(QStringLiteral("https://API.replicate.com:443/v1/x")), base));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("http://api.replicate.com/v1/x")), base));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("https://api.replicate.com:8443/v1/x")), base));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("https://api.replicate.com.evil.io/v1")), base));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("https://streaming-api.svc.us.c.replicate.net/v1/x")), base));
        QCOMPARE(resolveApiUrl(base, QStringLiteral("account")).toString(),
                 QStringLiteral("https://api.replicate.com/v1/account"));
        QCOMPARE(resolveApiUrl(QUrl(QStringLiteral("http://127.0.0.1:5/v1/")), QStringLiteral("/tokens"))
                     .toString(),
                 QStringLiteral("http://127.0.0.1:5/v1/tokens"));
        QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.2")) && isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1")));
        QVERIFY(!baseUrlProblem(QUrl(QStringLiteral("api.example.com"))).isEmpty());
        QVERIFY(!baseUrlProblem(QUrl(QStringLiteral("http://example.com/v1"))).isEmpty());
        QVERIFY(baseUrlProblem(QUrl(QStringLiteral("http://localhost:8080/v1"))).isEmpty());
    }

    void verificationClassification()
    {
        ApiResult ok;
        ok.kind = ApiResult::Kind::Ok;
        ok.status = 200;
        ok.body = "{\"type\":\"user\",\"username\":\"ada\",\"name\":\"Ada\"}";
        VerifyOutcome v = classifyAccountAnswer(ok, false);
        QCOMPARE(v.status, TokenStatus::Valid);
        QCOMPARE(v.username, QStringLiteral("ada"));
        ApiResult denied;
        denied.kind = ApiResult::Kind::HttpError;
        denied.status = 401;
        denied.problem = parseProblem(
            "{\"title\":\"Unauthenticated\",\"detail\":\"This API token has been disabled\",\"status\":401}",
            401);
        QCOMPARE(classifyAccountAnswer(denied, false).status, TokenStatus::Rejected);
        QCOMPARE(classifyAccountAnswer(denied, false).detail,
                 QStringLiteral("This API token has been disabled"));
        v = classifyAccountAnswer(denied, true);
        QCOMPARE(v.status, TokenStatus::StoppedWorking);
        QVERIFY(v.detail.contains(QLatin1String("rotate")));
        ApiResult down;
        down.kind = ApiResult::Kind::Network;
        QCOMPARE(classifyAccountAnswer(down, true).status, TokenStatus::Unreachable);
        ApiResult err;
        err.kind = ApiResult::Kind::HttpError;
        err.status = 500;
        QCOMPARE(classifyAccountAnswer(err, true).status, TokenStatus::Unknown);
    }

    void environmentsFile()
    {
        Environment e;
        e.name = QStringLiteral("eu");
        e.baseUrl = QUrl(QStringLiteral("https://eu.example.com/v1"));
        QList<Environment> back;
        QString error;
        QVERIFY(environmentsFromJson(environmentsToJson({e}), &back, &error));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back[0].baseUrl, e.baseUrl);
        QVERIFY(!environmentsFromJson("{", &back, &error));
        const QByteArray raw9 = "{\"version\":1,\"environments\":[{\"name\":\"\",\"base_url\":\"x\"}]}";
        QVERIFY(!environmentsFromJson(raw9, &back, &error));
    }
};

QTEST_GUILESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
