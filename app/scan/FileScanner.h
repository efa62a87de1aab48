#pragma once
#include "app/scan/ByteTransform.h"
#include "app/scan/TokenMatcher.h"

#include <QList>
#include <QString>

#include <atomic>

namespace r8::scan {

struct FileScanOptions
{
    qint64 maxFileSize = 64LL * 1024 * 1024; // larger files are skipped and counted
    qsizetype chunkSize = 256 * 1024;
    ByteTransform::Kind transform = ByteTransform::Kind::None;
};

struct FileHit
{
    TokenMatch match;
    int cell = 0; // notebooks: 1-based cell; match.line is then the line in the cell (0: an output)
};

struct FileScanResult
{
    enum class Status
    {
        Scanned,
        Binary,
        TooLarge,
        Unreadable,
        Canceled
    };
    Status status = Status::Scanned;
    QString problem;  // translated, for Unreadable (also set when a read failed midway)
    qint64 bytes = 0; // bytes read
    bool utf16 = false;
    QList<FileHit> hits;
};

// Scans one file in chunks (never loading it whole, except notebooks under the size limit, which
// are parsed as JSON so that tokens inside cell strings are found). Binary files (a NUL byte in
// the first chunk) and files over the limit are not read. UTF-16 files with a BOM are decoded.
// FIFOs, sockets and devices are not opened. Never throws, never blocks on odd files.
FileScanResult scanFile(const QString& path, const FileScanOptions& options,
                        const std::atomic_bool* cancel = nullptr);

// Tokens inside a Jupyter notebook's JSON strings (cell sources, with lines; outputs). False if
// the bytes are not a notebook.
bool scanNotebook(const QByteArray& json, QList<FileHit>* hits);

} // namespace r8::scan
