#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <atomic>
#include <functional>
#include <vector>

namespace r8::scan {

// One git command of a group that runs side by side.
struct GitStream
{
    QStringList args;                         // after `git -c core.quotepath=on`
    QByteArray input;                         // written to stdin first
    std::function<void(QByteArrayView)> sink; // stdout, as it arrives
    std::function<void()> done;               // stdout ended and git succeeded (others may still run)
    bool keepInputOpen = false; // stdin stays open after `input`: more comes by send(), until closeInput()
    // Set by runGitStreams while the command runs (no-ops before it starts and once it has ended): other
    // streams' sinks feed this one's stdin as their own output arrives (a pipeline across commands).
    std::function<void(QByteArrayView)> send = [](QByteArrayView) {};
    std::function<void()> closeInput = [] {};
};

// Runs the commands at once in `dir` (git found on PATH), handing each one's stdout to its sink as it
// arrives, until all have ended. Synchronous: call it from a thread that may block (the scan's worker
// thread, or a command-line tool). Returns the first error (translated: which command, git's own
// message, cut), or empty. When one fails the others are stopped; `cancel` stops them all (then
// *canceled is set and no error is returned).
QString runGitStreams(const QString& dir, std::vector<GitStream>& streams, const std::atomic_bool* cancel,
                      bool* canceled);

// The two ways runGitStreams() works; both are tested against each other on Unix.
// With QProcess and a local event loop (portable; used where there is no POSIX).
QString runGitStreamsQt(const QString& dir, std::vector<GitStream>& streams, const std::atomic_bool* cancel,
                        bool* canceled);
#ifdef Q_OS_UNIX
// With posix_spawn, pipes and poll(): output is read straight into one buffer through 1 MiB pipes (on
// Linux), without QProcess's copy into a ring buffer per read — a third of r8's time on a long history.
QString runGitStreamsPosix(const QString& dir, std::vector<GitStream>& streams,
                           const std::atomic_bool* cancel, bool* canceled);
#endif

} // namespace r8::scan
