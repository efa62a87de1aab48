#include "app/scan/GitTreeIndex.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace r8::scan {

namespace {
constexpr quint32 kUnread = std::numeric_limits<quint32>::max();
constexpr quint32 kSubtree = 0x80000000u;
constexpr qsizetype kHashNodeBytes = 32; // QHash<quint64, quint32>: per id, roughly

quint32 blobKey(QByteArrayView id)
{
    quint32 k = 0;
    std::memcpy(&k, id.data(), size_t(std::min<qsizetype>(id.size(), qsizetype(sizeof k))));
    return k & ~kSubtree;
}

// Calls fn(mode, nameStart, nameEnd, id) for each "<octal mode> <name>\0<id>" entry of a tree.
// Returns false when the bytes are not a well-formed tree (fn has been called for the entries
// before the bad one).
template <typename Fn> bool forEachEntry(QByteArrayView body, qsizetype idLen, Fn fn)
{
    const char* b = body.data();
    const qsizetype n = body.size();
    qsizetype pos = 0;
    while (pos < n) {
        // The mode: 1 to 7 octal digits, then a space (a short loop: cheaper than memchr here).
        uint mode = 0;
        qsizetype i = pos;
        for (; i < n && i - pos < 8 && b[i] != ' '; ++i) {
            if (b[i] < '0' || b[i] > '7')
                return false;
            mode = mode * 8 + uint(b[i] - '0');
        }
        if (i == pos || i >= n || b[i] != ' ')
            return false;
        const qsizetype name = i + 1;
        const void* z = name < n ? std::memchr(b + name, '\0', size_t(n - name)) : nullptr;
        if (!z)
            return false;
        const qsizetype nul = static_cast<const char*>(z) - b;
        if (nul == name || nul + 1 + idLen > n)
            return false;
        fn(mode, name, nul, QByteArrayView(b + nul + 1, idLen));
        pos = nul + 1 + idLen;
    }
    return true;
}

// Hex to bytes, for ids only (false on anything else).
bool fromHex(QByteArrayView hex, QByteArray& out)
{
    if (hex.size() % 2 != 0)
        return false;
    out.resize(hex.size() / 2);
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = nibble(hex[2 * i]), lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = char(hi * 16 + lo);
    }
    return true;
}

bool isTreeMode(uint mode)
{
    return (mode & 0170000u) == 0040000u;
}
bool isGitlinkMode(uint mode)
{
    return (mode & 0170000u) == 0160000u;
}
} // namespace

QList<TreeNameHit> GitTreeIndex::takeNameHits()
{
    QList<TreeNameHit> out;
    out.swap(m_hits);
    return out;
}

qsizetype GitTreeIndex::memoryBytes() const
{
    return qsizetype(m_entries.size() * sizeof(quint32) +
                     (m_first.capacity() + m_count.capacity()) * sizeof(quint32)) +
           m_idBytes.capacity() + m_ids.size() * kHashNodeBytes; // (a tree's own bytes: kMaxTreeKept at most)
}

void GitTreeIndex::dropIndex()
{
    m_complete = false;
    m_ids = QHash<quint64, quint32>();
    m_idBytes = QByteArray();
    m_entries = std::vector<quint32>();
    m_first = std::vector<quint32>();
    m_count = std::vector<quint32>();
}

qint64 GitTreeIndex::intern(QByteArrayView id)
{
    if (!m_complete)
        return -1;
    const quint64 key = gitIdPrefix(id);
    const auto it = m_ids.constFind(key);
    if (it != m_ids.cend()) {
        if (QByteArrayView(m_idBytes).sliced(qsizetype(*it) * m_idLen, m_idLen) != id) {
            dropIndex(); // two ids share their first 8 bytes (made on purpose): no shortcut then
            return -1;
        }
        return *it;
    }
    if (m_first.size() >= kSubtree - 1) {
        dropIndex();
        return -1;
    }
    const auto index = quint32(m_first.size());
    m_ids.insert(key, index);
    m_idBytes.append(id.data(), id.size());
    m_first.push_back(kUnread);
    m_count.push_back(0);
    return index;
}

void GitTreeIndex::begin(QByteArrayView oid, QByteArrayView, qint64 size)
{
    m_tree = oid.toByteArray();
    m_body.clear();
    m_whole = QByteArrayView();
    m_size = size;
    m_tooBig = size > kMaxTreeKept;
    m_matcher.reset();
    const qsizetype idLen = m_tree.size() / 2;
    if (m_idLen == 0)
        m_idLen = idLen;
    if (idLen != m_idLen || m_idLen < 8 || m_tree.size() % 2 != 0)
        dropIndex(); // ids of two lengths, or no id: only the names are searched
    if (m_tooBig)
        dropIndex();
}

void GitTreeIndex::bytes(QByteArrayView part)
{
    if (m_tooBig) { // searched as it streams by; the name is then the token alone
        m_matcher.feed(part);
        return;
    }
    if (m_body.isEmpty() && part.size() == m_size) {
        m_whole = part; // the whole tree in one piece (the usual case): read where it is, end() follows
        return;
    }
    m_body.append(part.data(), part.size());
}

void GitTreeIndex::end()
{
    if (m_tooBig) {
        m_matcher.finish();
        for (TokenMatch& m : m_matcher.takeMatches()) {
            TreeNameHit h;
            h.tree = m_tree;
            h.name = m.secret;
            h.match = std::move(m);
            h.match.offset = 0;
            m_hits.append(std::move(h));
        }
        return;
    }
    const QByteArrayView body = m_whole.data() ? m_whole : QByteArrayView(m_body);
    searchNames(body);
    index(body);
    m_whole = QByteArrayView();
    if (m_body.capacity() > 1024 * 1024)
        m_body = QByteArray(); // one huge tree does not keep its buffer for the rest
    else
        m_body.clear();
}

