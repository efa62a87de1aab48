#include "app/scan/GitHistoryScanner.h"

#include "app/scan/GitRunner.h"

#include <QCoreApplication>
#include <QProcess>

namespace r8::scan {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("r8::scan::GitHistoryScanner", s);
}
} // namespace

QStringList gitHistoryArguments()
{
    return {QStringLiteral("-c"),
            QStringLiteral("core.quotepath=off"),
            QStringLiteral("log"),
            QStringLiteral("--all"),
            QStringLiteral("-p"),
            QStringLiteral("--unified=0"),
            QStringLiteral("--no-color"),
            QStringLiteral("--no-ext-diff"),
            QStringLiteral("--no-textconv"),
            QStringLiteral("--no-renames"),
            QStringLiteral("--format=%x01%H"),
            QStringLiteral("-G"),
            QStringLiteral("r8_[0-9A-Za-z_-]{37}|REPLICATE_API_TOKEN")};
}

GitHistoryResult scanGitHistory(const QString& repoRoot, const std::atomic_bool* cancel)
{
    GitHistoryResult r;
    const GitResult count =
        runGit(repoRoot, {QStringLiteral("rev-list"), QStringLiteral("--all"), QStringLiteral("--count")});
    if (!count.ok()) {
        r.error = count.error;
        return r;
    }
    r.commits = count.out.trimmed().toLongLong();
    if (r.commits == 0)
        return r; // an empty repository: nothing to read

    QProcess git;
    git.setWorkingDirectory(repoRoot);
    git.start(QStringLiteral("git"), gitHistoryArguments(), QIODevice::ReadOnly);
    if (!git.waitForStarted()) {
        r.error = tr("git could not be started: %1").arg(git.errorString());
        return r;
    }
    GitPatchParser parser;
    while (true) {
        if (cancel && cancel->load()) {
            git.kill();
            git.waitForFinished();
            r.canceled = true;
            return r;
        }
        const bool more = git.waitForReadyRead(200);
        const QByteArray data = git.readAllStandardOutput();
        if (!data.isEmpty()) {
            parser.feed(data);
            r.hits.append(parser.takeHits());
        }
        if (!more && git.state() == QProcess::NotRunning)
            break;
    }
    parser.feed(git.readAllStandardOutput());
    parser.finish();
    r.hits.append(parser.takeHits());
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        r.error = tr("git log failed: %1").arg(QString::fromLocal8Bit(git.readAllStandardError()).trimmed());
    return r;
}

} // namespace r8::scan
