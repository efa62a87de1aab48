// Benchmark (a) of issue 5: the longest GUI-thread stall while a 20 MB JSON response is received,
// parsed and shown by the response viewer (goal ≤ 100 ms), next to a small response as the baseline,
// in the same run. A 5 ms timer on the GUI thread records the longest gap between its ticks; the
// GUI thread's own CPU time inside that gap is printed too, so that a stall caused by other
// processes taking the CPU (a loaded machine) can be told from work done on the GUI thread.
// The bodies come from a loopback HTTP server in its own thread; the client side is the app's:
// ApiClient + composer::sendTimed, then ResponseViewer::showExchange, until rendered().
// Rows: small (baseline); 20 MB received only (the client's share); 20 MB received, formatted and shown;
// and for comparison a bare QNetworkAccessManager — as is, with a 1 MB read buffer, and with the body's
// buffer also reserved from Content-Length (what the receive path could do).
//   bench_response_stall [RUNS=5] [MB=20]      (run by tests/bench/response_stall_bench.sh)
#include "app/api/ApiClient.h"
#include "app/composer/Exchange.h"
#include "ui/response/BodyView.h"
#include "ui/response/ResponseViewer.h"
#include "ui/response/TextRowsModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace r8;

namespace {

qint64 threadCpuUs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
#else
    return 0;
#endif
}

QByteArray prediction(int i)
{
    return "{\"id\":\"p" + QByteArray::number(i) +
           "\",\"model\":\"black-forest-labs/flux-schnell\",\"version\":\"hidden\",\"status\":\"succeeded\","
           "\"input\":{\"prompt\":\"a cat wearing a hat \\u00e9\\\"quoted\\\" nr " +
           QByteArray::number(i) +
           "\",\"num_outputs\":2,\"guidance\":3.5e0,\"go_fast\":true},\"output\":[\"https://"
           "replicate.delivery/"
           "xezq/" +
           QByteArray::number(i) +
           "/out-0.webp\"],\"logs\":\"step 1/4\\nstep 2/4\\nstep 3/4\\nstep 4/4\\n\",\"error\":null,"
           "\"metrics\":{\"predict_time\":0.812345,\"total_time\":1.5},\"created_at\":"
           "\"2024-05-01T12:00:00.123456Z\",\"urls\":{\"get\":\"https://api.replicate.com/v1/predictions/p" +
           QByteArray::number(i) + "\",\"web\":\"https://replicate.com/p/p" + QByteArray::number(i) + "\"}}";
}

// A GET /v1/predictions page of about `bytes` bytes (minified, as the API sends it).
QByteArray page(qint64 bytes)
{
    QByteArray out = "{\"next\":null,\"previous\":null,\"results\":[";
    for (int i = 0; out.size() < bytes; ++i) {
        if (i)
            out += ',';
        out += prediction(i);
    }
    out += "]}";
    return out;
}

// HTTP/1.1 with keep-alive: /v1/big → the big body, anything else → one prediction.
class BodyServer : public QObject
{
public:
    BodyServer(QByteArray big, QByteArray small) : m_big(std::move(big)), m_small(std::move(small)) {}
    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        return m_server->serverPort();
    }

