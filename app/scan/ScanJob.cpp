#include "app/scan/ScanJob.h"
#include "app/core/FileTr.h"

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

#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace r8::scan {

R8_FILE_TR(r8::scan::ScanJob)

namespace {

QString sourceFor(const QString& fileName)
{
    if (fileName.startsWith(QLatin1String(".env")) || fileName.endsWith(QLatin1String(".env")))
        return QStringLiteral("env");
    if (fileName.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive))
        return QStringLiteral("notebook");
    return QStringLiteral("file");
}

// Files waiting for a worker: bounded, so memory stays flat whatever the tree's size.
class FileQueue
{
public:
    struct Item
    {
        qint64 seq = 0;
        QString path;
        bool ignored = false;
    };
    void push(Item item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_items.size() < kMax; });
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
    }
    bool pop(Item* item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

private:
    static constexpr size_t kMax = 256;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<Item> m_items;
    bool m_closed = false;
};

class Run
{
public:
    Run(ScanJob& job, const KeyMatcher& keys, const std::atomic_bool* cancel, ScanReport& report)
        : m_job(job), m_keys(keys), m_cancel(cancel), m_report(report)
    {
        m_clock.start();
    }

    bool canceled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // Callers hold m_mutex (or run before/after the workers).
    void emitFinding(Finding f, qint64 seq = 0)
    {
        f.masked = maskToken(f.secret);
        f.recordId = m_keys ? m_keys(f.secret) : QString();
        m_report.findings.append(f);
        m_seqs.push_back(seq);
        if (m_job.onFinding)
            m_job.onFinding(f);
    }

    void progress(const QString& path, bool force = false)
    {
        if (!m_job.onProgress || (!force && m_clock.elapsed() < 100))
            return;
        m_clock.restart();
        m_job.onProgress({path.contains(u"r8_") ? redact(path) : path, m_report.filesScanned,
                          m_report.bytesScanned, m_report.findings.size()});
    }

    // Findings of the folder scan in walk order (workers finish files out of order).
    void sortFindings()
    {
        std::vector<qsizetype> order(m_report.findings.size());
        for (qsizetype i = 0; i < qsizetype(order.size()); ++i)
            order[size_t(i)] = i;
        std::stable_sort(order.begin(), order.end(),
                         [this](qsizetype a, qsizetype b) { return m_seqs[size_t(a)] < m_seqs[size_t(b)]; });
        QList<Finding> sorted;
        sorted.reserve(m_report.findings.size());
        for (qsizetype i : order)
            sorted.append(m_report.findings.at(i));
        m_report.findings = sorted;
        std::vector<qint64> seqs(order.size());
        for (size_t i = 0; i < order.size(); ++i)
            seqs[i] = m_seqs[size_t(order[i])];
        m_seqs = seqs;
    }

    void record(const QString& path, const FileScanResult& r, Finding::Kind kind, const QString& source,
                bool ignored, qint64 seq)
    {
        if (canceled())
            return; // nothing is recorded (or announced) after a cancel
        switch (r.status) {
        case FileScanResult::Status::TooLarge:
            ++m_report.skippedTooLarge;
            m_report.unreadable.append({path, r.problem});
            return;
        case FileScanResult::Status::Canceled:
            return;
        case FileScanResult::Status::Unreadable:
            m_report.unreadable.append({path, r.problem});
            break; // a read that failed midway may still have found tokens
        case FileScanResult::Status::Scanned:
            break;
        }
        for (const SkippedPart& p : r.skipped)
            m_report.unreadable.append(
                {p.member.isEmpty() ? path : path + QLatin1String("!/") + p.member, p.reason});
        if (r.status == FileScanResult::Status::Scanned) {
            ++m_report.filesScanned;
            m_report.bytesScanned += r.bytes;
            m_report.binaryFiles += r.binary ? 1 : 0;
            m_report.utf16Files +=
                r.encoding == TextEncoding::Utf16LE || r.encoding == TextEncoding::Utf16BE ? 1 : 0;
            m_report.archivesScanned += r.archive ? 1 : 0;
            m_report.archiveMembers += r.archiveMembers;
        }
        for (const FileHit& h : r.hits) {
            Finding f;
            f.kind = kind;
            setPath(f, path);
            f.line = h.match.line;
            f.cell = h.cell;
            f.member = h.member.contains(u"r8_") ? redact(h.member) : h.member;
            f.source = h.member.isEmpty() ? source : sourceFor(h.member.section(QLatin1Char('/'), -1));
            f.secret = QString::fromLatin1(h.match.secret);
            f.legacyShape = h.match.legacyShape;
            f.gitIgnored = ignored;
            emitFinding(f, seq);
        }
        progress(path);
    }

    // A path shown or kept has its tokens masked (a token-named file or folder, or a file inside
    // one); the real one stays in memory (diskPath) for opening and editing. Callers hold m_mutex.
    void setPath(Finding& f, const QString& path, const QStringList& secrets = {})
    {
        if (secrets.isEmpty() && m_nameSecrets.isEmpty() && !path.contains(u"r8_")) {
            f.path = path;
            return;
        }
        f.path = redact(path, secrets + m_nameSecrets);
        if (f.path != path)
            f.diskPath = path;
    }

