// Client benchmark (prints figures; not a test). Against an in-process sandbox on loopback:
//  1. N sequential GET /v1/account through ApiClient (one keep-alive connection): median, p99;
//     next to curl doing the same N requests in one process (curl reuses the connection), ratio.
//  2. "Verify all" of 200 stored tokens with TokenVerifier: 4 at a time vs 1 at a time.
// Usage: bench_api_client [N=1000] [TOKENS=200]. Bounded: every wait has a deadline.
#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/api/TokenVerifier.h"
#include "app/api/UrlPolicy.h"
#include "app/core/Paths.h"
#include "app/sandbox/SandboxServer.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace r8;

namespace {
struct Stats
{
    double median = 0, p99 = 0, mean = 0;
};

Stats stats(QList<double> ms)
{
    Stats s;
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.median = ms[ms.size() / 2];
    s.p99 = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99))];
    for (double v : ms)
        s.mean += v;
    s.mean /= double(ms.size());
    return s;
}

bool waitFor(const bool& done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done;
}

QList<double> clientRun(api::ApiClient& client, const QUrl& base, const QString& token, int n)
{
    QList<double> lat;
    lat.reserve(n);
    const api::ApiRequest req = api::ApiRequest::get(api::resolveApiUrl(base, QStringLiteral("account")));
    QElapsedTimer t;
    bool done = false;
    int failures = 0;
    std::function<void()> next = [&] {
        if (lat.size() == n) {
            done = true;
            return;
        }
        t.start();
        api::ApiCall* call = client.send(req, {base, token});
        QObject::connect(call, &api::ApiCall::finished, call, [&](const api::ApiResult& r) {
            lat.append(double(t.nsecsElapsed()) / 1e6);
            failures += r.ok() ? 0 : 1;
            next();
        });
    };
    next();
    if (!waitFor(done, 120000) || failures > 0)
        std::fprintf(stderr, "client run: %d failures, %d of %d done\n", failures, int(lat.size()), n);
    return lat;
}

// The framework's floor: bare QNetworkAccessManager GETs, no ApiCall logic.
QList<double> rawQnamRun(const QUrl& base, const QString& token, int n)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(api::resolveApiUrl(base, QStringLiteral("account")));
    req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QList<double> lat;
    QElapsedTimer t;
    bool done = false;
    std::function<void()> next = [&] {
        if (lat.size() == n) {
            done = true;
            return;
        }
        t.start();
        QNetworkReply* reply = nam.get(req);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            lat.append(double(t.nsecsElapsed()) / 1e6);
            next();
        });
    };
    next();
    waitFor(done, 120000);
    return lat;
}

QList<double> curlRun(const QUrl& base, const QString& token, int n, QString* error)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        *error = QStringLiteral("curl not found");
        return {};
    }
    QStringList args{QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("@-"), QStringLiteral("-w"),
                     QStringLiteral("%{time_total} %{http_code}\\n")};
    const QString url = api::resolveApiUrl(base, QStringLiteral("account")).toString();
    for (int i = 0; i < n; ++i)
        args << QStringLiteral("-o") << QStringLiteral("/dev/null") << url;
    QProcess p;
    p.start(curl, args);
    // The token goes through stdin (-H @-): never on curl's command line.
    p.write("Authorization: Bearer " + token.toUtf8() + "\nUser-Agent: curl-bench\n");
    p.closeWriteChannel();
    bool done = false;
    QObject::connect(&p, &QProcess::finished, &p, [&] { done = true; });
    if (!waitFor(done, 120000)) {
        p.kill();
        *error = QStringLiteral("curl did not finish");
        return {};
    }
    QList<double> lat;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 2 && f[1] == "200")
            lat.append(f[0].toDouble() * 1000.0);
    }
    if (lat.size() != n)
        *error = QStringLiteral("curl: %1 of %2 answers were 200").arg(lat.size()).arg(n);
    return lat;
}

