// Benchmark (b) of issue 5: send → first byte of the composer's path (ComposerRequest →
// buildApiRequest → ApiClient → in-process sandbox) against curl sending the same requests to the
// same sandbox, in the same run. Prints medians, p90 and the ratio (goal ≤ 1.2×).
//   bench_composer [N=200]      (run by tests/bench/composer_bench.sh)
#include "api/ApiClient.h"
#include "composer/ComposerRequest.h"
#include "composer/Exchange.h"
#include "sandbox/SandboxServer.h"

#include <QGuiApplication>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

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
    sandbox::SandboxServer server;
    if (!server.start()) {
        std::fprintf(stderr, "cannot start the sandbox\n");
        return 1;
    }
    server.setRateLimits(1000000, 1000000);
    QString token;
    for (const auto& t : server.tokens())
        if (!t.disabled && token.isEmpty())
            token = t.token;

    composer::ComposerRequest request;
    request.target = *composer::parseTarget(QStringLiteral("black-forest-labs/flux-schnell"), nullptr);
    request.input = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("bench")}};
    request.wait = false; // the create answer itself, not the model's run time
    const api::ApiTarget target{server.baseUrl(), token};

    // Composer path, one request after another (warm-up of 5 not counted).
    api::ApiClient client;
    QList<double> ours;
    for (int i = 0; i < n + 5; ++i) {
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

    // curl: the same requests as one curl process (connection reused, like the client), time_starttransfer each.
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::fprintf(stderr, "curl not found (sh packaging/dev.sh deps)\n");
        return 1;
    }
    const api::ApiRequest req = composer::buildApiRequest(request, target.baseUrl);
    QByteArray config; // given on standard input: the (sandbox) token touches no file and no command line
    for (int i = 0; i < n + 5; ++i) {
        if (i > 0)
            config.append("next\n");
        config.append("url = \"" + req.url.toEncoded() + "\"\nrequest = POST\noutput = /dev/null\nsilent\n");
        config.append("header = \"Authorization: Bearer " + token.toLatin1() + "\"\n");
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
    QList<double> theirs;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (qsizetype i = 5; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            theirs.append(lines[i].toDouble() * 1000.0);
    }
    if (theirs.size() < n) {
        std::fprintf(stderr, "curl gave %d timings (exit %d): %s\n", int(theirs.size()), p.exitCode(),
                     p.readAllStandardError().constData());
        return 1;
    }
    const double mo = percentile(ours, 0.5), mc = percentile(theirs, 0.5);
    std::printf("send→first byte, POST /v1/models/black-forest-labs/flux-schnell/predictions (async), %d requests each\n", n);
    std::printf("  composer path (ComposerRequest→ApiClient): median %.3f ms  p90 %.3f ms\n", mo, percentile(ours, 0.9));
    std::printf("  curl (same sandbox, same run):             median %.3f ms  p90 %.3f ms\n", mc, percentile(theirs, 0.9));
    std::printf("  ratio composer/curl (median): %.2fx   goal <= 1.20x: %s\n", mo / mc, mo / mc <= 1.2 ? "met" : "NOT met");
    return 0;
}
