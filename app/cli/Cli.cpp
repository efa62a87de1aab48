#include "app/cli/Cli.h"
#include "app/core/FileTr.h"

#include "app/cli/Command.h"
#include "app/core/AppInfo.h"

#include <QCoreApplication>

namespace r8::cli {

R8_FILE_TR(r8::cli)

namespace {

void printHelp(QTextStream& out, const std::vector<std::unique_ptr<Command>>& commands)
{
    out << tr("r8 — Replicate API tokens from the OS keychain, for scripts and terminals.") << "\n\n"
        << tr("Usage: r8 COMMAND [ARGS...]") << "\n\n"
        << tr("Commands:") << "\n";
    for (const auto& c : commands)
        out << "  " << c->name().leftJustified(10) << ' ' << c->summary() << '\n';
    out << "\n"
        << tr("Options:") << "\n"
        << "  --help      " << tr("Show this help; `r8 COMMAND --help` shows a command's own.") << '\n'
        << "  --version   " << tr("Print the version.") << '\n';
}
} // namespace

namespace {
// `r8 --env staging account` means `r8 account --env staging`: options every API command takes may
// come before the command name too.
QStringList hoistGlobalOptions(const QStringList& args)
{
    static const QStringList withValue{QStringLiteral("--env"), QStringLiteral("--token"),
                                       QStringLiteral("--base-url")};
    QStringList leading;
    int i = 0;
    while (i < args.size()) {
        const QString& a = args.at(i);
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (!withValue.contains(name))
            break;
        leading << a;
        if (!a.contains(QLatin1Char('=')) && i + 1 < args.size())
            leading << args.at(++i);
        ++i;
    }
    if (leading.isEmpty() || i >= args.size())
        return args;
    QStringList out{args.at(i)};
    out << leading << args.mid(i + 1);
    return out;
}
} // namespace

bool needsGuiApplication(const QStringList& rawArgs)
{
    const QStringList args = hoistGlobalOptions(rawArgs);
    if (args.isEmpty())
        return false;
    for (const auto& c : allCommands())
        if (c->name() == args.first())
            return c->needsGuiApplication();
    return false;
}

int run(const QStringList& rawArgs, QTextStream& out, QTextStream& err, QTextStream& in, bool stdinIsTerminal)
{
    const QStringList args = hoistGlobalOptions(rawArgs);
    auto commands = allCommands();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h") ||
        args.first() == QLatin1String("help")) {
        printHelp(out, commands);
        return args.isEmpty() ? Usage : Ok;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "r8 " << appinfo::kVersion << '\n';
        return Ok;
    }
    for (auto& c : commands) {
        if (c->name() == args.first()) {
            Context ctx{args.mid(1), out, err, in, stdinIsTerminal};
            return c->run(ctx);
        }
    }
    err << tr("r8: unknown command “%1”. Run `r8 --help` for the list.").arg(args.first()) << '\n';
    return Usage;
}

} // namespace r8::cli
