#pragma once
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace r8::cli {

// How a child program ended.
struct ChildExit
{
    bool started = false;
    int exitCode = 0; // when it exited normally
    int signal = 0;   // when a signal ended it (POSIX); 0 otherwise
    QString error;    // translated, when !started
};

// Runs `program args...` with the current environment plus `extraEnv`, inheriting stdin, stdout
// and stderr, and waits for it. Secrets passed in extraEnv reach only the child's environment:
// never a command line or a file. While waiting, SIGINT/SIGTERM/SIGHUP are forwarded to the child.
// Platform-specific (ChildProcess_unix.cpp; other systems: ChildProcess_qt.cpp).
ChildExit runChild(const QString& program, const QStringList& args,
                   const QList<QPair<QByteArray, QByteArray>>& extraEnv);

// Ends this process the way the child ended (re-raises its signal), for exact pass-through.
[[noreturn]] void exitLikeChild(const ChildExit& e);

} // namespace r8::cli
