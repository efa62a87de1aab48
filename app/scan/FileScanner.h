#pragma once
#include "app/scan/ByteTransform.h"
#include "app/scan/ContentScanner.h"
#include "app/scan/TokenMatcher.h"

#include <QList>
#include <QString>

#include <atomic>

namespace r8::scan {

// Bounds on what is read inside archives (zip bombs, archives nested in archives).
struct ArchiveLimits
{
    int maxDepth = 4;                               // an archive in an archive in … : 4 levels
    qint64 maxExpanded = 16LL * 1024 * 1024 * 1024; // bytes read out of one archive, all levels
    qint64 bombThreshold = 64LL * 1024 * 1024;      // beyond this many expanded bytes …
    qint64 bombRatio = 100;                         // … more than 100× the archive's size is a bomb
    qint64 notebookMax = 64LL * 1024 * 1024;        // members parsed as notebooks up to this size
};

struct FileScanOptions
{
    qint64 maxFileSize = 0;           // 0: no limit; larger files are not read (and the scan is incomplete)
    qsizetype chunkSize = 256 * 1024; // fits the cache: read(2) copies it in, the matcher reads it there
    ByteTransform::Kind transform = ByteTransform::Kind::None;
    bool archives = true; // look inside .zip, .jar, .whl, .tar, .tar.gz, .gz …
    ArchiveLimits limits;
};

struct FileHit
{
    TokenMatch match;
    int cell = 0;   // notebooks: 1-based cell; match.line is then the line in the cell (0: an output)
    QString member; // inside an archive: the member's path ("inner.zip!/a/b.txt" when nested)
};

// A part of a file that was not read, and why (translated).
struct SkippedPart
{
    QString member; // empty: the file itself
    QString reason;
};

struct FileScanResult
{
    enum class Status
    {
        Scanned,    // every byte was read (see `skipped` for archive members that were not)
        TooLarge,   // over maxFileSize: not read
        Unreadable, // could not be opened, or a read failed midway (hits found before are kept)
        Canceled
    };
    Status status = Status::Scanned;
    QString problem;  // translated, for Unreadable
    qint64 bytes = 0; // bytes read from the file
    TextEncoding encoding = TextEncoding::Bytes;
    bool binary = false;
    bool archive = false;      // read as an archive
    qint64 archiveMembers = 0; // members read
    qint64 expandedBytes = 0;  // bytes read out of the archive
    QList<SkippedPart> skipped;
    QList<FileHit> hits;
    bool complete() const { return status == Status::Scanned && skipped.isEmpty(); }
};

// Scans one file in chunks (never loading it whole, except notebooks up to limits.notebookMax,
// parsed as JSON so that tokens inside cell strings get a cell and line). Every regular file is
// read, binary ones included (tokens sit in SQLite files, .pyc, caches). UTF-16 (with or without a
// BOM) is decoded. Archives (by name) are read with libarchive, members scanned the same way.
// FIFOs, sockets and devices are not opened. Never throws, never blocks on odd files.
FileScanResult scanFile(const QString& path, const FileScanOptions& options,
                        const std::atomic_bool* cancel = nullptr);

// Whether a file name is one of the archive kinds looked into.
bool isArchiveName(const QString& fileName);

// Tokens inside a Jupyter notebook's JSON strings (cell sources, with lines; outputs). False if
// the bytes are not a notebook.
bool scanNotebook(const QByteArray& json, QList<FileHit>* hits);
// A notebook's bytes: cell hits, plus tokens outside cells (or everywhere, if not a notebook).
QList<FileHit> scanNotebookBytes(const QByteArray& bytes);

} // namespace r8::scan
