// The client against the real sandbox server (app/sandbox): verify, list/disable tokens over the
// tokens contract, 401 for a disabled token, and the sandbox's fault modes.
#include "app/api/AccountTokens.h"
#include "app/api/Prediction.h"
#include "app/api/Problem.h"
#include "app/api/UrlPolicy.h"
#include "app/api/Verification.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/api/ApiTestUtil.h"

#include <QTest>

using namespace r8;
using namespace r8::api;
using r8::sandbox::SandboxServer;

class TestApiSandbox : public QObject
{
    Q_OBJECT
private:
    static sandbox::DemoToken firstToken(const SandboxServer& s, bool disabled)
    {
        for (const auto& t : s.tokens()) {
            if (t.disabled == disabled)
                return t;
        }
        return {};
    }
    static ApiResult account(ApiClient& c, const SandboxServer& s, const QString& token)
    {
        return test::sendAndWait(c, ApiRequest::get(resolveApiUrl(s.baseUrl(), QStringLiteral("account"))),
                                 {s.baseUrl(), token});
    }

private slots:
    void verifyValidAndDisabled()
    {
        SandboxServer s;
        QVERIFY(s.start());
        ApiClient client;
        const auto good = firstToken(s, false);
        QVERIFY(!good.token.isEmpty());
        VerifyOutcome v = classifyAccountAnswer(account(client, s, good.token), false);
        QCOMPARE(v.status, TokenStatus::Valid);
        QCOMPARE(v.username, good.account);

        const auto bad = firstToken(s, true);
        QVERIFY(!bad.token.isEmpty());
        v = classifyAccountAnswer(account(client, s, bad.token), true);
        QCOMPARE(v.status, TokenStatus::StoppedWorking);
        QVERIFY(!v.detail.contains(bad.token));
        v = classifyAccountAnswer(account(client, s, QStringLiteral("r8_") + QString(37, QLatin1Char('x'))),
                                  false);
        QCOMPARE(v.status, TokenStatus::Rejected);
    }

    void listAndDisableTokens()
    {
        SandboxServer s;
        QVERIFY(s.start());
        s.setPageSize(1); // forces following "next" across pages
        ApiClient client;
        AccountTokens at(&client);
        const auto me = firstToken(s, false);
        int sameAccount = 0;
        QString victimToken;
        for (const auto& t : s.tokens()) {
            if (t.account == me.account) {
                ++sameAccount;
                if (!t.disabled && t.token != me.token)
                    victimToken = t.token;
            }
        }
        AccountTokens::ListResult list;
        bool done = false;
        at.list({s.baseUrl(), me.token}, [&](const AccountTokens::ListResult& r) {
            list = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(list.outcome == AccountTokens::Outcome::Ok, qPrintable(list.error));
        QCOMPARE(list.tokens.size(), sameAccount);
        QString victimId;
        int current = 0;
        for (const auto& t : list.tokens) {
            current += t.current ? 1 : 0;
            if (!victimToken.isEmpty() && t.hint == victimToken.right(4))
                victimId = t.id;
        }
        QCOMPARE(current, 1);
        QVERIFY(!victimId.isEmpty());
        QCOMPARE(classifyAccountAnswer(account(client, s, victimToken), false).status, TokenStatus::Valid);
        AccountTokens::DisableResult d;
        done = false;
        at.disable({s.baseUrl(), me.token}, victimId, [&](const AccountTokens::DisableResult& r) {
            d = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(d.outcome == AccountTokens::Outcome::Ok, qPrintable(d.error));
        QVERIFY(d.token.disabled());
        const ApiResult after = account(client, s, victimToken);
        QCOMPARE(after.status, 401);
        QCOMPARE(classifyAccountAnswer(after, true).status, TokenStatus::StoppedWorking);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("kind");
        QTest::newRow("503 retried then reported")
            << QStringLiteral("error.account=1:503") << int(ApiResult::Kind::HttpError);
        QTest::newRow("500") << QStringLiteral("error.account=1:500") << int(ApiResult::Kind::HttpError);
        QTest::newRow("drop") << QStringLiteral("drop=1") << int(ApiResult::Kind::Network);
    }
    void faults()
    {
        QFETCH(QString, spec);
        QFETCH(int, kind);
        SandboxServer s;
        QVERIFY(s.start());
        sandbox::FaultSpec f;
        QString error;
        QVERIFY2(sandbox::FaultSpec::parse(spec, &f, &error), qPrintable(error));
        s.setFaults(f);
        ApiClient client;
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        client.setRetryPolicy(fast);
        const auto good = firstToken(s, false);
        const ApiResult r = account(client, s, good.token);
        QCOMPARE(int(r.kind), kind);
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!r.error.contains(good.token));
        if (spec.contains(QLatin1String("503")))
            QCOMPARE(r.attempts, fast.maxAttempts);
        if (spec.contains(QLatin1String("500")))
            QCOMPARE(r.attempts, 1);
        QVERIFY(classifyAccountAnswer(r, true).status != TokenStatus::Valid);
    }

    void malformedAndTruncatedBodiesFailToParseClearly()
    {
        for (const QString& spec : {QStringLiteral("malformed=1"), QStringLiteral("truncate=1")}) {
            SandboxServer s;
            QVERIFY(s.start());
            sandbox::FaultSpec f;
            QString error;
            QVERIFY(sandbox::FaultSpec::parse(spec, &f, &error));
            s.setFaults(f);
            ApiClient client;
            const ApiResult r = account(client, s, firstToken(s, false).token);
            const VerifyOutcome v = classifyAccountAnswer(r, false);
            QVERIFY2(v.status == TokenStatus::Unknown || v.status == TokenStatus::Unreachable,
                     qPrintable(spec));
            QVERIFY2(!v.detail.isEmpty(), qPrintable(spec));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiSandbox)
#include "tst_apisandbox.moc"
