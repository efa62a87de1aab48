#pragma once
#include "app/scan/GitObjectParser.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <vector>

namespace r8::scan {

// The commits a GitObjectParser read, with their parents, as a compact graph (an index and 4
// bytes per edge), to tell which refs reach which commits without asking git again (where
// `git for-each-ref --contains` walks the whole history once per commit). Parents not in the
// object database (a shallow clone's edge) are left out, as git leaves them out. Replacement
// objects (refs/replace) are not applied. Pure.
class GitCommitGraph
{
public:
    explicit GitCommitGraph(const GitObjectParser& commits);
    bool ok() const { return m_ok; } // false: two commits whose ids share their first 8 bytes
    qsizetype size() const { return m_first.empty() ? 0 : qsizetype(m_first.size()) - 1; }

    // For each of `wanted` (binary commit ids), the indexes into `tips` (binary commit ids, one per
    // ref) of the refs that reach it, in the order of `tips`. Commits not in the graph are left out.
    // Time: about one pass over the graph per 64 wanted commits.
    QHash<QByteArray, QList<int>> refsReaching(const QList<QByteArray>& tips,
                                               const QList<QByteArray>& wanted) const;

private:
    qint64 find(QByteArrayView id) const;

    bool m_ok = true;
    qsizetype m_idLen = 0;
    QByteArray m_ids;                // by index
    QHash<quint64, quint32> m_index; // first 8 bytes of an id → index
    std::vector<quint32> m_first;    // per commit: its first parent in m_parents (m_first[n]: the end)
    std::vector<quint32> m_parents;
    std::vector<quint32> m_topo; // every commit after its parents
};

} // namespace r8::scan