void GitTreeIndex::searchNames(QByteArrayView body)
{
    // A token cannot span two entries: between two names lie a NUL, a binary id (20 or 32 bytes),
    // a mode of digits and a space, and no run of token characters there is 40 bytes long.
    m_matcher.finishBlock(body.data(), body.size());
    QList<TokenMatch> matches = m_matcher.takeMatches();
    if (matches.isEmpty())
        return;
    const qsizetype idLen = m_idLen > 0 ? m_idLen : 20;
    forEachEntry(body, idLen, [&](uint mode, qsizetype start, qsizetype stop, QByteArrayView id) {
        for (const TokenMatch& m : std::as_const(matches)) {
            if (m.offset < start || m.offset + m.secret.size() > stop)
                continue;
            TreeNameHit h;
            h.tree = m_tree;
            h.name = body.sliced(start, stop - start).toByteArray();
            h.entry = id.toByteArray().toHex();
            h.folder = isTreeMode(mode);
            h.match = m;
            h.match.offset = m.offset - start;
            m_hits.append(std::move(h));
        }
    });
}

void GitTreeIndex::index(QByteArrayView body)
{
    if (!m_complete)
        return;
    if (!fromHex(m_tree, m_treeId) || m_treeId.size() != m_idLen) {
        dropIndex();
        return;
    }
    const qint64 t = intern(m_treeId);
    if (t < 0)
        return;
    if (m_first[size_t(t)] != kUnread) {
        dropIndex(); // read twice
        return;
    }
    const auto first = quint32(m_entries.size());
    const bool ok = forEachEntry(body, m_idLen, [&](uint mode, qsizetype, qsizetype, QByteArrayView id) {
        if (!m_complete || isGitlinkMode(mode))
            return;
        if (isTreeMode(mode)) {
            const qint64 c = intern(id);
            if (c >= 0)
                m_entries.push_back(kSubtree | quint32(c));
        } else {
            const quint32 key = blobKey(id);
            if (!m_wantedKnown || std::binary_search(m_wanted.cbegin(), m_wanted.cend(), key))
                m_entries.push_back(key);
        }
    });
    if (!ok || !m_complete || m_entries.size() >= kUnread) {
        dropIndex();
        return;
    }
    m_first[size_t(t)] = first;
    m_count[size_t(t)] = quint32(m_entries.size() - first);
    if (memoryBytes() > m_maxBytes)
        dropIndex();
}

void GitTreeIndex::setWantedBlobs(const QList<QByteArray>& blobs)
{
    m_wantedKnown = true;
    m_wanted.clear();
    QByteArray id;
    for (const QByteArray& hex : blobs) {
        if (fromHex(hex, id) && id.size() >= 4)
            m_wanted.push_back(blobKey(id));
    }
    std::sort(m_wanted.begin(), m_wanted.end());
}

QSet<QByteArray> GitTreeIndex::treesHolding(const QList<QByteArray>& blobs,
                                            const QList<QByteArray>& trees) const
{
    QSet<QByteArray> out;
    if (!m_complete || m_first.empty())
        return out;
    const size_t n = m_first.size();
    std::vector<char> marked(n, 0);
    std::vector<quint32> todo;
    const auto mark = [&](quint32 t) {
        if (!marked[t]) {
            marked[t] = 1;
            todo.push_back(t);
        }
    };
    QByteArray id;
    for (const QByteArray& hex : trees) {
        if (!fromHex(hex, id) || id.size() != m_idLen)
            continue;
        const auto it = m_ids.constFind(gitIdPrefix(id));
        if (it != m_ids.cend() && QByteArrayView(m_idBytes).sliced(qsizetype(*it) * m_idLen, m_idLen) == id)
            mark(*it);
    }
    std::vector<quint32> keys;
    for (const QByteArray& hex : blobs) {
        if (fromHex(hex, id) && id.size() == m_idLen)
            keys.push_back(blobKey(id));
    }
    std::sort(keys.begin(), keys.end());
    // Calls fn(tree, entry) for every entry of every tree read.
    const auto forEachEntryOf = [&](auto fn) {
        for (size_t t = 0; t < n; ++t) {
            if (m_first[t] == kUnread)
                continue;
            for (quint32 e = m_first[t]; e < m_first[t] + m_count[t]; ++e)
                fn(quint32(t), m_entries[e]);
        }
    };
    // Parents of each tree (compressed rows), and the trees holding a wanted blob directly.
    std::vector<quint32> parentStart(n + 1, 0);
    forEachEntryOf([&](quint32 t, quint32 v) {
        if (v & kSubtree)
            ++parentStart[(v & ~kSubtree) + 1];
        else if (!keys.empty() && std::binary_search(keys.cbegin(), keys.cend(), v))
            mark(t);
    });
    for (size_t i = 0; i < n; ++i)
        parentStart[i + 1] += parentStart[i];
    std::vector<quint32> parents(parentStart[n]);
    std::vector<quint32> fill(parentStart.begin(), parentStart.end() - 1);
    forEachEntryOf([&](quint32 t, quint32 v) {
        if (v & kSubtree)
            parents[fill[v & ~kSubtree]++] = t;
    });
    while (!todo.empty()) {
        const quint32 t = todo.back();
        todo.pop_back();
        for (quint32 p = parentStart[t]; p < parentStart[t + 1]; ++p)
            mark(parents[p]);
    }
    for (size_t t = 0; t < n; ++t) {
        if (marked[t])
            out.insert(QByteArrayView(m_idBytes).sliced(qsizetype(t) * m_idLen, m_idLen).toByteArray());
    }
    return out;
}

} // namespace r8::scan
