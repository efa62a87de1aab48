#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace r8::scan {

// Runs `git` (found on PATH) synchronously — the scan runs on a worker thread.
struct GitResult
{
    bool started = false;
    int exitCode = -1;
    QByteArray out;
    QString error; // translated, when !ok()
    bool ok() const { return started && exitCode == 0; }
};

bool gitAvailable();
GitResult runGit(const QString& workDir, const QStringList& args, int timeoutMs = 60000);
// The repository's top folder if `path` is inside a work tree, else empty.
QString gitTopLevel(const QString& path);

} // namespace r8::scan
