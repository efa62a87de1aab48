#include "app/cli/SandboxCommand.h"
#include "app/cli/CommandHelp.h"
#include "app/cli/TerminalText.h"
#include "app/core/FileTr.h"

#include "app/sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>

namespace r8::cli {

R8_FILE_TR(r8::cli::SandboxCommand)

namespace {

volatile std::sig_atomic_t g_stop = 0;
extern "C" void onStopSignal(int)
{
    g_stop = 1;
}
} // namespace

QString SandboxCommand::summary() const
{
    return tr("Run the local Replicate look-alike server (offline, demo tokens) until interrupted.");
}

int SandboxCommand::run(Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(summary());
    p.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), tr("TCP port (0 = any free port; default 0)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), tr("Seed of the demo data: same seed, same tokens and outputs (default 1)."),
        QStringLiteral("S"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   tr("Run model timings X times faster (default 1)."), QStringLiteral("X"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        tr("Inject faults, e.g. \"latency=100,error.create=0.2:503,truncate=0.1,drop=0.1,stall=0.1\"."),
        QStringLiteral("SPEC"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    tr("JSON file with accounts, tokens, models and limits."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        tr("Address to bind (default 127.0.0.1; anything else exposes the sandbox to the network)."),
        QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object {base_url, tokens} on the first line."));
    p.addOptions({port, seed, speed, faults, config, listen, json});
    if (!p.parse(QStringList{ctx.program + QStringLiteral(" sandbox")} + ctx.args)) {
        ctx.err << "r8 sandbox: " << p.errorText() << '\n';
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << commandHelp(p, QStringLiteral("sandbox"));
        return Ok;
    }
    if (!p.positionalArguments().isEmpty()) {
        ctx.err << tr("r8 sandbox: unexpected argument “%1”.").arg(p.positionalArguments().first()) << '\n';
        return Usage;
    }

    sandbox::SandboxConfig cfg = sandbox::SandboxConfig::demo(1);
    if (p.isSet(config)) {
        QFile f(p.value(config));
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.err << tr("r8 sandbox: cannot read the config file “%1”: %2")
                           .arg(p.value(config), f.errorString())
                    << '\n';
            return Usage;
        }
        // A config is a few KB: a bounded read, so that /dev/zero or a huge file cannot eat the memory.
        constexpr qint64 kConfigLimit = 4 * 1024 * 1024;
        const QByteArray bytes = f.read(kConfigLimit + 1);
        if (bytes.size() > kConfigLimit || f.error() != QFileDevice::NoError) {
            ctx.err << tr("r8 sandbox: cannot use the config file “%1”: %2")
                           .arg(oneLine(p.value(config)),
                                f.error() != QFileDevice::NoError ? f.errorString() : tr("larger than 4 MB"))
                    << '\n';
            return Usage;
        }
        QString error;
        cfg = sandbox::SandboxConfig::fromJson(bytes, &error);
        if (!error.isEmpty()) {
            ctx.err << "r8 sandbox: " << oneLine(error) << '\n';
            return Usage;
        }
    }
    if (p.isSet(seed)) {
        bool ok = false;
        const uint s = p.value(seed).toUInt(&ok);
        if (!ok) {
            ctx.err << tr("r8 sandbox: --seed must be a non-negative integer, not “%1”.").arg(p.value(seed))
                    << '\n';
            return Usage;
        }
        const sandbox::SandboxConfig seeded = sandbox::SandboxConfig::demo(s);
        if (!p.isSet(config))
            cfg = seeded;
        cfg.seed = s;
    }
    if (p.isSet(speed)) {
        bool ok = false;
        cfg.speed = p.value(speed).toDouble(&ok);
        if (!ok || cfg.speed <= 0 || cfg.speed > 10000) {
            ctx.err << tr("r8 sandbox: --speed must be a number greater than 0 (at most 10000), not “%1”.")
                           .arg(p.value(speed))
                    << '\n';
            return Usage;
        }
    }
    sandbox::FaultSpec faultSpec;
    if (p.isSet(faults)) {
        QString error;
        if (!sandbox::FaultSpec::parse(p.value(faults), &faultSpec, &error)) {
            ctx.err << "r8 sandbox: " << oneLine(error) << '\n';
            return Usage;
        }
    }
    bool portOk = false;
    const uint portValue = p.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        ctx.err << tr("r8 sandbox: --port must be a number from 0 to 65535, not “%1”.").arg(p.value(port))
                << '\n';
        return Usage;
    }
    const QHostAddress address(p.value(listen) == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                             : p.value(listen));
    if (address.isNull()) {
        ctx.err << tr("r8 sandbox: --listen needs an IP address such as 127.0.0.1 or ::1, not “%1”.")
                       .arg(p.value(listen))
                << '\n';
        return Usage;
    }

    sandbox::SandboxServer server(cfg);
    server.setFaults(faultSpec);
    QString error;
    if (!server.start(address, quint16(portValue), &error)) {
        ctx.err << "r8 sandbox: " << oneLine(error) << '\n';
        return Failure;
    }
    if (p.isSet(json)) {
        ctx.out << QJsonDocument(server.describe()).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
    } else {
        ctx.out << tr("r8 sandbox: a local Replicate look-alike at %1").arg(server.baseUrl().toString())
                << '\n'
                << tr("Demo tokens (they only work here, never on replicate.com):") << '\n';
        for (const auto& t : server.tokens())
            ctx.out << "  " << t.name.leftJustified(12) << ' ' << t.account.leftJustified(6) << ' ' << t.token
                    << (t.disabled ? QStringLiteral("  ") + tr("disabled (%1)").arg(t.disabledReason)
                                   : QString())
                    << '\n';
        ctx.out << tr("Try: curl -H \"Authorization: Bearer %1\" %2/account")
                       .arg(server.tokens().value(0).token, server.baseUrl().toString())
                << '\n'
                << tr("Press Ctrl+C to stop.") << '\n'
                << Qt::flush;
    }
    if (!address.isLoopback())
        ctx.err << tr("warning: the sandbox listens on %1, reachable from other machines.")
                       .arg(address.toString())
                << '\n'
                << Qt::flush;

    g_stop = 0;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (g_stop)
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!p.isSet(json))
        ctx.err << tr("r8 sandbox: stopped.") << '\n';
    return Ok;
}

} // namespace r8::cli
