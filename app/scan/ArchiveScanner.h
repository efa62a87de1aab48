#pragma once
#include "app/scan/FileScanner.h"

namespace r8::scan {

// Reads the archive open on `fd` (libarchive: zip/jar/whl, tar, gzip/bzip2/xz/zstd-compressed tar
// or single files) and scans every regular member like a file: members that are archives
// themselves are opened in turn (up to limits.maxDepth), notebooks are parsed, UTF-16 is decoded.
// Stops reading when the expanded bytes pass limits.maxExpanded, or limits.bombThreshold at more
// than limits.bombRatio times the archive's size (a zip bomb): reported in r->skipped, not followed.
// Encrypted members and members that fail to decompress are reported there too.
// False (and r untouched) when the file is not an archive libarchive recognises: the caller then
// reads its bytes like any file.
bool scanArchive(int fd, const QString& path, const FileScanOptions& options, FileScanResult* r,
                 const std::atomic_bool* cancel);

} // namespace r8::scan
