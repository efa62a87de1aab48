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
    qint64 skippedBinary = 0;
    qint64 skippedTooLarge = 0;
    qint64 symlinkLoopsAvoided = 0;
    qint64 commitsScanned = 0;
    QList<ScanProblem> unreadable; // permission errors, vanished files, odd files (FIFOs, devices)
    QStringList notes;             // translated: e.g. "git is not installed: history not scanned"
    bool canceled = false;
    QDateTime startedAt;
    QDateTime finishedAt;

    // Error-level problems (a root that does not exist, git failing on a repository) — exit 2.
    QStringList errors;
};

} // namespace r8::scan

Q_DECLARE_METATYPE(r8::scan::ScanReport)
