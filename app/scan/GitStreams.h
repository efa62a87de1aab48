#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace r8::scan {

// One git command of a group that runs side by side.
struct GitStream
{
    QStringList args;                         // after `git -c core.quotepath=on`
    QByteArray input;                         // written to stdin, which is then closed
    std::function<void(QByteArrayView)> sink; // stdout, as it arrives
    std::function<void()> done;               // stdout ended and git succeeded (others may still run)
    int after = -1;    // when >= 0: started once that stream has ended (its done() may set `input`)
    bool skip = false; // not started (an earlier stream's done() may set it)
};

// Runs the commands at once (each as soon as the one it comes `after` has ended) in `dir` (git found on
// PATH), handing each one's stdout to its sink from a local event loop, until all have ended. Synchronous:
// call it from a thread that may block (the scan's worker thread, or a command-line tool). Returns the first
// error (translated: which command, git's own message, cut), or empty. When one fails the others are stopped;
// `cancel` stops them all (then *canceled is set and no error is returned).
QString runGitStreams(const QString& dir, std::vector<GitStream>& streams, const std::atomic_bool* cancel,
                      bool* canceled);

} // namespace r8::scan
