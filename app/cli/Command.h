#pragma once
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace r8::cli {

// Exit codes shared by every r8 command.
enum Exit : int
{
    Ok = 0,
    Failure = 1,  // the operation failed (or, for `scan`, something was found)
    Usage = 2,    // bad arguments
    Keychain = 3, // the OS keychain is unreachable, locked or refused
    Network = 4,  // the server could not be reached / answered an error
};

// What a command gets: its arguments (after the command name), and the streams to use.
struct Context
{
    QStringList args; // e.g. for `r8 tokens add x --env staging`: {"add", "x", "--env", "staging"}
    QTextStream& out;
    QTextStream& err;
    QTextStream& in; // standard input (secrets are read from here, never from arguments)
    bool stdinIsTerminal = false;
    QString program = QStringLiteral("r8");
};

// One `r8 NAME ...` command. Implementations live in their own files in app/cli/ and are
// listed once in Commands.cpp.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line, for `r8 --help`
    virtual int run(Context& ctx) = 0;
    // Only a command that draws (the sandbox's images) needs a QGuiApplication; the others run on
    // a QCoreApplication, without loading a platform plugin.
    virtual bool needsGuiApplication() const { return false; }
};

std::vector<std::unique_ptr<Command>> allCommands();

} // namespace r8::cli
