#include "app/scan/FileScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStringDecoder>

#include <cstring>
#include <optional>
#include <vector>

namespace r8::scan {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("r8::scan::FileScanner", s);
}

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

void collect(TokenMatcher& m, QList<FileHit>* hits)
{
    if (!m.hasMatches())
        return;
    for (TokenMatch& t : m.takeMatches())
        hits->append(FileHit{std::move(t), 0});
}

FileScanResult scanNotebookFile(QFile& f, FileScanResult r)
{
    const QByteArray bytes = f.readAll();
    r.bytes = bytes.size();
    if (f.error() != QFileDevice::NoError) {
        r.status = FileScanResult::Status::Unreadable;
        r.problem = tr("read error: %1").arg(f.errorString());
        return r;
    }
    QList<FileHit> cells;
    const bool isNotebook = scanNotebook(bytes, &cells);
    QSet<QByteArray> seen;
    for (const FileHit& h : cells)
        seen.insert(h.match.secret);
    r.hits = cells;
    // Tokens outside cells (metadata), or the whole file when it is not valid notebook JSON.
    for (TokenMatch& m : findTokens(bytes)) {
        if (!isNotebook || !seen.contains(m.secret))
            r.hits.append(FileHit{std::move(m), 0});
    }
    return r;
}
} // namespace

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
    if (info.size() > options.maxFileSize) {
        r.status = FileScanResult::Status::TooLarge;
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        r.status = FileScanResult::Status::Unreadable;
        r.problem = f.error() == QFileDevice::OpenError && !info.isReadable()
                        ? tr("permission denied")
                        : tr("cannot be opened: %1").arg(f.errorString());
        return r;
    }
    if (path.endsWith(QLatin1String(".ipynb"), Qt::CaseInsensitive))
        return scanNotebookFile(f, r);

    std::vector<char> buf(size_t(qMax<qsizetype>(options.chunkSize, 4096)));
    TokenMatcher matcher;
    ByteTransform transform(options.transform);
    std::optional<QStringDecoder> utf16;
    bool first = true;
    while (true) {
        if (cancelled(cancel)) {
            r.status = FileScanResult::Status::Canceled;
            return r;
        }
        const qint64 n = f.read(buf.data(), qint64(buf.size()));
        if (n < 0) {
            r.status = FileScanResult::Status::Unreadable;
            r.problem = tr("read error: %1").arg(f.errorString());
            break;
        }
        if (n == 0)
            break;
        r.bytes += n;
        qsizetype len = qsizetype(n);
        if (first) {
            first = false;
            const auto* u = reinterpret_cast<const unsigned char*>(buf.data());
            if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
                utf16.emplace(u[0] == 0xFF ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
                r.utf16 = true;
            } else if (std::memchr(buf.data(), 0, size_t(len))) {
                r.status = FileScanResult::Status::Binary;
                return r;
            }
        }
        if (utf16) {
            const QString text = (*utf16)(QByteArrayView(buf.data(), len));
            matcher.feed(text.toUtf8());
        } else {
            len = transform.apply(buf.data(), len);
            matcher.feed(QByteArrayView(buf.data(), len));
        }
        collect(matcher, &r.hits);
    }
    matcher.finish();
    collect(matcher, &r.hits);
    return r;
}

} // namespace r8::scan
