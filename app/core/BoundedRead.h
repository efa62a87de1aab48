#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

namespace r8 {

// Reads the file at `path`, never more than `limit` bytes into memory. A regular file's size is
// checked before anything is read; anything else (a pipe, /dev/zero, a /proc file that says it has
// 0 bytes) is read up to limit + 1 bytes. nullopt with *error (translated, naming the path and the
// limit) when it cannot be opened, a read fails (never a silently short or empty result), or it is
// larger than `limit`; *tooLarge tells the last case apart.
std::optional<QByteArray> readFileBounded(const QString& path, qint64 limit, QString* error,
                                          bool* tooLarge = nullptr);

// The same, appending the bytes to *out (which may already hold other bytes, e.g. a multipart
// header): the file is in memory once. False with *error; *out then holds what it held before.
bool appendFileBounded(const QString& path, qint64 limit, QByteArray* out, QString* error,
                       bool* tooLarge = nullptr);

// The size of a regular file, or -1 when it is not one (or cannot be seen).
qint64 regularFileSize(const QString& path);

} // namespace r8
