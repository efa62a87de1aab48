#pragma once
#include "tests/support/OpenapiSchemas.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace r8::test {

// A fresh, syntactically valid token (r8_ + 37 random characters). Never a real one.
QString makeToken();

// Paths of files under `root` (recursively, hidden files included, symlinks not followed)
// whose bytes contain `needle`. Used to prove that no secret reached the disk.
QStringList filesContaining(const QString& root, const QByteArray& needle);

// The folder of shared fixtures (../shared/fixtures/replicate-recordings relative to the
// source tree), or empty if absent — tests then QSKIP.
QString recordingsDir();

// Runs `secret-tool search --all server SERVICE` and returns its combined output ("" on failure).
QString secretToolSearch(const QString& service);

// VmHWM (peak resident memory) of a running process, in KiB, from /proc; -1 when it cannot be read.
qint64 peakRssKiB(qint64 pid);

// `env` with AddressSanitizer's quarantine off: under ASan (CI's ASan stage) freed blocks wait in a
// 256 MiB quarantine before reuse, so every chunk a process reads and drops would count as kept in
// its peak RSS. A build without ASan ignores the option.
QProcessEnvironment withoutAsanQuarantine(QProcessEnvironment env);

} // namespace r8::test
