#pragma once
#include "app/scan/ScanReport.h"
#include "app/scan/TokenMatcher.h"

#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace r8::scan {

// Depth-first walk over folders (hidden files included). Symbolic links to files are scanned;
// links to folders are followed unless they point into a folder already on the walk's path (a
// loop: counted) or into one of the roots (already scanned). `.git` folders are not entered
// (history is scanned with --git). Memory: one folder listing per level of depth.
// Names are searched too (findTokensInName): every entry the walk lists (files, folders, links —
// also the folders it does not enter), each root, and the folders a root given as a relative path
// names ("r8_…/conf.json": that folder as well). A hit is the entry whose own name holds the
// token, once per path: a folder's token is not repeated for what is inside it.
class DirWalker
{
public:
    struct NameHit
    {
        QString path; // absolute; holds the token: mask it before showing it
        bool folder = false;
        QList<TokenMatch> matches;
    };

    explicit DirWalker(const QStringList& roots);

    // The next file (anything that is not a folder), or false at the end.
    bool next(QFileInfo* file);
    // Folders entered since the last call (to look for nested git repositories).
    QStringList takeEnteredDirs();
    // Names holding a token seen since the last call, in walk order (before the file next() returned).
    QList<NameHit> takeNameHits();

    qint64 symlinkLoops() const { return m_loops; }
    qint64 brokenSymlinks() const { return m_broken; } // nothing to read: counted, not a problem
    QList<ScanProblem> takeProblems();

private:
    struct Frame
    {
        QString canonical;
        QFileInfoList entries;
        qsizetype index = 0;
    };
    void enter(const QFileInfo& dir);
    bool isLoop(const QString& canonicalTarget) const;
    bool insideRoots(const QString& canonicalTarget) const;
    void addNameHit(const QString& path, bool folder, QList<TokenMatch> matches);
    void listUndecodable(const QString& dir);
    void checkRootName(QStringView name, const QString& path, bool folder);
    void checkRootNames(const QString& given, const QFileInfo& root);

    QStringList m_pendingRoots;
    QStringList m_pendingGiven; // the roots as given (relative ones name folders to search too)
    QStringList m_rootCanonicals;
    std::vector<Frame> m_stack;
    QStringList m_entered;
    QList<ScanProblem> m_problems;
    QList<NameHit> m_nameHits;
    QSet<QString> m_namesReported; // paths of the hits (few): each is reported once
    qint64 m_loops = 0;
    qint64 m_broken = 0;
};

} // namespace r8::scan
