#include "app/scan/ScanJob.h"

#include "app/core/Redact.h"
#include "app/scan/DirWalker.h"
#include "app/scan/FileScanner.h"
#include "app/scan/GitHistoryScanner.h"
#include "app/scan/GitIgnoreIndex.h"
#include "app/scan/GitRunner.h"
#include "app/scan/ScanPlaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <memory>

namespace r8::scan {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("r8::scan::ScanJob", s);
}

QString sourceFor(const QString& fileName)
{
    if (fileName.startsWith(QLatin1String(".env")) || fileName.endsWith(QLatin1String(".env")))
        return QStringLiteral("env");
    if (fileName.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive))
        return QStringLiteral("notebook");
    return QStringLiteral("file");
}

class Run
{
public:
    Run(ScanJob& job, const KeyMatcher& keys, const std::atomic_bool* cancel, ScanReport& report)
        : m_job(job), m_keys(keys), m_cancel(cancel), m_report(report)
    {
        m_clock.start();
    }

    bool canceled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    void emitFinding(Finding f)
    {
        f.masked = maskToken(f.secret);
        f.recordId = m_keys ? m_keys(f.secret) : QString();
        m_report.findings.append(f);
        if (m_job.onFinding)
            m_job.onFinding(f);
    }

    void progress(const QString& path, bool force = false)
    {
        if (!m_job.onProgress || (!force && m_clock.elapsed() < 100))
            return;
        m_clock.restart();
        m_job.onProgress({path, m_report.filesScanned, m_report.bytesScanned, m_report.findings.size()});
    }

    void scanOne(const QFileInfo& file, Finding::Kind kind, const QString& source,
                 ByteTransform::Kind transform, qint64 maxSize, bool ignored)
    {
        const QString path = file.absoluteFilePath();
        FileScanOptions o;
        o.maxFileSize = maxSize;
        o.transform = transform;
        const FileScanResult r = scanFile(path, o, m_cancel);
        switch (r.status) {
        case FileScanResult::Status::Binary:
            ++m_report.skippedBinary;
            return;
        case FileScanResult::Status::TooLarge:
            ++m_report.skippedTooLarge;
            return;
        case FileScanResult::Status::Canceled:
            return;
        case FileScanResult::Status::Unreadable:
            m_report.unreadable.append({path, r.problem});
            break; // a read that failed midway may still have found tokens
        case FileScanResult::Status::Scanned:
            break;
        }
        if (r.status == FileScanResult::Status::Scanned) {
            ++m_report.filesScanned;
            m_report.bytesScanned += r.bytes;
        }
        for (const FileHit& h : r.hits) {
            Finding f;
            f.kind = kind;
            f.path = path;
            f.line = h.match.line;
            f.cell = h.cell;
            f.source = source;
            f.secret = QString::fromLatin1(h.match.secret);
            f.legacyShape = h.match.legacyShape;
            f.gitIgnored = ignored;
            emitFinding(f);
        }
        progress(path);
    }

