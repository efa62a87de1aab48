#include "app/scan/GitRunner.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace r8::scan {

R8_FILE_TR(r8::scan::GitRunner)

bool gitAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty();
}

GitResult runGit(const QString& workDir, const QStringList& args, int timeoutMs)
{
    GitResult r;
    QProcess p;
    p.setWorkingDirectory(workDir);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForStarted()) {
        r.error = tr("git could not be started: %1").arg(p.errorString());
        return r;
    }
    r.started = true;
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.error = tr("git did not finish in time");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    if (!r.ok())
        r.error = tr("git failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return r;
}

namespace {
// Whether a `.git` (folder or file) is in `dir` or above, or GIT_DIR points somewhere: without
// one, git would say "not a git repository" — a few stat calls instead of starting git (which is
// most of a small scan's start-up).
bool mayBeInWorkTree(const QString& dir)
{
    if (qEnvironmentVariableIsSet("GIT_DIR"))
        return true;
    QDir d(dir);
    while (true) {
        if (QFileInfo::exists(d.filePath(QStringLiteral(".git"))))
            return true;
        if (!d.cdUp())
            return false;
    }
}
} // namespace

QString gitTopLevel(const QString& path)
{
    const QFileInfo info(path);
    const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!mayBeInWorkTree(dir))
        return QString();
    const GitResult r = runGit(dir, {QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, 15000);
    if (!r.ok())
        return QString();
    return QDir::cleanPath(QString::fromLocal8Bit(r.out).trimmed());
}

} // namespace r8::scan
