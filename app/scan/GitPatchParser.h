#pragma once
#include "app/scan/TokenMatcher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace r8::scan {

// A token on an added line of a commit's patch.
struct GitHit
{
    QString commit;
    QString path;    // inside the repository
    qint64 line = 0; // in the file as of that commit
    TokenMatch match;
};

// Streaming parser of `git log -p --format=%x01%H` output: tracks commit, file and new-file line
// numbers, and runs the token matcher over every added line ('+'), so a token that a later commit
// removed is still reported with the commit that added it. Lines of any length are handled
// (long lines are matched in pieces). Pure; safe to fuzz.
class GitPatchParser
{
public:
    void feed(QByteArrayView chunk);
    void finish();
    QList<GitHit> takeHits();
    qint64 commitsSeen() const { return m_commits; }

private:
    void endLine();
    void handleHeader(QByteArrayView line);
    void flushAdded(bool lineEnds);

    QByteArray m_line;      // the current line (until its type is known, or a header line)
    bool m_inHunk = false;  // between a "@@" line and the next file or commit
    bool m_inAdded = false; // the current line is an added line whose bytes go to m_matcher
    TokenMatcher m_matcher;
    QString m_commit;
    QString m_path;
    qint64 m_newLine = 0;
    qint64 m_commits = 0;
    QList<GitHit> m_hits;
};

} // namespace r8::scan
