#pragma once
#include "app/scan/GitPatchParser.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace r8::scan {

struct GitHistoryResult
{
    QList<GitHit> hits;
    qint64 commits = 0; // all commits reachable from any ref
    QString error;      // translated; empty on success
    bool canceled = false;
};

// Scans every commit reachable from any branch, tag or remote ref: `git log --all -p` (filtered by
// git with -G on the token patterns, so only matching patches are streamed), through
// GitPatchParser. Synchronous (run it on a worker thread); `cancel` kills git.
GitHistoryResult scanGitHistory(const QString& repoRoot, const std::atomic_bool* cancel = nullptr);

// The arguments given to git, for the record.
QStringList gitHistoryArguments();

} // namespace r8::scan
