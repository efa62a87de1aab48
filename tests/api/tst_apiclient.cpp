// The request path against real loopback servers: token safety, retries, timeouts, fault bodies.
#include "app/api/Problem.h"
#include "app/api/UrlPolicy.h"
#include "tests/api/ApiTestUtil.h"
#include "tests/api/ScriptedServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>
#endif

using namespace r8;
using namespace r8::api;
using r8::test::Action;
using r8::test::respond;
using r8::test::ScriptedServer;

class TestApiClient : public QObject
{
    Q_OBJECT
private:
    static ApiClient* fastClient(QObject* parent)
    {
        auto* c = new ApiClient(parent);
        RetryPolicy p;
        p.baseDelayMs = 10;
        p.maxDelayMs = 40;
        c->setRetryPolicy(p);
        return c;
    }

    static bool libcurlMapped()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/libcurl.so");
    }

    bool m_curlAtStart = false;

private slots:
    void initTestCase() { m_curlAtStart = libcurlMapped(); }

    // ctest runs this file twice: through libcurl (Linux's default) and with R8_HTTP_BACKEND=qt,
    // the fallback (and the only backend where libcurl is absent); each run says which it expects.
    void backendIsTheExpectedOne()
    {
        const QString expected = qEnvironmentVariable("R8_EXPECT_BACKEND");
        if (expected.isEmpty())
            QSKIP("R8_EXPECT_BACKEND not set (run through ctest)");
        QVERIFY2(!m_curlAtStart, "libcurl must not be loaded before the first request");
        ApiClient client;
        QCOMPARE(client.backendName(), expected);
        if (expected == QLatin1String("curl"))
            QVERIFY(libcurlMapped());
        ScriptedServer api([](const test::RawRequest&) { return respond(200, "{}"); });
        QVERIFY(api.start());
        QVERIFY(test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/account"))), {}).ok());
    }

    void compressedAnswersAreDecoded()
    {
        const QByteArray json = "{\"username\":\"zip\",\"pad\":\"" + QByteArray(4000, 'z') + "\"}";
        const QByteArray deflated = qCompress(json).mid(4); // a zlib stream: HTTP's "deflate"
        ScriptedServer api([&](const test::RawRequest&) {
            return respond(200, deflated, "application/json", {{"Content-Encoding", "deflate"}});
        });
        QVERIFY(api.start());
        ApiClient client;
        const ApiResult r =
            test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/account"))), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, json);
        QVERIFY(api.requests().at(0).headers.value("accept-encoding").contains("deflate"));
    }

    void loopbackNeverGoesThroughAProxy()
    {
        // A proxy in the environment that does not exist: the sandbox on loopback is still reached.
        const QByteArray saved = qgetenv("http_proxy");
        qputenv("http_proxy", "http://127.0.0.1:9");
        ScriptedServer api([](const test::RawRequest&) { return respond(200, R"({"username":"a"})"); });
        QVERIFY(api.start());
        ApiClient client;
        const ApiResult r =
            test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/account"))), {});
        if (saved.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", saved);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(api.requests().size(), 1);
    }

    void largeUploadIsSentWhole()
    {
        // 8 MB in one POST (a file upload's size): no 100-continue round trip, every byte arrives.
        QByteArray body(8 * 1024 * 1024, 'u');
        body.replace(0, 7, "{\"a\":1}");
        ScriptedServer api([](const test::RawRequest& req) {
            return respond(201, QByteArray::number(req.body.size()), "text/plain");
        });
        QVERIFY(api.start());
        ApiClient client;
        ApiRequest post = ApiRequest::postJson(api.url(QStringLiteral("/v1/files")), body);
        const ApiResult r = test::sendAndWait(client, post, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray::number(body.size()));
        QCOMPARE(api.requests().at(0).body, body);
        QVERIFY(!api.requests().at(0).headers.contains("expect"));
    }

    void sendsTokenAndUserAgentToApiOrigin()
    {
        ScriptedServer api([](const test::RawRequest&) { return respond(200, R"({"username":"a"})"); });
        QVERIFY(api.start());
        ApiClient client;
        const QString token = test::makeToken();
        const ApiResult r = test::sendAndWait(
            client, ApiRequest::get(resolveApiUrl(api.baseUrl(), QStringLiteral("account"))),
            {api.baseUrl(), token});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(api.requests().size(), 1);
        QCOMPARE(api.requests()[0].target, QByteArray("/v1/account"));
        QCOMPARE(api.requests()[0].headers.value("authorization"), "Bearer " + token.toUtf8());
        QVERIFY(api.requests()[0].headers.value("user-agent").startsWith("r8desk/"));
    }

    void redirectToAnotherOriginDropsToken()
    {
        ScriptedServer other([](const test::RawRequest&) { return respond(200, R"({"ok":true})"); });
        QVERIFY(other.start());
        ScriptedServer api([&](const test::RawRequest& r) {
            if (r.target == "/v1/files/1")
                return respond(302, {}, {}, {{"Location", other.url(QStringLiteral("/blob/1")).toEncoded()}});
            if (r.target == "/v1/same")
                return respond(307, {}, {}, {{"Location", "/v1/account"}});
            return respond(200, R"({"username":"a"})");
        });
        QVERIFY(api.start());
        ApiClient client;
        const QString token = test::makeToken();
        const ApiTarget target{api.baseUrl(), token};

        ApiResult r =
            test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/files/1"))), target);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.redirects, 1);
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(!other.requests()[0].headers.contains("authorization"));
        QCOMPARE(api.requests()[0].headers.value("authorization"), "Bearer " + token.toUtf8());

        // A same-origin redirect keeps it.
        r = test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/same"))), target);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(api.requests().last().target, QByteArray("/v1/account"));
        QCOMPARE(api.requests().last().headers.value("authorization"), "Bearer " + token.toUtf8());
    }

    void streamAndFileHostsGetNoToken()
    {
        ScriptedServer stream([](const test::RawRequest&) {
            return respond(200, "event: output\nid: 1:0\ndata: hi\n\nevent: done\ndata: {}\n\n",
                           "text/event-stream");
        });
        ScriptedServer files([](const test::RawRequest&) { return respond(200, "PNG", "image/png"); });
        ScriptedServer api([](const test::RawRequest&) { return respond(200, "{}"); });
        QVERIFY(stream.start() && files.start() && api.start());
        ApiClient client;
        const QString token = test::makeToken();
        ApiRequest sse = ApiRequest::get(stream.url(QStringLiteral("/v1/streams/abc")));
        sse.headers.append(api::Header("Accept", "text/event-stream"));
        sse.headers.append(
            api::Header("Authorization", "Bearer " + token.toUtf8())); // a caller mistake: dropped
        sse.streaming = true;
        ApiCall* call = client.send(sse, {api.baseUrl(), token});
        QSignalSpy chunks(call, &ApiCall::chunk);
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().at(0).value<ApiResult>().ok());
        QByteArray streamed;
        for (const auto& c : chunks)
            streamed += c.at(0).toByteArray();
        QVERIFY(streamed.contains("event: done"));
        QVERIFY(!stream.requests()[0].headers.contains("authorization"));

        const ApiResult f = test::sendAndWait(
            client, ApiRequest::get(files.url(QStringLiteral("/out-0.png"))), {api.baseUrl(), token});
        QCOMPARE(f.body, QByteArray("PNG"));
        QVERIFY(!files.requests()[0].headers.contains("authorization"));
    }

    void plainHttpRefusedForRemoteHosts()
    {
        ApiClient client;
        const QString token = test::makeToken();
        const QUrl remote(QStringLiteral("http://api.example.com/v1"));
        const ApiResult r = test::sendAndWait(
            client, ApiRequest::get(resolveApiUrl(remote, QStringLiteral("account"))), {remote, token});
        QCOMPARE(r.kind, ApiResult::Kind::Refused);
        QVERIFY(r.error.contains(QLatin1String("plain http")));
        QVERIFY(!r.error.contains(token));
        QVERIFY(transportProblem(QUrl(QStringLiteral("http://[::1]:8080/v1"))).isEmpty());
        QVERIFY(!transportProblem(QUrl(QStringLiteral("ftp://x/v1"))).isEmpty());
    }

    void redirectToRemotePlainHttpRefused()
    {
        ScriptedServer api([](const test::RawRequest&) {
            return respond(301, {}, {}, {{"Location", "http://evil.example.com/steal"}});
        });
        QVERIFY(api.start());
        ApiClient client;
        const ApiResult r = test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/x"))),
                                              {api.baseUrl(), test::makeToken()});
        QCOMPARE(r.kind, ApiResult::Kind::Refused);
    }

    void getRetriedOn503ThenSucceeds()
    {
        int n = 0;
        ScriptedServer api([&](const test::RawRequest&) {
            return ++n < 3 ? respond(503, R"({"detail":"busy"})") : respond(200, R"({"username":"a"})");
        });
        QVERIFY(api.start());
        ApiClient* client = fastClient(this);
        const ApiResult r =
            test::sendAndWait(*client, ApiRequest::get(api.url(QStringLiteral("/v1/account"))), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.attempts, 3);
    }

    void retryAfterSecondsHonoured()
    {
        int n = 0;
        ScriptedServer api([&](const test::RawRequest&) {
            return ++n == 1 ? respond(429, R"({"detail":"Request was throttled."})",
                                      "application/problem+json", {{"Retry-After", "1"}})
                            : respond(200, "{}");
        });
        QVERIFY(api.start());
        ApiClient* client = fastClient(this);
        QElapsedTimer t;
        t.start();
        const ApiResult r = test::sendAndWait(*client, ApiRequest::get(api.url(QStringLiteral("/v1/x"))), {});
        QVERIFY(r.ok());
        QCOMPARE(r.attempts, 2);
        QVERIFY2(t.elapsed() >= 900, "Retry-After: 1 must delay the retry by about a second");
    }

    void retriesAreCappedAndReported()
    {
        ScriptedServer api(
            [](const test::RawRequest&) { return respond(504, "<html>gateway</html>", "text/html"); });
        QVERIFY(api.start());
        ApiClient* client = fastClient(this);
        const ApiResult r = test::sendAndWait(*client, ApiRequest::get(api.url(QStringLiteral("/v1/x"))), {});
        QCOMPARE(r.kind, ApiResult::Kind::HttpError);
        QCOMPARE(r.attempts, client->retryPolicy().maxAttempts);
        QCOMPARE(api.requests().size(), client->retryPolicy().maxAttempts);
        QVERIFY(r.error.contains(QLatin1String("504")));
    }

    void postNeverRetriedAnd429SaysWhen()
    {
        ScriptedServer api([](const test::RawRequest&) {
            return respond(429, R"({"detail":"Request was throttled. Your rate limit resets in ~30s."})",
                           "application/problem+json", {{"Retry-After", "30"}});
        });
        QVERIFY(api.start());
        ApiClient* client = fastClient(this);
        const ApiResult r = test::sendAndWait(
            *client, ApiRequest::postJson(api.url(QStringLiteral("/v1/predictions")), R"({"input":{}})"), {});
        QCOMPARE(r.kind, ApiResult::Kind::HttpError);
        QCOMPARE(api.requests().size(), 1);
        QVERIFY(r.retryAt.isValid());
        QVERIFY(r.error.contains(QLatin1String("Try again in 30 s")));
        QVERIFY(r.error.contains(QLatin1String("throttled")));
    }

    void faultBodies_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("needle");
        QTest::newRow("truncated") << QByteArray(
                                          "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"username\":")
                                   << int(ApiResult::Kind::Network) << QStringLiteral("broke off");
        QTest::newRow("drop") << QByteArray() << int(ApiResult::Kind::Network)
                              << QStringLiteral("cannot reach");
        QTest::newRow("garbage") << QByteArray("NOT HTTP AT ALL\r\n\r\n") << int(ApiResult::Kind::Network)
                                 << QStringLiteral("cannot reach");
        QTest::newRow("500 html") << respond(500, "<html>oops</html>", "text/html").bytes
                                  << int(ApiResult::Kind::HttpError)
                                  << QStringLiteral("not the expected JSON");
    }

    void faultBodies()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        QFETCH(QString, needle);
        ScriptedServer api([&](const test::RawRequest&) { return Action{raw, true, false}; });
        QVERIFY(api.start());
        ApiClient client;
        const QString token = test::makeToken();
        const ApiResult r = test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/account"))),
                                              {api.baseUrl(), token});
        QCOMPARE(int(r.kind), kind);
        QVERIFY2(r.error.contains(needle, Qt::CaseInsensitive), qPrintable(r.error));
        QVERIFY(!r.error.contains(token));
    }

    void stallTimesOut()
    {
        ScriptedServer api([](const test::RawRequest&) { return Action{{}, false, true}; });
        QVERIFY(api.start());
        ApiClient client;
        client.setTimeouts({2000, 300});
        const ApiResult r =
            test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/account"))), {});
        QCOMPARE(r.kind, ApiResult::Kind::Timeout);
        QVERIFY2(r.error.contains(QLatin1String("stopped answering")), qPrintable(r.error));
    }

    void tlsFailureIsReportedNeverIgnored()
    {
        // An "https" server that does not speak TLS: the handshake fails; the request must not go on.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        QList<QByteArray> received;
        connect(&plain, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* s = plain.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [&, s] {
                received.append(s->readAll());
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            });
        });
        ApiClient client;
        const QString token = test::makeToken();
        const QUrl base(QStringLiteral("https://127.0.0.1:%1/v1").arg(plain.serverPort()));
        const ApiResult r = test::sendAndWait(
            client, ApiRequest::get(resolveApiUrl(base, QStringLiteral("account"))), {base, token});
        QVERIFY2(r.kind == ApiResult::Kind::Tls, qPrintable(r.error));
        QVERIFY(!r.ok());
        QVERIFY(!r.error.contains(token));
        for (const QByteArray& b : std::as_const(received))
            QVERIFY(!b.contains(token.toUtf8())); // the token never went out in clear
    }

    void preferWaitExtendsReadTimeout()
    {
        ApiRequest r = ApiRequest::postJson(QUrl(QStringLiteral("https://x/v1/predictions")));
        QCOMPARE(readTimeoutFor(r, {}), 30000);
        r.headers.append(api::Header("Prefer", "wait=10"));
        QCOMPARE(readTimeoutFor(r, {}), 15000);
        r.headers.last().second = "wait";
        QCOMPARE(readTimeoutFor(r, {}), 65000);
    }

    void abortGivesCanceled()
    {
        ScriptedServer api([](const test::RawRequest&) { return Action{{}, false, true}; });
        QVERIFY(api.start());
        ApiClient client;
        ApiCall* call = client.send(ApiRequest::get(api.url(QStringLiteral("/v1/x"))), {});
        QSignalSpy done(call, &ApiCall::finished);
        QTRY_COMPARE(api.requests().size(), 1);
        call->abort();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).value<ApiResult>().kind, ApiResult::Kind::Canceled);
    }

    void clientDestroyedWithRequestsInFlight()
    {
        // Answers that never come, a client that goes away: its calls go with it, silently, and
        // nothing is touched after it is freed (the ASan run checks that).
        ScriptedServer api([](const test::RawRequest&) { return Action{{}, false, true}; });
        QVERIFY(api.start());
        auto* client = new ApiClient;
        int ended = 0;
        for (int i = 0; i < 3; ++i) {
            ApiCall* call = client->send(ApiRequest::get(api.url(QStringLiteral("/v1/x"))), {});
            connect(call, &ApiCall::finished, this, [&ended] { ++ended; });
        }
        QTRY_COMPARE(api.requests().size(), 3);
        delete client;
        QCOMPARE(ended, 0); // destroyed, not finished: no signal into a half-destroyed client
        ApiClient again;    // and the next client works
        ScriptedServer ok([](const test::RawRequest&) { return respond(200, "{}"); });
        QVERIFY(ok.start());
        QVERIFY(test::sendAndWait(again, ApiRequest::get(ok.url(QStringLiteral("/v1/account"))), {}).ok());
    }

    void answersReadWhileSendingAreDelivered()
    {
#ifndef Q_OS_LINUX
        QSKIP("Linux only (CPU pinning, POSIX peer)");
#else
        // libcurl may read the answer in the very call that sends the request (a reused connection,
        // a fast peer): before send() has returned and anyone listens. Such answers must still
        // arrive whole. A blocking peer thread answering at once, all on one CPU, so that it
        // usually runs (and answers) between the client's write and its read.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        QVERIFY(::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        QVERIFY(::listen(listener, 4) == 0);
        QVERIFY(::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
        std::thread peer([listener] {
            static const char answer[] = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                         "Content-Length: 14\r\n\r\n{\"username\":1}";
            int c;
            while ((c = ::accept(listener, nullptr, nullptr)) >= 0) {
                std::string pending;
                char buf[4096];
                ssize_t n;
                while ((n = ::read(c, buf, sizeof buf)) > 0) {
                    pending.append(buf, size_t(n));
                    for (size_t end; (end = pending.find("\r\n\r\n")) != std::string::npos;) {
                        pending.erase(0, end + 4);
                        if (::write(c, answer, sizeof answer - 1) < 0)
                            break;
                    }
                }
                ::close(c);
            }
        });
        cpu_set_t before;
        const bool pinned = sched_getaffinity(0, sizeof before, &before) == 0;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(sched_getcpu(), &one);
        const QStringList threads =
            QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (pinned) // every thread of this process (the peer's too) on one CPU
            for (const QString& tid : threads)
                sched_setaffinity(tid.toInt(), sizeof one, &one);
        int wrong = 0;
        {
            ApiClient client;
            const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1/account").arg(ntohs(addr.sin_port)));
            for (int i = 0; i < 400; ++i) {
                const ApiResult r = test::sendAndWait(client, ApiRequest::get(url), {});
                if (!r.ok() || r.body != "{\"username\":1}")
                    ++wrong;
            }
        }
        if (pinned)
            for (const QString& tid : threads)
                sched_setaffinity(tid.toInt(), sizeof before, &before);
        ::shutdown(listener, SHUT_RDWR);
        ::close(listener);
        peer.join();
        QCOMPARE(wrong, 0);
#endif
    }

    void keepAliveReusesConnection()
    {
        ScriptedServer api([](const test::RawRequest&) { return respond(200, "{}"); });
        QVERIFY(api.start());
        ApiClient client;
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                test::sendAndWait(client, ApiRequest::get(api.url(QStringLiteral("/v1/account"))), {}).ok());
        QCOMPARE(api.connections(), 1);
    }

    void describeRequestRedacts()
    {
        const QString token = test::makeToken();
        const QUrl base(QStringLiteral("https://api.replicate.com/v1"));
        const QString text = describeRequest(ApiRequest::get(resolveApiUrl(base, QStringLiteral("account"))),
                                             {base, token}, true);
        QVERIFY(text.contains(QLatin1String("Authorization: Bearer r8_")));
        QVERIFY(!text.contains(token));
        QVERIFY(text.contains(token.right(4)));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
