#pragma once
#include "app/scan/ScanReport.h"

#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace r8::scan {

// Depth-first walk over folders (hidden files included). Symbolic links to files are scanned;
// links to folders are followed unless they point into a folder already on the walk's path (a
// loop: counted) or into one of the roots (already scanned). `.git` folders are not entered
// (history is scanned with --git). Memory: one folder listing per level of depth.
class DirWalker
{
public:
    explicit DirWalker(const QStringList& roots);

    // The next file (anything that is not a folder), or false at the end.
    bool next(QFileInfo* file);
    // Folders entered since the last call (to look for nested git repositories).
    QStringList takeEnteredDirs();

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

    QStringList m_pendingRoots;
    QStringList m_rootCanonicals;
    std::vector<Frame> m_stack;
    QStringList m_entered;
    QList<ScanProblem> m_problems;
    qint64 m_loops = 0;
    qint64 m_broken = 0;
};

} // namespace r8::scan
