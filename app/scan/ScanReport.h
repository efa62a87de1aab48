#pragma once
#include "app/scan/Finding.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace r8::scan {

// A place that could not be scanned, and why (translated; never contains a secret).
struct ScanProblem
{
    QString path;
    QString reason;
};

// Everything a scan saw: findings and the counts that show what was (not) looked at.
struct ScanReport
{
    QList<Finding> findings;
    QStringList roots;        // folders and files the user asked for
    QStringList repositories; // repositories whose history was scanned
    qint64 filesScanned = 0;
    qint64 bytesScanned = 0;
    qint64 binaryFiles = 0;     // scanned like any file; counted to say so
    qint64 utf16Files = 0;      // decoded from UTF-16
    qint64 archivesScanned = 0; // read inside (members: archiveMembers)
    qint64 archiveMembers = 0;
    qint64 skippedTooLarge = 0; // only with a --max-size limit
    qint64 symlinkLoopsAvoided = 0;
    qint64 brokenSymlinks = 0; // nothing to read
    qint64 commitsScanned = 0; // commit objects in the scanned repositories (reachable or not)
    qint64 gitObjectsScanned = 0;
    // Everything asked for that was not (fully) read, and why: permission errors, vanished files,
    // FIFOs and devices, files over --max-size, archive members (encrypted, damaged, zip bombs,
    // nesting too deep). Any entry makes the scan incomplete.
    QList<ScanProblem> unreadable;
    QStringList notes; // translated: e.g. "git is not installed: history not scanned"
    bool canceled = false;
    QDateTime startedAt;
    QDateTime finishedAt;

    // Error-level problems (a root that does not exist, git failing on a repository) — exit 2.
    QStringList errors;

    // True only when everything asked for was read: an incomplete scan never says "clean".
    bool complete() const { return unreadable.isEmpty() && errors.isEmpty() && !canceled; }
};

} // namespace r8::scan

Q_DECLARE_METATYPE(r8::scan::ScanReport)
