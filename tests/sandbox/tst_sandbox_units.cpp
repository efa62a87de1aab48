// Unit tests of the sandbox's pure parts: header parsing, rate limiting, pagination, SSE framing,
// fault specs, routing, input validation, prediction plans, problem bodies.
#include "app/sandbox/BuiltinModels.h"
#include "app/sandbox/FaultSpec.h"
#include "app/sandbox/InputValidator.h"
#include "app/sandbox/Pagination.h"
#include "app/sandbox/PredictionPlan.h"
#include "app/sandbox/RateLimiter.h"
#include "app/sandbox/Reply.h"
#include "app/sandbox/RequestHeaders.h"
#include "app/sandbox/RoutePattern.h"
#include "app/sandbox/SandboxConfig.h"
#include "app/sandbox/SseFormat.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace r8::sandbox;

class TestSandboxUnits : public QObject
{
    Q_OBJECT
private slots:
    void authorization()
    {
        QCOMPARE(parseAuthorization("Bearer r8_abc").value_or(QString()), QStringLiteral("r8_abc"));
        QCOMPARE(parseAuthorization("Token r8_abc").value_or(QString()), QStringLiteral("r8_abc"));
        QCOMPARE(parseAuthorization("  bearer   r8_abc ").value_or(QString()), QStringLiteral("r8_abc"));
        QVERIFY(!parseAuthorization("Basic dXNlcjpwdw==").has_value());
        QVERIFY(!parseAuthorization("Bearer").has_value());
        QVERIFY(!parseAuthorization("r8_abc").has_value());
        QVERIFY(!parseAuthorization("Bearer a b").has_value());
    }
    void preferWait()
    {
        QByteArray applied;
        QCOMPARE(parsePreferWait("wait", &applied), 60);
        QCOMPARE(applied, QByteArray("wait"));
        QCOMPARE(parsePreferWait("wait=10", &applied), 10);
        QCOMPARE(applied, QByteArray("wait=10"));
        QCOMPARE(parsePreferWait("respond-async, wait=5"), 5);
        QCOMPARE(parsePreferWait("respond-async"), 0);
        QCOMPARE(parsePreferWait("wait=0"), -1);
        QCOMPARE(parsePreferWait("wait=61"), -1);
        QCOMPARE(parsePreferWait("wait=abc"), -1);
        QCOMPARE(parsePreferWait("wait=-3"), -1);
        QCOMPARE(parsePreferWait("wait="), -1);
    }
    void cancelAfter()
    {
        QCOMPARE(parseCancelAfter("30"), 30);
        QCOMPARE(parseCancelAfter("90s"), 90);
        QCOMPARE(parseCancelAfter("1h30m45s"), 5445);
        QCOMPARE(parseCancelAfter("2m"), 120);
        QCOMPARE(parseCancelAfter("4"), -1);   // minimum 5 s
        QCOMPARE(parseCancelAfter("25h"), -1); // maximum 24 h
        QCOMPARE(parseCancelAfter("1h30"), -1);
        QCOMPARE(parseCancelAfter("soon"), -1);
        QCOMPARE(parseCancelAfter(""), -1);
    }
    void rateLimiterBurstThenThrottle()
    {
        RateLimiter rl;
        rl.setLimits(3, 60);
        QCOMPARE(rl.take(QStringLiteral("t"), RateLimiter::Create, 0).remaining, 2);
        QVERIFY(rl.take(QStringLiteral("t"), RateLimiter::Create, 0).allowed);
        QVERIFY(rl.take(QStringLiteral("t"), RateLimiter::Create, 0).allowed);
        const auto refused = rl.take(QStringLiteral("t"), RateLimiter::Create, 0);
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfter, 20);                                          // 3/min = one every 20 s
        QVERIFY(rl.take(QStringLiteral("other"), RateLimiter::Create, 0).allowed); // per token
        QVERIFY(rl.take(QStringLiteral("t"), RateLimiter::Other, 0).allowed);      // per bucket
        QVERIFY(rl.take(QStringLiteral("t"), RateLimiter::Create, 20000).allowed); // refilled
        const auto d = RateLimiter().take(QStringLiteral("x"), RateLimiter::Create, 0);
        QCOMPARE(d.remaining, 599);
        QCOMPARE(d.resetSeconds, 1);
    }
    void pagination()
    {
        QList<qint64> all;
        for (int i = 10; i >= 1; --i)
            all.append(i);
        Page p1 = paginate(all, {}, 4);
        QCOMPARE(p1.seqs, (QList<qint64>{10, 9, 8, 7}));
        QVERIFY(p1.previousCursor.isEmpty());
        Page p2 = paginate(all, p1.nextCursor, 4);
        QCOMPARE(p2.seqs, (QList<qint64>{6, 5, 4, 3}));
        Page p3 = paginate(all, p2.nextCursor, 4);
        QCOMPARE(p3.seqs, (QList<qint64>{2, 1}));
        QVERIFY(p3.nextCursor.isEmpty());
        Page back = paginate(all, p3.previousCursor, 4);
        QCOMPARE(back.seqs, p2.seqs);
        QVERIFY(!paginate(all, "not*base64", 4).valid);
        QVERIFY(!paginate(all, QByteArray("x:1").toBase64(), 4).valid);
    }
    void sseFraming()
    {
        QCOMPARE(formatSseEvent("output", "1:0", QStringLiteral(" world")),
                 QByteArray("event: output\nid: 1:0\ndata:  world\n\n"));
        QCOMPARE(formatSseEvent("logs", "1:1", QStringLiteral("a\nb")),
                 QByteArray("event: logs\nid: 1:1\ndata: a\ndata: b\n\n"));
        QCOMPARE(sseEventId(1690212292, 3), QByteArray("1690212292:3"));
    }
    void faultSpec()
    {
        FaultSpec f;
        QString error;
        QVERIFY(FaultSpec::parse(
            QStringLiteral("latency=100ms,error=0.5:502,error.create=1:504,truncate=0.1,stall=1"), &f,
            &error));
        QCOMPARE(f.latencyMs, 100);
        QCOMPARE(f.error.status, 502);
        QCOMPARE(f.errorByArea.value(QStringLiteral("create")).status, 504);
        QCOMPARE(f.truncate, 0.1);
        QCOMPARE(f.stall, 1.0);
        QVERIFY(!FaultSpec::parse(QStringLiteral("error=2"), &f, &error));
        QVERIFY(error.contains(QLatin1String("error")));
        QVERIFY(!FaultSpec::parse(QStringLiteral("error=0.1:404"), &f, &error));
        QVERIFY(!FaultSpec::parse(QStringLiteral("error.nowhere=0.1"), &f, &error));
        QVERIFY(error.contains(QLatin1String("nowhere")));
        QVERIFY(!FaultSpec::parse(QStringLiteral("explode=1"), &f, &error));
        QVERIFY(FaultSpec::parse(QString(), &f, &error));
        QVERIFY(f.isEmpty());
    }
    void routes()
    {
        QHash<QString, QString> p;
        QVERIFY(matchRoute(QStringLiteral("/v1/models/{owner}/{name}"),
                           QStringLiteral("/v1/models/meta/llama/"), &p));
        QCOMPARE(p.value(QStringLiteral("name")), QStringLiteral("llama"));
        QVERIFY(
            !matchRoute(QStringLiteral("/v1/models/{owner}/{name}"), QStringLiteral("/v1/models/meta"), &p));
        QVERIFY(
            !matchRoute(QStringLiteral("/v1/models/{owner}/{name}"), QStringLiteral("/v1/models//x"), &p));
    }
    void validation()
    {
        const SandboxModel m = builtin::sdxl();
        QVERIFY(validateInput(QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}}, m.input, m.enums)
                    .isEmpty());
        auto errs = validateInput(QJsonObject{{QStringLiteral("num_outputs"), 9}}, m.input, m.enums);
        QCOMPARE(errs.size(), 1);
        QCOMPARE(errs.first().field, QStringLiteral("input.num_outputs"));
        QVERIFY(errs.first().description.contains(QLatin1String("less than or equal to 4")));
        errs = validateInput(QJsonObject{{QStringLiteral("width"), 10.5}}, m.input, m.enums);
        QCOMPARE(errs.first().type, QStringLiteral("invalid_type"));
        errs = validateInput(QJsonObject{{QStringLiteral("scheduler"), QStringLiteral("FAST")}}, m.input,
                             m.enums);
        QCOMPARE(errs.first().type, QStringLiteral("enum"));
        QVERIFY(errs.first().description.contains(QLatin1String("\"K_EULER\"")));
        errs = validateInput(QJsonObject{{QStringLiteral("image"), QStringLiteral("not a url")}}, m.input,
                             m.enums);
        QCOMPARE(errs.first().type, QStringLiteral("format"));
        errs = validateInput(QJsonObject{{QStringLiteral("apply_watermark"), QStringLiteral("yes")}}, m.input,
                             m.enums);
        QCOMPARE(errs.first().description, QStringLiteral("Invalid type. Expected: boolean, given: string"));
        const SandboxModel flux = builtin::fluxSchnell();
        errs = validateInput(QJsonObject{}, flux.input, flux.enums);
        QCOMPARE(errs.first().field, QStringLiteral("input.prompt"));
        QCOMPARE(errs.first().type, QStringLiteral("required"));
        QCOMPARE(validationDetail(errs), QStringLiteral("- input.prompt: prompt is required\n"));
        // pydantic-style ge/le and direct enums that disagree with their type
        const QJsonObject schema{
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("n"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                                   {QStringLiteral("ge"), 1},
                                                   {QStringLiteral("le"), 3}}},
                 {QStringLiteral("size"),
                  QJsonObject{
                      {QStringLiteral("type"), QStringLiteral("integer")},
                      {QStringLiteral("enum"), QJsonArray{QStringLiteral("512"), QStringLiteral("256")}}}}}}};
        QCOMPARE(validateInput(QJsonObject{{QStringLiteral("n"), 4}}, schema, {}).size(), 1);
        QVERIFY(validateInput(QJsonObject{{QStringLiteral("size"), 512}}, schema, {}).isEmpty());
        QCOMPARE(withDefaults(QJsonObject{}, m.input).value(QStringLiteral("scheduler")).toString(),
                 QStringLiteral("K_EULER"));
    }
    void plans()
    {
        const SandboxModel flux = builtin::fluxSchnell();
        const auto plan =
            planPrediction(flux,
                           withDefaults(QJsonObject{{QStringLiteral("prompt"), QStringLiteral("cat")},
                                                    {QStringLiteral("num_outputs"), 2},
                                                    {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")}},
                                        flux.input),
                           7);
        QCOMPARE(plan.imageCount, 2);
        QCOMPARE(plan.imageWidth, 512);
        QCOMPARE(plan.imageHeight, 288);
        QCOMPARE(plan.imageFormat, QStringLiteral("webp"));
        QCOMPARE(plan.steps.last().kind, PlanStep::Succeed);
        for (int i = 1; i < plan.steps.size(); ++i)
            QVERIFY(plan.steps.at(i).atMs >= plan.steps.at(i - 1).atMs);
        const auto again = planPrediction(
            flux, withDefaults(QJsonObject{{QStringLiteral("prompt"), QStringLiteral("cat")}}, flux.input),
            7);
        QCOMPARE(again.steps.first().text,
                 planPrediction(
                     flux,
                     withDefaults(QJsonObject{{QStringLiteral("prompt"), QStringLiteral("cat")}}, flux.input),
                     7)
                     .steps.first()
                     .text);
        const auto fails = planPrediction(builtin::alwaysFails(), QJsonObject{}, 1);
        QCOMPARE(fails.steps.last().kind, PlanStep::Fail);
        QVERIFY(tqdmLine(2, 4, 8).startsWith(QLatin1String(" 50%|")));
        QVERIFY(tqdmLine(2, 4, 8).contains(QLatin1String("2/4 [")));
    }
    void problemBodiesAreExact()
    {
        QCOMPARE(problems::invalidToken().body,
                 QByteArray("{\"title\":\"Unauthenticated\",\"detail\":\"You did not pass a valid "
                            "authentication token\",\"status\":401}\n"));
        QCOMPARE(problems::invalidToken().header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(problems::disabledToken().body,
                 QByteArray("{\"title\":\"Unauthenticated\",\"detail\":\"This API token has been "
                            "disabled\",\"status\":401}\n"));
    }
    void demoConfig()
    {
        const SandboxConfig a = SandboxConfig::demo(5), b = SandboxConfig::demo(5),
                            c = SandboxConfig::demo(6);
        QCOMPARE(a.tokens.first().token, b.tokens.first().token);
        QVERIFY(a.tokens.first().token != c.tokens.first().token);
        static const QRegularExpression shape(QStringLiteral("^r8_[A-Za-z0-9_-]{37}$"));
        int disabled = 0;
        for (const auto& t : a.tokens) {
            QVERIFY(shape.match(t.token).hasMatch());
            disabled += t.disabled && t.disabledReason == QLatin1String("compromised");
        }
        QCOMPARE(disabled, 1);
        QString error;
        SandboxConfig::fromJson("{\"tokens\":[{\"token\":\"r8_x\",\"account\":\"nobody\"}]}", &error);
        QVERIFY(!error.isEmpty());
        SandboxConfig::fromJson("[1]", &error);
        QVERIFY(error.contains(QLatin1String("object")));
        const SandboxConfig ok = SandboxConfig::fromJson(
            "{\"accounts\":[{\"username\":\"zed\"}],\"tokens\":[{\"name\":\"t\",\"token\":\"r8_"
            "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\",\"account\":\"zed\"}],\"page_size\":3}",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ok.tokens.size(), 1);
        QCOMPARE(ok.pageSize, 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxUnits)
#include "tst_sandbox_units.moc"
