#pragma once
#include "app/cli/Command.h"

#include <QCommandLineParser>

#include <optional>

namespace r8::cli {

// The start every r8 command shares: parse `args` with `p` (as `r8 COMMAND`), print the parser's
// error (exit 2) or, for --help, the command's help (exit 0). `maxPositional` (-1: any) limits the
// positional arguments; more is a usage error naming `usage`. nullopt: go on with the command.
std::optional<int> parseCommandLine(Context& ctx, QCommandLineParser& p, const QString& command,
                                    const QStringList& args, int maxPositional = -1,
                                    const QString& usage = QString());

// Keeps Qt's own diagnostics (platform plugin, XDG_RUNTIME_DIR, D-Bus, …) off a CLI's stderr;
// R8_DEBUG=1 lets them through. Call first thing in main().
void silenceQtMessages();

} // namespace r8::cli
