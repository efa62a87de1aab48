// r8: the command-line face of r8desk. Thin: all logic lives in r8cli (app/cli).
#include "app/cli/Cli.h"
#include "app/cli/CommandLine.h"
#include "app/core/Paths.h"
#include "resources/translations/Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <unistd.h>

int main(int argc, char** argv)
{
    r8::cli::silenceQtMessages(); // none of Qt's noise on a CLI's stderr (R8_DEBUG=1 shows it)
    QStringList rest;
    for (int i = 1; i < argc; ++i)
        rest.append(QString::fromLocal8Bit(argv[i]));

    // Only the program name (and the platform) go to Qt: the user's arguments (for example a
    // command line after `r8 exec --`) must not be eaten by Qt's own option parsing.
    // The sandbox draws images with QPainter, which needs a QGuiApplication: only `r8 sandbox` gets
    // one, on the offscreen platform (set by argument, not by environment variable, so that
    // programs started by `r8 exec` do not inherit it). Every other command runs on a
    // QCoreApplication: no platform plugin, no Gui.
    QByteArrayList qtArgs{argv[0]};
    const bool gui = r8::cli::needsGuiApplication(rest);
    if (gui)
        qtArgs << "-platform"
               << "offscreen";
    std::vector<char*> qtArgv;
    for (QByteArray& a : qtArgs)
        qtArgv.push_back(a.data());
    int qtArgc = int(qtArgv.size());
    qtArgv.push_back(nullptr);
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QGuiApplication>(qtArgc, qtArgv.data());
    else
        app = std::make_unique<QCoreApplication>(qtArgc, qtArgv.data());
    r8::setApplicationIdentity();
    r8::i18n::install(); // messages in the user's language (LANGUAGE/LC_ALL/LANG; R8_LANGUAGE forces one)

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    const int code = r8::cli::run(rest, out, err, in, isatty(STDIN_FILENO) != 0);
    out.flush();
    err.flush();
    return code;
}
