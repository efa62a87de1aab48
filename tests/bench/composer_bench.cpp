// Benchmark (b) of issue 5: send → first byte of the composer's path (ComposerRequest →
// buildApiRequest → ApiClient → in-process sandbox) against curl sending the same requests to the
// same sandbox, in the same run. Prints medians, p90 and the ratio (goal ≤ 1.2×).
// The sandbox runs as its own process (`r8 sandbox --json`), so that neither side shares an event
// loop with the server; --in-process runs it inside this program instead (for comparison).
//   bench_composer [N=200] [--in-process]      (run by tests/bench/composer_bench.sh)
#include "app/api/ApiClient.h"
#include "app/composer/ComposerRequest.h"
#include "app/composer/Exchange.h"
#include "app/sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace r8;

namespace {
double percentile(QList<double> v, double q)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * double(v.size()))));
}
} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // the sandbox draws its images with QPainter
    const int n = argc > 1 ? std::max(10, atoi(argv[1])) : 200;
    const bool inProcess = app.arguments().contains(QStringLiteral("--in-process"));
    // Each side gets a fresh sandbox: the predictions one side created (still "running" in the
    // sandbox) must not slow the server down for the next side.
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<QProcess> child;
    api::ApiTarget target; // the current sandbox's address and a working token
    auto startSandbox = [&]() -> bool {
        if (child) {
            child->terminate();
            child->waitForFinished(5000);
        }
        child.reset();
        server.reset();
        target = {};
        if (inProcess) {
            server = std::make_unique<sandbox::SandboxServer>();
            if (!server->start())
                return false;
            server->setRateLimits(1000000, 1000000);
            target.baseUrl = server->baseUrl();
            for (const auto& t : server->tokens())
                if (!t.disabled && target.token.isEmpty())
                    target.token = t.token;
            return true;
        }
        child = std::make_unique<QProcess>();
        child->start(QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/r8"),
                     {QStringLiteral("sandbox"), QStringLiteral("--json"), QStringLiteral("--port"),
                      QStringLiteral("0")});
        if (!child->waitForStarted(10000) || !child->waitForReadyRead(10000))
            return false;
        const QJsonObject d = QJsonDocument::fromJson(child->readLine()).object();
        target.baseUrl = QUrl(d.value(QLatin1String("base_url")).toString());
        for (const auto& t : d.value(QLatin1String("tokens")).toArray())
            if (!t.toObject().value(QLatin1String("disabled")).toBool() && target.token.isEmpty())
                target.token = t.toObject().value(QLatin1String("token")).toString();
        return true;
    };
    auto freshSandbox = [&] {
        const bool ok = startSandbox();
        if (!ok)
            std::fprintf(stderr, "cannot start the sandbox\n");
        return ok;
    };

    composer::ComposerRequest request;
    request.target = *composer::parseTarget(QStringLiteral("black-forest-labs/flux-schnell"), nullptr);
    request.input = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("bench")}};
    request.wait = false; // the create answer itself, not the model's run time

    // Each side sends `per` requests per round (after 5 warm-up ones, not counted), on its own fresh
    // sandbox; the rounds interleave the sides, so that a slow spell of the machine (or the
    // sandbox landing on a busy core) falls on all of them alike.
    const int rounds = 5;
    const int per = std::max(2, n / rounds);
    api::ApiClient client;
    QNetworkAccessManager nam;
    QList<double> ours, bare, theirs;
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::fprintf(stderr, "curl not found (sh packaging/dev.sh deps)\n");
        return 1;
    }
    for (int round = 0; round < rounds; ++round) {
        // Composer path, one request after another.
        if (!freshSandbox())
            return 1;
        for (int i = 0; i < per + 5; ++i) {
            QEventLoop loop;
            composer::Exchange got;
            composer::sendTimed(&client, composer::buildApiRequest(request, target.baseUrl), target, &loop,
                                [&](const composer::Exchange& ex) {
                                    got = ex;
                                    loop.quit();
                                });
            loop.exec();
            if (!got.result.ok()) {
                std::fprintf(stderr, "composer request failed: %s\n", qPrintable(got.result.error));
                return 1;
            }
            if (i >= 5)
                ours.append(double(got.ttfbUs) / 1000.0);
        }

        // Bare QNetworkAccessManager, same requests: Qt's own stack (the fallback backend), for comparison.
        if (!freshSandbox())
            return 1;
        const api::ApiRequest plain = composer::buildApiRequest(request, target.baseUrl);
        for (int i = 0; i < per + 5; ++i) {
            QNetworkRequest nr(plain.url);
            for (const auto& h : plain.headers)
                nr.setRawHeader(h.first, h.second);
            nr.setRawHeader("Authorization", "Bearer " + target.token.toLatin1());
            QElapsedTimer clock;
            clock.start();
            QNetworkReply* reply = nam.post(nr, plain.body);
            double first = -1;
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
                if (first < 0)
                    first = double(clock.nsecsElapsed()) / 1e6;
            });
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            if (i >= 5)
                bare.append(first);
        }

        // curl: the same requests as one curl process (connection reused, like the client),
        // time_starttransfer each.
        if (!freshSandbox())
            return 1;
        const api::ApiRequest req = composer::buildApiRequest(request, target.baseUrl);
        QByteArray config; // given on standard input: the (sandbox) token touches no file and no command line
        for (int i = 0; i < per + 5; ++i) {
            if (i > 0)
                config.append("next\n");
            config.append("url = \"" + req.url.toEncoded() +
                          "\"\nrequest = POST\noutput = /dev/null\nsilent\n");
            config.append("header = \"Authorization: Bearer " + target.token.toLatin1() + "\"\n");
            for (const auto& h : req.headers)
                config.append("header = \"" + h.first + ": " + h.second + "\"\n");
            config.append("data-binary = \"" + QByteArray(req.body).replace('"', "\\\"") + "\"\n");
            config.append("write-out = \"%{time_starttransfer}\\n\"\n");
        }
        QProcess p;
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        p.start(curl, {QStringLiteral("-K"), QStringLiteral("-")});
        p.write(config);
        p.closeWriteChannel();
        loop.exec();
        const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
        int got = 0;
        for (qsizetype i = 5; i < lines.size(); ++i) {
            if (!lines[i].trimmed().isEmpty()) {
                theirs.append(lines[i].toDouble() * 1000.0);
                ++got;
            }
        }
        if (got < per) {
            std::fprintf(stderr, "curl gave %d timings (exit %d): %s\n", got, p.exitCode(),
                         p.readAllStandardError().constData());
            return 1;
        }
    }

    const double mo = percentile(ours, 0.5), mc = percentile(theirs, 0.5);
    std::printf("send→first byte, POST /v1/models/black-forest-labs/flux-schnell/predictions (async), %d "
                "requests each "
                "in %d interleaved rounds, a fresh sandbox %s for each side and round\n",
                int(ours.size()), rounds, inProcess ? "in this process" : "in its own process (r8 sandbox)");
    std::printf("  composer path (ComposerRequest→ApiClient): median %.3f ms  p90 %.3f ms\n", mo,
                percentile(ours, 0.9));
    const double mb = percentile(bare, 0.5);
    std::printf("  bare QNetworkAccessManager (Qt's stack):   median %.3f ms  p90 %.3f ms\n", mb,
                percentile(bare, 0.9));
    std::printf("  curl (same kind of sandbox, same run):     median %.3f ms  p90 %.3f ms\n", mc,
                percentile(theirs, 0.9));
    std::printf("  ratio composer/bare QNAM (median): %.2fx\n", mo / mb);
    std::printf("  ratio composer/curl (median): %.2fx   goal <= 1.20x: %s\n", mo / mc,
                mo / mc <= 1.2 ? "met" : "NOT met");
    if (child) {
        child->terminate();
        child->waitForFinished(5000);
    }
    return 0;
}