    // Tokens in file and folder names (DirWalker::takeNameHits): one finding per token, for the
    // entry whose own name holds it.
    void recordNames(const QList<DirWalker::NameHit>& hits, qint64* seq,
                     const std::function<bool(const QString&)>& ignored)
    {
        if (hits.isEmpty())
            return;
        std::lock_guard<std::mutex> lock(m_mutex);
        for (const DirWalker::NameHit& h : hits) {
            if (canceled())
                return;
            QStringList secrets;
            for (const TokenMatch& m : h.matches) {
                secrets.append(QString::fromLatin1(m.secret));
                if (m.legacyShape && !m_nameSecrets.contains(secrets.last()))
                    m_nameSecrets.append(secrets.last()); // masked in the paths of what is inside
            }
            const bool isIgnored = ignored(h.folder ? h.path + QLatin1Char('/') : h.path);
            for (const TokenMatch& m : h.matches) {
                Finding f;
                f.kind = Finding::Kind::File;
                f.inName = true;
                f.nameOfFolder = h.folder;
                setPath(f, h.path, secrets);
                f.source = QStringLiteral("name");
                f.secret = QString::fromLatin1(m.secret);
                f.legacyShape = m.legacyShape;
                f.gitIgnored = isIgnored;
                emitFinding(f, *seq);
            }
            ++*seq;
        }
    }

    void scanOne(const QFileInfo& file, Finding::Kind kind, const QString& source,
                 ByteTransform::Kind transform, qint64 maxSize, bool ignored)
    {
        const QString path = file.absoluteFilePath();
        FileScanOptions o;
        o.maxFileSize = maxSize;
        o.transform = transform;
        const FileScanResult r = scanFile(path, o, m_cancel);
        std::lock_guard<std::mutex> lock(m_mutex);
        record(path, r, kind, source, ignored, m_nextSeq++);
    }

    void worker(FileQueue* queue, qint64 maxSize)
    {
        FileScanOptions o;
        o.maxFileSize = maxSize;
        FileQueue::Item item;
        while (queue->pop(&item)) {
            if (canceled())
                continue; // drain
            const FileScanResult r = scanFile(item.path, o, m_cancel);
            std::lock_guard<std::mutex> lock(m_mutex);
            record(item.path, r, Finding::Kind::File, sourceFor(item.path.section(QLatin1Char('/'), -1)),
                   item.ignored, item.seq);
        }
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
        // Files are read by worker threads (one per core) while this thread walks the folders.
        FileQueue queue;
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 16);
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i)
            workers.emplace_back([this, &queue, maxSize] { worker(&queue, maxSize); });
        DirWalker walker(roots);
        QFileInfo file;
        qint64 seq = 0;
        const auto isIgnored = [&ignores](const QString& path) {
            const GitIgnoreIndex* best = nullptr;
            for (const auto& idx : ignores) {
                if (path.startsWith(idx->root()) && (!best || idx->root().size() > best->root().size()))
                    best = idx.get();
            }
            return best && best->isIgnored(path);
        };
        while (!canceled() && walker.next(&file)) {
            for (const QString& dir : walker.takeEnteredDirs()) {
                if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral(".git"))))
                    loadIgnores(dir);
            }
            recordNames(walker.takeNameHits(), &seq, isIgnored); // before the files inside
            const QString path = file.absoluteFilePath();
            queue.push({seq++, path, isIgnored(path)});
            const QList<ScanProblem> problems = walker.takeProblems();
            if (!problems.isEmpty()) {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_report.unreadable.append(problems);
            }
        }
        queue.close();
        recordNames(walker.takeNameHits(), &seq, isIgnored); // e.g. an empty folder at the end
        for (std::thread& t : workers)
            t.join();
        m_nextSeq = seq;
        m_report.unreadable.append(walker.takeProblems());
        m_report.symlinkLoopsAvoided += walker.symlinkLoops();
        m_report.brokenSymlinks += walker.brokenSymlinks();
        sortFindings();
        std::sort(m_report.unreadable.begin(), m_report.unreadable.end(),
                  [](const ScanProblem& a, const ScanProblem& b) { return a.path < b.path; });
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
            m_report.gitObjectsScanned += r.objects;
            QSet<QString> seen; // one finding per place and token
            for (const GitHit& h : r.hits) {
                const QString secret = QString::fromLatin1(h.match.secret);
                const QString key = h.object + QLatin1Char('\n') + h.commit + QLatin1Char('\n') + h.path +
                                    QLatin1Char('\n') + secret;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                Finding f;
                f.kind = Finding::Kind::GitCommit;
                f.path = top;
                f.commit = h.commit;
                f.commitPath = redact(h.path, {secret}); // a token may be a file or folder name
                f.gitWhere = h.where;
                f.gitReach = h.reach;
                f.gitRefs = h.refs;
                f.gitObject = h.object;
                f.line = h.line;
                f.source = QStringLiteral("git");
                f.secret = secret;
                f.legacyShape = h.match.legacyShape;
                emitFinding(f, m_nextSeq);
            }
            ++m_nextSeq;
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
    std::mutex m_mutex;
    std::vector<qint64> m_seqs; // per finding: the file's place in the walk
    QStringList m_nameSecrets;  // tokens of another shape found in names (r8_ ones are masked by shape)
    qint64 m_nextSeq = 0;
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
