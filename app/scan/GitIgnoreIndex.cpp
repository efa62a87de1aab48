#include "app/scan/GitIgnoreIndex.h"

#include "app/scan/GitRunner.h"

#include <QDir>

namespace r8::scan {

bool GitIgnoreIndex::load(const QString& repoRoot, QString* error)
{
    const GitResult r = runGit(repoRoot, {QStringLiteral("ls-files"), QStringLiteral("--others"),
                                          QStringLiteral("--ignored"), QStringLiteral("--exclude-standard"),
                                          QStringLiteral("--directory"), QStringLiteral("-z")});
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return false;
    }
    parse(repoRoot, r.out);
    return true;
}

void GitIgnoreIndex::parse(const QString& repoRoot, const QByteArray& out)
{
    m_root = QDir::cleanPath(repoRoot) + QLatin1Char('/');
    m_files.clear();
    m_dirs.clear();
    for (const QByteArray& entry : out.split('\0')) {
        if (entry.isEmpty())
            continue;
        const QString rel = QString::fromUtf8(entry);
        if (rel == QLatin1String("./")) // run inside an ignored folder: all of it is ignored
            m_dirs.append(QString());
        else if (rel.endsWith(QLatin1Char('/')))
            m_dirs.append(rel);
        else
            m_files.insert(rel);
    }
}

bool GitIgnoreIndex::isIgnored(const QString& absolutePath) const
{
    if (m_root.isEmpty() || !absolutePath.startsWith(m_root))
        return false;
    const QString rel = absolutePath.mid(m_root.size());
    if (m_files.contains(rel))
        return true;
    for (const QString& d : m_dirs) {
        if (rel.startsWith(d))
            return true;
    }
    return false;
}

} // namespace r8::scan
