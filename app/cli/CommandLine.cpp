#include "app/cli/CommandLine.h"

#include "app/cli/CommandHelp.h"
#include "app/cli/TerminalText.h"
#include "app/core/Redact.h"

#include <QCoreApplication>

#include <cstdio>

namespace r8::cli {

std::optional<int> parseCommandLine(Context& ctx, QCommandLineParser& p, const QString& command,
                                    const QStringList& args, int maxPositional, const QString& usage)
{
    if (!p.parse(QStringList{QStringLiteral("r8 ") + command} + args)) {
        ctx.err << oneLine(redact(p.errorText())) << '\n'; // it quotes what was typed
        return Usage;
    }
    if (p.isSet(QStringLiteral("help"))) {
        ctx.out << commandHelp(p, command);
        return Ok;
    }
    if (maxPositional >= 0 && p.positionalArguments().size() > maxPositional) {
        ctx.err << (usage.isEmpty() ? QCoreApplication::translate("r8::cli", "r8 %1: too many arguments. Run "
                                                                             "`r8 %1 --help`.")
                                          .arg(command)
                                    : usage)
                << '\n';
        return Usage;
    }
    return std::nullopt;
}

namespace {
void quietHandler(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "r8: %s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}
} // namespace

void silenceQtMessages()
{
    if (qEnvironmentVariableIsEmpty("R8_DEBUG"))
        qInstallMessageHandler(quietHandler);
}

} // namespace r8::cli
