#pragma once
#include "app/scan/Finding.h"
#include "app/scan/GitRawChange.h"
#include "app/scan/TokenMatcher.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace r8::scan {

// A token somewhere in a repository's object database, and where it shows.
struct GitHit
{
    Finding::GitWhere where = Finding::GitWhere::File;
    Finding::GitReach reach = Finding::GitReach::Pushed;
    QString commit;   // File, CommitMessage
    QString path;     // File: the path in that commit
    QString object;   // the blob, commit, tag or tree holding the bytes
    QStringList refs; // refs that reach the commit (a few), or the tag's name
    qint64 line = 0;
    TokenMatch match;
};

struct GitHistoryResult
{
    QList<GitHit> hits;
    qint64 commits = 0; // commit objects (reachable or not)
    qint64 objects = 0; // objects read
    QString error;      // translated; empty on success
    bool canceled = false;
};

// Shortcuts scanGitHistory takes; tests turn them off to check the slower ways give the same places.
struct GitScanTuning
{
    bool treeIndex = true;                       // else every commit is diffed when something is found
    qsizetype treeIndexBytes = 64 * 1024 * 1024; // beyond it, as if treeIndex were off
    bool commitGraph = true; // else `git rev-list` walks say how far each commit is reached (no ref names)
};

// Scans every object in the repository's object database (listed by
// `git cat-file --batch-all-objects --batch-check`): blobs, commits and tags through one
// `git cat-file --batch` stream, trees through a second one beside it (two cores), and the refs
// (`git for-each-ref`). That covers the files of every commit on every ref (branches, tags,
// remote-tracking, notes, stash with its work-tree, index and untracked commits), commit and tag
// messages, the name of every file and folder, and what only the reflog or nothing reaches any
// more (after a reset or a deleted branch). Only when something is found: the trees holding it are
// named from the trees' compact index (GitTreeIndex), the commits with one of those trees are
// diffed against their first parent (one `git log --raw -t`) to say which commits added it and at
// which path, and the refs reaching each such commit come from the commits' parents as read
// (GitCommitGraph) — whether a push carries it; `git rev-list --reflog` tells a commit only the
// reflog holds. Synchronous (run it on a worker thread or in a command-line tool); `cancel` kills
// git.
GitHistoryResult scanGitHistory(const QString& repoRoot, const std::atomic_bool* cancel = nullptr,
                                const GitScanTuning& tuning = GitScanTuning());

} // namespace r8::scan
