#include "app/cli/CommandHelp.h"

#include <QCommandLineParser>

namespace r8::cli {

QString tidyCommandHelp(const QString& helpText, const QString& command)
{
    const qsizetype eol = helpText.indexOf(QLatin1Char('\n'));
    // Qt's first line is "<Usage>: PROGRAM [options] …", the word translated with Qt's catalogue.
    const qsizetype colon = eol < 0 ? -1 : helpText.indexOf(QLatin1String(": "));
    if (colon < 0 || colon > eol)
        return helpText;
    const QString prefix = helpText.left(colon + 2); // "Usage: "
    const QString rest = helpText.mid(eol + 1);
    if (rest.startsWith(prefix))
        return rest; // the description is the command's own usage line
    const QString first = helpText.left(eol);
    const qsizetype afterProgram = first.indexOf(QLatin1Char(' '), prefix.size());
    return prefix + QStringLiteral("r8 ") + command +
           (afterProgram < 0 ? QString() : first.mid(afterProgram)) + QLatin1Char('\n') + rest;
}

QString commandHelp(const QCommandLineParser& parser, const QString& command)
{
    return tidyCommandHelp(parser.helpText(), command);
}

} // namespace r8::cli
