#include "app/scan/DirWalker.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QDir>

namespace r8::scan {

R8_FILE_TR(r8::scan::DirWalker)

namespace {

bool isUnder(const QString& path, const QString& dir)
{
    return path == dir ||
           (path.startsWith(dir) && (dir.endsWith(QLatin1Char('/')) || path.at(dir.size()) == u'/'));
}
} // namespace

DirWalker::DirWalker(const QStringList& roots)
{
    for (const QString& r : roots) {
        const QFileInfo info(r);
        m_pendingRoots.append(info.absoluteFilePath());
        if (info.isDir())
            m_rootCanonicals.append(info.canonicalFilePath());
    }
}

QStringList DirWalker::takeEnteredDirs()
{
    QStringList out;
    out.swap(m_entered);
    return out;
}

QList<ScanProblem> DirWalker::takeProblems()
{
    QList<ScanProblem> out;
    out.swap(m_problems);
    return out;
}

bool DirWalker::isLoop(const QString& target) const
{
    for (const Frame& f : m_stack) {
        if (isUnder(f.canonical, target))
            return true;
    }
    return false;
}

bool DirWalker::insideRoots(const QString& target) const
{
    for (const QString& root : m_rootCanonicals) {
        if (isUnder(target, root))
            return true;
    }
    return false;
}

void DirWalker::enter(const QFileInfo& dir)
{
    const QString path = dir.absoluteFilePath();
    if (!dir.isReadable() || !dir.isExecutable()) {
        m_problems.append({path, tr("folder cannot be read: permission denied")});
        return;
    }
    Frame f;
    f.canonical = dir.canonicalFilePath();
    f.entries = QDir(path).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    m_stack.push_back(std::move(f));
    m_entered.append(path);
}

bool DirWalker::next(QFileInfo* file)
{
    while (true) {
        if (m_stack.empty()) {
            if (m_pendingRoots.isEmpty())
                return false;
            const QFileInfo root(m_pendingRoots.takeFirst());
            if (root.isDir()) {
                enter(root);
                continue;
            }
            if (!root.exists() && !root.isSymLink()) {
                m_problems.append({root.absoluteFilePath(), tr("no such file or folder")});
                continue;
            }
            *file = root;
            return true;
        }
        Frame& top = m_stack.back();
        if (top.index >= top.entries.size()) {
            m_stack.pop_back();
            continue;
        }
        const QFileInfo e = top.entries.at(top.index++);
        if (e.isSymLink()) {
            const QString target = e.canonicalFilePath();
            if (target.isEmpty()) {
                ++m_broken;
                continue;
            }
            if (QFileInfo(target).isDir()) {
                if (isLoop(target))
                    ++m_loops;
                else if (!insideRoots(target))
                    enter(e);
                continue;
            }
            *file = e;
            return true;
        }
        if (e.isDir()) {
            if (e.fileName() != QLatin1String(".git"))
                enter(e);
            continue;
        }
        *file = e;
        return true;
    }
}

} // namespace r8::scan
