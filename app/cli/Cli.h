#pragma once
#include <QStringList>
#include <QTextStream>

namespace r8::cli {

// Runs `r8` with the given arguments (without the program name). Needs a Q(Gui)Application.
int run(const QStringList& args, QTextStream& out, QTextStream& err, QTextStream& in, bool stdinIsTerminal);

} // namespace r8::cli
