#include "app/scan/DirWalker.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <dirent.h>
#endif

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
        m_pendingGiven.append(r);
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

QList<DirWalker::NameHit> DirWalker::takeNameHits()
{
    QList<NameHit> out;
    out.swap(m_nameHits);
    return out;
}

void DirWalker::addNameHit(const QString& path, bool folder, QList<TokenMatch> matches)
{
    if (m_namesReported.contains(path))
        return;
    m_namesReported.insert(path);
    m_nameHits.append({path, folder, std::move(matches)});
}

void DirWalker::checkRootName(QStringView name, const QString& path, bool folder)
{
    QList<TokenMatch> matches = findTokensInName(name);
    if (!matches.isEmpty())
        addNameHit(path, folder, std::move(matches));
}

void DirWalker::checkRootNames(const QString& given, const QFileInfo& root)
{
    if (QDir::isRelativePath(given)) {
        // "r8_…/conf.json" (a pre-commit hook passes files): the folders typed before the root.
        const QString clean = QDir::cleanPath(given);
        qsizetype from = 0;
        for (qsizetype slash = clean.indexOf(u'/'); slash >= 0; slash = clean.indexOf(u'/', from)) {
            const QStringView part = QStringView(clean).sliced(from, slash - from);
            if (part != u"." && part != u"..")
                checkRootName(part, QDir::cleanPath(QDir::current().absoluteFilePath(clean.left(slash))),
                              true);
            from = slash + 1;
        }
    }
    const QString path = QDir::cleanPath(root.absoluteFilePath()); // "r8_…/" names r8_… too
    checkRootName(QStringView(path).sliced(path.lastIndexOf(u'/') + 1), path, root.isDir());
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
    listUndecodable(path);
}

// Qt leaves out entries whose names are not valid UTF-8 (it could not open them by the decoded
// name). They are not skipped silently: the name is searched as bytes, and the entry is reported
// as not read, so the scan is incomplete rather than clean. One readdir pass, names only.
void DirWalker::listUndecodable(const QString& dir)
{
#if defined(Q_OS_UNIX)
    DIR* d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return;
    while (const dirent* e = ::readdir(d)) {
        const QByteArrayView name(e->d_name);
        if (std::all_of(name.begin(), name.end(), [](char c) { return uchar(c) < 0x80; }))
            continue; // ASCII: Qt listed it
        const QString decoded = QString::fromUtf8(name);
        if (decoded.toUtf8() == name)
            continue;                                           // valid UTF-8: Qt listed it
        const QString shown = dir + QLatin1Char('/') + decoded; // U+FFFD for each bad byte
        QList<TokenMatch> inName = findTokens(name);
        if (!inName.isEmpty())
            addNameHit(shown, e->d_type == DT_DIR, std::move(inName));
        m_problems.append(
            {shown, tr("the name is not valid UTF-8, so it was not read (rename it to scan it)")});
    }
    ::closedir(d);
#else
    Q_UNUSED(dir);
#endif
}

bool DirWalker::next(QFileInfo* file)
{
    while (true) {
        if (m_stack.empty()) {
            if (m_pendingRoots.isEmpty())
                return false;
            const QFileInfo root(m_pendingRoots.takeFirst());
            const QString given = m_pendingGiven.takeFirst();
            if (!root.exists() && !root.isSymLink()) {
                m_problems.append({root.absoluteFilePath(), tr("no such file or folder")});
                continue;
            }
            checkRootNames(given, root);
            if (root.isDir()) {
                enter(root);
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
        {
            const QString path = e.filePath(); // absolute: the folder's path and the name
            QList<TokenMatch> inName = findTokensInName(QStringView(path).sliced(path.lastIndexOf(u'/') + 1));
            if (!inName.isEmpty())
                addNameHit(path, e.isDir(), std::move(inName));
        }
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
