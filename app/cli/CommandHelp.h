#pragma once
#include <QString>

class QCommandLineParser;

namespace r8::cli {

// `r8 COMMAND --help`: QCommandLineParser's help text without its generated first line
// ("Usage: /path/to/r8 [options] …", which names the binary's path) when the command's description
// already starts with its own usage line; otherwise that first line names `r8 COMMAND`.
QString commandHelp(const QCommandLineParser& parser, const QString& command);

// The same on plain text (pure; tested).
QString tidyCommandHelp(const QString& helpText, const QString& command);

} // namespace r8::cli
