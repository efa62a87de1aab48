#pragma once
#include <QStringList>
#include <QTextStream>

namespace r8::cli {

// Runs `r8` with the given arguments (without the program name). Needs a Q(Gui)Application.
int run(const QStringList& args, QTextStream& out, QTextStream& err, QTextStream& in, bool stdinIsTerminal);

// Whether the command these arguments name draws, so that main() creates a QGuiApplication for it
// (a QCoreApplication otherwise). Needs no application object.
bool needsGuiApplication(const QStringList& args);

} // namespace r8::cli