double verifyAll(TokenVault& vault, api::ApiClient& client, const QUrl& base, int concurrency, int* valid)
{
    api::TokenVerifier v(&vault, &client, [&](const QString&) { return base; });
    v.setMaxConcurrent(concurrency);
    QStringList ids;
    for (const TokenRecord& r : vault.records())
        ids.append(r.id);
    bool done = false;
    *valid = 0;
    QObject::connect(&v, &api::TokenVerifier::tokenVerified, &v,
                     [&](const QString&, const api::VerifyOutcome& o) {
                         *valid += o.status == TokenStatus::Valid ? 1 : 0;
                     });
    QObject::connect(&v, &api::TokenVerifier::finished, &v, [&] { done = true; });
    QElapsedTimer t;
    t.start();
    v.verify(ids);
    waitFor(done, 120000);
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    r8::setApplicationIdentity();
    const int n = argc > 1 ? std::max(10, QByteArray(argv[1]).toInt()) : 1000;
    const int tokenCount = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 200;

    // Part 1: the sandbox in its own process (`r8 sandbox --json`), so that client and curl both
    // measure the same server without sharing a thread with it.
    QString r8 = qEnvironmentVariable("R8_BIN");
    if (r8.isEmpty())
        r8 = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/r8");
    QProcess sandboxProc;
    sandboxProc.start(r8, {QStringLiteral("sandbox"), QStringLiteral("--json"), QStringLiteral("--seed"),
                           QStringLiteral("7")});
    bool line = false;
    QObject::connect(&sandboxProc, &QProcess::readyReadStandardOutput, &sandboxProc,
                     [&] { line = line || sandboxProc.canReadLine(); });
    if (!sandboxProc.waitForStarted(10000) || !waitFor(line, 20000)) {
        std::fprintf(stderr, "cannot start %s sandbox (set R8_BIN)\n", qPrintable(r8));
        return 1;
    }
    const QJsonObject described = QJsonDocument::fromJson(sandboxProc.readLine()).object();
    const QUrl base(described.value(QLatin1String("base_url")).toString());
    QString token;
    for (const QJsonValue& t : described.value(QLatin1String("tokens")).toArray()) {
        if (!t[QLatin1String("disabled")].toBool()) {
            token = t[QLatin1String("token")].toString();
            break;
        }
    }
    if (base.isEmpty() || token.isEmpty()) {
        std::fprintf(stderr, "unexpected sandbox description\n");
        return 1;
    }

    api::ApiClient client;
    clientRun(client, base, token, 20); // warm-up: connection, caches
    QString curlError;
    curlRun(base, token, 20, &curlError);
    const Stats c = stats(clientRun(client, base, token, n));
    const Stats k = stats(curlRun(base, token, n, &curlError));
    rawQnamRun(base, token, 20);
    const Stats q = stats(rawQnamRun(base, token, n));
    std::printf("GET /v1/account x%d, sequential, keep-alive, `r8 sandbox` on loopback (separate process)\n",
                n);
    std::printf("  r8 ApiClient : median %.3f ms  p99 %.3f ms  mean %.3f ms\n", c.median, c.p99, c.mean);
    std::printf("  bare QNAM    : median %.3f ms  p99 %.3f ms  mean %.3f ms  (Qt's own floor)\n", q.median,
                q.p99, q.mean);
    if (curlError.isEmpty()) {
        std::printf("  curl         : median %.3f ms  p99 %.3f ms  mean %.3f ms\n", k.median, k.p99, k.mean);
        std::printf("  ratio client/curl: median %.2fx  p99 %.2fx  (goal: median <= 1.2x)\n",
                    c.median / k.median, c.p99 / k.p99);
    } else {
        std::printf("  curl         : %s\n", qPrintable(curlError));
    }
    sandboxProc.terminate();
    sandboxProc.waitForFinished(5000);

    // Part 2: verify-all against an in-process sandbox holding the 200 tokens (configured in memory).
    sandbox::SandboxConfig config = sandbox::SandboxConfig::demo(7);
    const QString account = config.tokens.first().account;
    for (int i = 0; i < tokenCount; ++i)
        config.tokens.append(
            {QStringLiteral("bench-%1").arg(i), sandbox::seededToken(99, i), account, false, {}});
    config.rateLimits = {1000000, 1000000};
    sandbox::SandboxServer server(config);
    QString error;
    if (!server.start(QHostAddress::LocalHost, 0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QUrl vbase = server.baseUrl();

    QTemporaryDir dir;
    MemorySecretStore store; // the keychain's own cost (~2.5 ms per read) is not part of this figure
    TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
    int added = 0;
    bool addDone = false;
    for (int i = 0; i < tokenCount; ++i) {
        vault.add({QStringLiteral("bench-%1").arg(i), env::Sandbox, QString(), sandbox::seededToken(99, i)},
                  &app, [&](const TokenVault::AddResult& r) {
                      added += r.ok ? 1 : 0;
                      addDone = added == tokenCount;
                  });
        bool one = false;
        QMetaObject::invokeMethod(
            &app, [&] { one = true; }, Qt::QueuedConnection);
        waitFor(one, 1000);
    }
    waitFor(addDone, 60000);
    int valid1 = 0, valid4 = 0;
    int writes = 0;
    QObject::connect(&vault, &TokenVault::saved, &vault, [&writes] { ++writes; });
    const double t1 = verifyAll(vault, client, vbase, 1, &valid1);
    const int writes1 = std::exchange(writes, 0);
    const double t4 = verifyAll(vault, client, vbase, 4, &valid4);
    const int writes4 = std::exchange(writes, 0);
    // What recording one result costs by itself (TokenVault::updateStatus rewrites tokens.json atomically).
    QElapsedTimer save;
    save.start();
    for (int i = 0; i < 20; ++i)
        vault.updateStatus(vault.records().at(i).id, TokenStatus::Valid, account, QString(),
                           QDateTime::currentDateTimeUtc());
    const double perSave = double(save.nsecsElapsed()) / 1e6 / 20;
    std::printf("verify all, %d tokens (in-memory secret store)\n", added);
    std::printf("  1 at a time : %.1f ms (%d valid, %d writes of the token list)\n", t1, valid1, writes1);
    std::printf("  4 at a time : %.1f ms (%d valid, %d writes of the token list)  speed-up %.2fx\n", t4,
                valid4, writes4, t1 / t4);
    std::printf(
        "  one write of the token list: %.2f ms (results are recorded in batches, not one write each)\n",
        perSave);
    return 0;
}
