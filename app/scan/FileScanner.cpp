#include "app/scan/FileScanner.h"
#include "app/core/FileTr.h"

#include "app/scan/ArchiveScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace r8::scan {

R8_FILE_TR(r8::scan::FileScanner)

namespace {

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

void collect(ContentScanner& s, QList<FileHit>* hits)
{
    if (!s.hasMatches())
        return;
    for (TokenMatch& t : s.takeMatches())
        hits->append(FileHit{std::move(t), 0, QString()});
}

bool isNotebookName(const QString& name)
{
    return name.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive);
}

// Reads the whole file through `scanner` with read(2) into its buffer.
void readAll(int fd, ContentScanner& scanner, FileScanResult& r, const std::atomic_bool* cancel)
{
    while (true) {
        if (cancelled(cancel)) {
            r.status = FileScanResult::Status::Canceled;
            return;
        }
        const ssize_t n = ::read(fd, scanner.space(), size_t(scanner.spaceSize()));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            r.status = FileScanResult::Status::Unreadable;
            r.problem =
                tr("read error after %1 bytes: %2").arg(r.bytes).arg(QString::fromLocal8Bit(strerror(errno)));
            break;
        }
        if (n == 0)
            break;
        r.bytes += n;
        scanner.commit(qsizetype(n));
        collect(scanner, &r.hits);
    }
    scanner.finish();
    collect(scanner, &r.hits);
    r.encoding = scanner.encoding();
    r.binary = scanner.binary();
}
} // namespace

QList<FileHit> scanNotebookBytes(const QByteArray& bytes)
{
    QList<FileHit> cells;
    const bool isNotebook = scanNotebook(bytes, &cells);
    QSet<QByteArray> seen;
    for (const FileHit& h : cells)
        seen.insert(h.match.secret);
    QList<FileHit> out = cells;
    // Tokens outside cells (metadata), or the whole file when it is not valid notebook JSON.
    ContentScanner s;
    s.feed(bytes);
    s.finish();
    for (TokenMatch& m : s.takeMatches()) {
        if (!isNotebook || !seen.contains(m.secret))
            out.append(FileHit{std::move(m), 0, QString()});
    }
    return out;
}

FileScanResult scanFile(const QString& path, const FileScanOptions& options, const std::atomic_bool* cancel)
{
    FileScanResult r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.status = FileScanResult::Status::Unreadable;
        r.problem = tr("no such file (it may have been removed during the scan)");
        return r;
    }
    if (!info.isFile()) { // FIFOs, sockets, devices: opening could block or never end
        r.status = FileScanResult::Status::Unreadable;
        r.problem =
            info.isDir() ? tr("is a folder") : tr("not a regular file (FIFO, socket or device); not opened");
        return r;
    }
    if (options.maxFileSize > 0 && info.size() > options.maxFileSize) {
        r.status = FileScanResult::Status::TooLarge;
        r.problem = tr("larger than the --max-size limit (%1 bytes): not read").arg(info.size());
        return r;
    }
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: a file replaced by a FIFO since the check above cannot block the open.
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        const int e = errno;
        r.status = FileScanResult::Status::Unreadable;
        r.problem = e == EACCES ? tr("permission denied")
                                : tr("cannot be opened: %1").arg(QString::fromLocal8Bit(strerror(e)));
        return r;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) { // replaced since the check above
        ::close(fd);
        r.status = FileScanResult::Status::Unreadable;
        r.problem = tr("not a regular file (FIFO, socket or device); not opened");
        return r;
    }
    // O_NONBLOCK stays: it does not change reads from a regular file.
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);

    if (options.archives && isArchiveName(info.fileName())) {
        if (scanArchive(fd, path, options, &r, cancel)) {
            ::close(fd);
            return r;
        }
        ::lseek(fd, 0, SEEK_SET); // not an archive after all: read its bytes
        r = FileScanResult();
    }
    if (isNotebookName(info.fileName()) && info.size() <= options.limits.notebookMax) {
        QFile f;
        if (f.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            const QByteArray bytes = f.readAll();
            r.bytes = bytes.size();
            if (f.error() != QFileDevice::NoError) {
                r.status = FileScanResult::Status::Unreadable;
                r.problem = tr("read error: %1").arg(f.errorString());
            }
            r.hits = scanNotebookBytes(bytes);
            return r;
        }
    }
    ContentScanner scanner(options.transform, options.chunkSize);
    readAll(fd, scanner, r, cancel);
    ::close(fd);
    return r;
}

} // namespace r8::scan
