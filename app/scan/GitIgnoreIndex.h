#pragma once
#include <QSet>
#include <QString>
#include <QStringList>

namespace r8::scan {

// The git-ignored files of one repository, asked once:
// `git ls-files --others --ignored --exclude-standard --directory -z` (an ignored folder is one
// entry, so the list stays short even with node_modules).
class GitIgnoreIndex
{
public:
    bool load(const QString& repoRoot, QString* error);
    // Pure part: fills the index from that command's output.
    void parse(const QString& repoRoot, const QByteArray& nulSeparated);
    bool isIgnored(const QString& absolutePath) const;
    QString root() const { return m_root; }

private:
    QString m_root; // with a trailing '/'
    QSet<QString> m_files;
    QStringList m_dirs; // relative, with a trailing '/'
};

} // namespace r8::scan