    void scanTree(const QStringList& roots, qint64 maxSize)
    {
        std::vector<std::unique_ptr<GitIgnoreIndex>> ignores;
        const bool git = gitAvailable();
        auto loadIgnores = [&](const QString& dir) {
            if (!git)
                return;
            auto idx = std::make_unique<GitIgnoreIndex>();
            QString error;
            if (idx->load(dir, &error))
                ignores.push_back(std::move(idx));
        };
        for (const QString& r : roots) {
            const QFileInfo info(r);
            // A root inside a work tree (but not its top: that one is found while walking).
            if (git && info.isDir() && !QFileInfo::exists(QDir(r).filePath(QStringLiteral(".git"))) &&
                !gitTopLevel(r).isEmpty())
                loadIgnores(info.absoluteFilePath());
        }
        if (!git)
            m_report.notes.append(tr("git is not installed: git-ignored files are not labelled."));
        DirWalker walker(roots);
        QFileInfo file;
        while (!canceled() && walker.next(&file)) {
            for (const QString& dir : walker.takeEnteredDirs()) {
                if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".git"))))
                    loadIgnores(dir);
            }
            const QString path = file.absoluteFilePath();
            bool ignored = false;
            const GitIgnoreIndex* best = nullptr;
            for (const auto& idx : ignores) {
                if (path.startsWith(idx->root()) && (!best || idx->root().size() > best->root().size()))
                    best = idx.get();
            }
            ignored = best && best->isIgnored(path);
            scanOne(file, Finding::Kind::File, sourceFor(file.fileName()), ByteTransform::Kind::None, maxSize,
                    ignored);
            m_report.unreadable.append(walker.takeProblems());
        }
        m_report.unreadable.append(walker.takeProblems());
        m_report.symlinkLoopsAvoided += walker.symlinkLoops();
    }

    void scanHistory(const QStringList& paths)
    {
        if (!gitAvailable()) {
            m_report.errors.append(tr("git is not installed: the history cannot be scanned."));
            return;
        }
        QSet<QString> repos;
        for (const QString& p : paths) {
            const QString top = gitTopLevel(p);
            if (top.isEmpty()) {
                m_report.notes.append(tr("%1 is not in a git repository: no history to scan.").arg(p));
                continue;
            }
            if (repos.contains(top))
                continue;
            repos.insert(top);
            if (canceled())
                return;
            progress(top, true);
            const GitHistoryResult r = scanGitHistory(top, m_cancel);
            m_report.repositories.append(top);
            m_report.commitsScanned += r.commits;
            if (!r.error.isEmpty())
                m_report.errors.append(tr("%1: %2").arg(top, redact(r.error)));
            QSet<QString> seen; // one finding per commit, file and token
            for (const GitHit& h : r.hits) {
                const QString secret = QString::fromLatin1(h.match.secret);
                const QString key = h.commit + QLatin1Char('\n') + h.path + QLatin1Char('\n') + secret;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                Finding f;
                f.kind = Finding::Kind::GitCommit;
                f.path = top;
                f.commit = h.commit;
                f.commitPath = h.path;
                f.line = h.line;
                f.source = QStringLiteral("git");
                f.secret = secret;
                f.legacyShape = h.match.legacyShape;
                emitFinding(f);
            }
        }
    }

    void scanPlaces(const QList<ScanPlace>& places, qint64 maxSize)
    {
        for (const ScanPlace& p : places) {
            if (canceled())
                return;
            const QFileInfo info(p.path);
            if (!info.exists())
                continue;
            scanOne(info, p.kind, p.source, p.transform, maxSize, false);
        }
    }

private:
    ScanJob& m_job;
    const KeyMatcher& m_keys;
    const std::atomic_bool* m_cancel;
    ScanReport& m_report;
    QElapsedTimer m_clock;
};
} // namespace

ScanRequest ScanRequest::machine()
{
    ScanRequest r;
    r.shellHistory = true;
    r.knownHomes = true;
    return r;
}

KeyMatcher keyMatcherFor(const QHash<QString, QString>& secretToRecordId)
{
    return [secretToRecordId](const QString& secret) { return secretToRecordId.value(secret); };
}

ScanReport ScanJob::run(const ScanRequest& request, const KeyMatcher& keys, const std::atomic_bool* cancel)
{
    ScanReport report;
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.roots = request.paths;
    Run run(*this, keys, cancel, report);
    const QString home = request.home.isEmpty() ? QDir::homePath() : request.home;
    if (!request.paths.isEmpty())
        run.scanTree(request.paths, request.maxFileSize);
    QSet<QString> roots;
    for (const QString& p : request.paths)
        roots.insert(QFileInfo(p).absoluteFilePath());
    for (const ScanProblem& p : std::as_const(report.unreadable)) {
        if (roots.contains(p.path)) // a path the user named could not be scanned: an error
            report.errors.append(tr("%1: %2").arg(p.path, p.reason));
    }
    if (request.gitHistory && !run.canceled())
        run.scanHistory(request.paths.isEmpty() ? QStringList{QDir::currentPath()} : request.paths);
    if (request.shellHistory && !run.canceled())
        run.scanPlaces(shellHistoryPlaces(home, request.environment), request.maxFileSize);
    if (request.knownHomes && !run.canceled())
        run.scanPlaces(knownTokenHomes(home, request.environment), request.maxFileSize);
    report.canceled = run.canceled();
    report.finishedAt = QDateTime::currentDateTimeUtc();
    run.progress(QString(), true);
    return report;
}

} // namespace r8::scan
