#pragma once
#include "app/scan/Finding.h"
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

// Scans every blob, commit and tag object in the repository's object database (listed by
// `git cat-file --batch-all-objects --batch-check`, read by one `git cat-file --batch` stream):
// the files of every commit on every ref (branches, tags, remote-tracking, notes, stash with its
// work-tree, index and untracked commits), commit and tag messages, and what only the reflog or
// nothing reaches any more (after a reset or a deleted branch). Beside it, one `git log --raw -t`
// stream lists every one of those commits' changes against its first parent: the name of every
// file and folder a commit added is searched there (tree objects themselves are not read: they
// are most of the bytes), and it says which commits and paths added each blob that holds a token.
// Then, only when something is found, `git for-each-ref --contains` / `git rev-list` say which
// refs reach each such commit — whether a push carries it. Synchronous (run it on a worker thread
// or in a command-line tool: it runs a local event loop); `cancel` kills git.
// `keptChangeBytes`: how much of the change lines may be kept while the objects are read (beyond
// it, blobs holding tokens are located by a second `git log --find-object` pass); tests lower it.
GitHistoryResult scanGitHistory(const QString& repoRoot, const std::atomic_bool* cancel = nullptr,
                                qsizetype keptChangeBytes = 32 * 1024 * 1024);

// Unquotes a path as git prints it with core.quotepath (C-style "\"a\\nb\""); others unchanged.
QByteArray unquoteGitPath(const QByteArray& path);

} // namespace r8::scan
