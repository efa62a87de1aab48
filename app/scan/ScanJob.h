#pragma once
#include "app/scan/Finding.h"
#include "app/scan/ScanReport.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace r8::scan {

// What to scan.
struct ScanRequest
{
    QStringList paths;         // folders (recursive) and files
    bool gitHistory = false;   // also the history of the repositories the paths are in
    bool shellHistory = false; // bash, zsh, fish
    bool knownHomes = false;   // Replicate CLI hosts, .netrc, shell rc files, ~/.env*
    qint64 maxFileSize = 0;    // 0: no limit (files are read in chunks); larger ones are not read
    QString home;              // default: QDir::homePath()
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    // "Check this machine": shell histories and the known token homes.
    static ScanRequest machine();
};

struct ScanProgress
{
    QString currentPath;
    qint64 filesScanned = 0;
    qint64 bytesScanned = 0;
    qint64 findings = 0;
};

// Which keychain token a secret is: the record id, or empty. Compares in memory only.
// Called on the scanning thread.
using KeyMatcher = std::function<QString(const QString& secret)>;
KeyMatcher keyMatcherFor(const QHash<QString, QString>& secretToRecordId);

// The scan itself, synchronous (LeakScanner runs it on a worker thread; the CLI directly).
// Errors are collected in the report, never thrown; `cancel` stops it at the next file or chunk.
class ScanJob
{
public:
    std::function<void(const Finding&)> onFinding;
    std::function<void(const ScanProgress&)> onProgress; // at most every 100 ms

    ScanReport run(const ScanRequest& request, const KeyMatcher& keys,
                   const std::atomic_bool* cancel = nullptr);
};

} // namespace r8::scan

Q_DECLARE_METATYPE(r8::scan::ScanProgress)
