#include "app/scan/GitCommitGraph.h"

#include <cstring>

namespace r8::scan {

qint64 GitCommitGraph::find(QByteArrayView id) const
{
    if (id.size() != m_idLen)
        return -1;
    const auto it = m_index.constFind(gitIdPrefix(id));
    if (it == m_index.cend() || QByteArrayView(m_ids).sliced(qsizetype(*it) * m_idLen, m_idLen) != id)
        return -1;
    return *it;
}

GitCommitGraph::GitCommitGraph(const GitObjectParser& commits) : m_idLen(commits.idLength())
{
    if (m_idLen < 8) {
        m_ok = commits.commitCount() == 0;
        return;
    }
    m_ids.reserve(commits.commitCount() * m_idLen);
    m_index.reserve(commits.commitCount());
    commits.forEachCommit([&](QByteArrayView commit, QByteArrayView, QByteArrayView) {
        if (!m_ok)
            return;
        const quint64 k = gitIdPrefix(commit);
        if (m_index.contains(k)) {
            // The same commit twice cannot come from cat-file; the same first 8 bytes can be made.
            m_ok = false;
            return;
        }
        m_index.insert(k, quint32(m_ids.size() / m_idLen));
        m_ids.append(commit.data(), commit.size());
    });
    if (!m_ok)
        return;
    const size_t n = size_t(m_ids.size() / m_idLen);
    m_first.reserve(n + 1);
    commits.forEachCommit([&](QByteArrayView, QByteArrayView, QByteArrayView parents) {
        m_first.push_back(quint32(m_parents.size()));
        for (qsizetype p = 0; p + m_idLen <= parents.size(); p += m_idLen) {
            const qint64 i = find(parents.sliced(p, m_idLen));
            if (i >= 0)
                m_parents.push_back(quint32(i));
        }
    });
    m_first.push_back(quint32(m_parents.size()));

    // Parents first: a depth-first walk with its own stack (histories are deep).
    std::vector<quint8> state(n, 0);                // 0 new, 1 on the stack, 2 placed
    std::vector<std::pair<quint32, quint32>> stack; // (commit, next parent to look at)
    m_topo.reserve(n);
    for (quint32 root = 0; root < n; ++root) {
        if (state[root])
            continue;
        stack.emplace_back(root, m_first[root]);
        state[root] = 1;
        while (!stack.empty()) {
            auto& [c, next] = stack.back();
            if (next < m_first[c + 1]) {
                const quint32 p = m_parents[next++];
                if (state[p] == 0) {
                    state[p] = 1;
                    stack.emplace_back(p, m_first[p]);
                }
                continue; // (a parent still on the stack would be a cycle: not possible in git)
            }
            state[c] = 2;
            m_topo.push_back(c);
            stack.pop_back();
        }
    }
}

QHash<QByteArray, QList<int>> GitCommitGraph::refsReaching(const QList<QByteArray>& tips,
                                                           const QList<QByteArray>& wanted) const
{
    QHash<QByteArray, QList<int>> out;
    if (!m_ok || m_first.empty())
        return out;
    std::vector<qint64> tipIndex;
    for (const QByteArray& t : tips)
        tipIndex.push_back(find(t));
    QList<QPair<QByteArray, quint32>> known;
    for (const QByteArray& w : wanted) {
        const qint64 i = find(w);
        if (i >= 0)
            known.append({w, quint32(i)});
    }
    std::vector<quint64> mask(m_topo.size());
    for (qsizetype batch = 0; batch < known.size(); batch += 64) {
        const qsizetype count = std::min<qsizetype>(64, known.size() - batch);
        std::fill(mask.begin(), mask.end(), 0);
        for (qsizetype b = 0; b < count; ++b)
            mask[known[batch + b].second] |= quint64(1) << b;
        for (const quint32 c : m_topo) { // a commit reaches what its parents reach
            quint64 m = mask[c];
            for (quint32 e = m_first[c]; e < m_first[c + 1]; ++e)
                m |= mask[m_parents[e]];
            mask[c] = m;
        }
        for (size_t r = 0; r < tipIndex.size(); ++r) {
            if (tipIndex[r] < 0)
                continue;
            const quint64 m = mask[size_t(tipIndex[r])];
            for (qsizetype b = 0; b < count; ++b) {
                if (m & (quint64(1) << b))
                    out[known[batch + b].first].append(int(r));
            }
        }
    }
    return out;
}

} // namespace r8::scan