private:
    void serve(QTcpSocket* s)
    {
        QByteArray& buf = m_pending[s];
        buf += s->readAll();
        qsizetype end;
        while ((end = buf.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buf.left(end);
            buf.remove(0, end + 4);
            const QByteArray path = head.split(' ').value(1);
            const QByteArray& body = path.startsWith("/v1/big") ? m_big : m_small;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n");
            s->write(body);
        }
    }
    QByteArray m_big, m_small;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

double median(QList<qint64> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? double(v.at(v.size() / 2)) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2.0;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').mid(0, 3).join(' ') : QByteArray("?");
}

struct Gap
{
    qint64 ms = 0;    // the longest gap between two probe ticks
    qint64 cpuMs = 0; // the GUI thread's CPU time inside it
    qint64 atMs = 0;  // when it ended (since send)
};

struct Run
{
    qint64 receiveMs = 0, totalMs = 0;
    Gap all, afterArrival; // the whole run; from the complete answer to rendered (+ first paints)
    int rows = 0;
    bool ok = false;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const int mb = argc > 2 ? std::max(1, atoi(argv[2])) : 20;
    const QByteArray big = page(qint64(mb) * 1024 * 1024);
    const QByteArray small = prediction(1);

    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("body server"));
    auto* server = new BodyServer(big, small);
    server->moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!port) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }
    const api::ApiTarget target{QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), QString()};

    api::ApiClient client;
    QNetworkAccessManager bareNam; // the comparison runs: Qt's own stack, bare
    ui::ResponseViewer viewer;
    viewer.resize(1280, 800);
    viewer.show();
    auto* pretty = viewer.findChild<ui::BodyView*>(QStringLiteral("prettyView"));

    // The probe: a 5 ms timer on the GUI thread.
    QElapsedTimer clock;
    qint64 last = 0, lastCpu = 0, received = -1;
    Gap all, after;
    auto record = [&](qint64 now, qint64 cpu) {
        const Gap g{now - last, (cpu - lastCpu) / 1000, now};
        if (g.ms > all.ms)
            all = g;
        if (received >= 0 && last >= received && g.ms > after.ms)
            after = g;
        last = now;
        lastCpu = cpu;
    };
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { record(clock.nsecsElapsed() / 1000000, threadCpuUs()); });

    // One request: through ApiClient + sendTimed into the viewer (show), or only received, or (bare ≥ 0)
    // through a bare QNetworkAccessManager with that read buffer size (0: unbounded) and, with
    // `reserve`, the body's buffer reserved from Content-Length — for comparison.
    auto measure = [&](const char* path, bool show, qint64 bare, bool reserve) {
        Run r;
        viewer.clear();
        QEventLoop settle; // let the previous run's frees and paints pass
        QTimer::singleShot(100, &settle, &QEventLoop::quit);
        settle.exec();
        all = after = Gap();
        received = -1;
        clock.start();
        last = 0;
        lastCpu = threadCpuUs();
        probe.start();
        QEventLoop loop;
        QObject::connect(&viewer, &ui::ResponseViewer::rendered, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        const QUrl url(target.baseUrl.toString() + QLatin1String(path));
        if (bare >= 0) {
            QNetworkReply* reply = bareNam.get(QNetworkRequest(url));
            reply->setReadBufferSize(bare);
            auto body = std::make_shared<QByteArray>();
            if (reserve)
                QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [reply, body] {
                    body->reserve(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
                });
            QObject::connect(reply, &QNetworkReply::readyRead, &loop,
                             [reply, body] { *body += reply->readAll(); });
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, body] {
                *body += reply->readAll();
                received = clock.elapsed();
                r.ok = reply->error() == QNetworkReply::NoError && body->size() == big.size();
                reply->deleteLater();
                loop.quit();
            });
        } else {
            composer::sendTimed(&client, api::ApiRequest::get(url), target, &viewer,
                                [&](const composer::Exchange& ex) {
                                    received = clock.elapsed();
                                    r.ok = ex.result.ok();
                                    if (show)
                                        viewer.showExchange(ex, target);
                                    else
                                        loop.quit();
                                });
        }
        loop.exec();
        r.totalMs = clock.elapsed();
        // Keep probing through the first paints of the shown body.
        QEventLoop paint;
        QTimer::singleShot(150, &paint, &QEventLoop::quit);
        paint.exec();
        probe.stop();
        record(clock.nsecsElapsed() / 1000000, threadCpuUs());
        QObject::disconnect(&viewer, &ui::ResponseViewer::rendered, &loop, nullptr);
        r.receiveMs = received;
        r.all = all;
        r.afterArrival = after;
        r.rows = show ? pretty->rowsModel()->rowCount() : 0;
        r.ok = r.ok && !viewer.isRendering() && (r.rows > 0 || !show);
        return r;
    };

    struct Kind
    {
        QByteArray label;
        const char* path;
        bool show;
        qint64 bare;
        bool reserve;
        QList<qint64> gaps, cpu, afterGaps, afterCpu, totals;
    };
    const QByteArray mbText = QByteArray::number(mb) + " MB";
    QList<Kind> kinds = {{"small", "/predictions/p1", true, -1, false, {}, {}, {}, {}, {}},
                         {mbText + " received", "/big", false, -1, false, {}, {}, {}, {}, {}},
                         {mbText, "/big", true, -1, false, {}, {}, {}, {}, {}},
                         {mbText + " bare QNAM", "/big", false, 0, false, {}, {}, {}, {}, {}},
                         {mbText + " QNAM 1MB buf", "/big", false, 1 << 20, false, {}, {}, {}, {}, {}},
                         {mbText + " QNAM 1MB+reserve", "/big", false, 1 << 20, true, {}, {}, {}, {}, {}}};
    std::printf(
        "response viewer GUI stall: %d runs, %.1f MB JSON vs %lld bytes, loopback server thread; load "
        "average %s\n",
        runs, big.size() / 1048576.0, qint64(small.size()), loadAverage().constData());
    std::printf("%-24s %9s %9s %22s %22s %9s\n", "", "received", "rendered", "longest gap (cpu)",
                "after arrival (cpu)", "rows");
    measure("/predictions/p1", true, -1, false); // warm-up (fonts, first layout), not counted
    bool ok = true;
    for (int i = 0; i < runs; ++i) {
        for (Kind& k : kinds) {
            const Run r = measure(k.path, k.show, k.bare, k.reserve);
            ok = ok && r.ok;
            std::printf("%-24s %6lld ms %6s %12lld ms (%3lld ms) %12lld ms (%3lld ms) %9d\n",
                        k.label.constData(), r.receiveMs,
                        k.show ? qPrintable(QString::number(r.totalMs) + QStringLiteral(" ms")) : "-",
                        r.all.ms, r.all.cpuMs, r.afterArrival.ms, r.afterArrival.cpuMs, r.rows);
            k.gaps.append(r.all.ms);
            k.cpu.append(r.all.cpuMs);
            k.afterGaps.append(r.afterArrival.ms);
            k.afterCpu.append(r.afterArrival.cpuMs);
            k.totals.append(r.totalMs);
        }
    }
    std::printf("\nmedians of %d runs: longest GUI-thread stall (GUI-thread CPU inside it)\n", runs);
    for (const Kind& k : kinds) {
        std::printf(
            "  %-24s whole run %4.0f ms (%3.0f ms)   after the answer arrived %4.0f ms (%3.0f ms)%s\n",
            k.label.constData(), median(k.gaps), median(k.cpu), median(k.afterGaps), median(k.afterCpu),
            k.show ? qPrintable(QStringLiteral("   send -> rendered %1 ms").arg(median(k.totals))) : "");
    }
    const double s = median(kinds[0].gaps), b = median(kinds[2].gaps), a = median(kinds[2].afterGaps);
    std::printf(
        "%d MB vs small: %.0f vs %.0f ms = %.1fx (goal <= 100 ms: %s); formatting and showing alone: %.0f ms "
        "(%s)\n",
        mb, b, s, s > 0 ? b / s : 0.0, b <= 100 ? "met" : "NOT met", a, a <= 100 ? "met" : "NOT met");
    std::printf("load average now %s (wall-clock gaps include time the GUI thread waited for a CPU)\n",
                loadAverage().constData());
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return ok ? 0 : 1;
}
