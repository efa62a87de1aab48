#pragma once
#include "tests/support/OpenapiSchemas.h"

#include <QByteArray>
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

} // namespace r8::test
