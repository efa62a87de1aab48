#pragma once
#include "app/scan/GitBatchReader.h"
#include "app/scan/TokenMatcher.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

namespace r8::scan {

// A token in the name of a tree entry: a file, folder, link or submodule.
struct TreeNameHit
{
    QByteArray tree;  // hex id of the tree holding the entry
    QByteArray name;  // the entry's name (raw bytes; the token alone when the tree was too big to keep)
    QByteArray entry; // hex id of the entry's object (empty when unknown)
    bool folder = false;
    TokenMatch match;
};

// Reads `git cat-file --batch` output of tree objects. Every entry name is searched for tokens,
// and the trees' shape is kept compactly (4 bytes per entry: a subtree's index, or 31 bits of a
// blob's id; once setWantedBlobs() is called, only the subtrees and the wanted blobs), so that afterwards,
// only when something was found, the trees holding a given blob or tree — directly or in a subfolder — can be
// named without reading any tree again. Beyond `maxBytes` of index (or on anything odd: a tree read twice,
// two trees whose ids share their first 8 bytes, a malformed entry) the index is dropped and complete() says
// so; names are still searched. Pure; safe to fuzz.
class GitTreeIndex : private GitBatchReader::Sink
{
public:
    static constexpr qsizetype kMaxTreeKept = 16 * 1024 * 1024; // a bigger tree is only searched

    explicit GitTreeIndex(qsizetype maxBytes = 64 * 1024 * 1024) : m_maxBytes(maxBytes) {}
    void feed(QByteArrayView chunk) { m_reader.feed(chunk); }
    void finish() { m_reader.finish(); }
    bool malformed() const { return m_reader.malformed(); }
    qint64 trees() const { return m_reader.objects(); }
    QList<TreeNameHit> takeNameHits();
    bool complete() const { return m_complete; }
    qsizetype memoryBytes() const;

    // From now on, only blob entries that may be one of `blobs` (hex ids) are kept (trees read before
    // keep all of theirs): call it as soon as the blobs that matter are known, to keep the index small.
    void setWantedBlobs(const QList<QByteArray>& blobs);

    // The ids (binary) of every indexed tree that holds one of `blobs` (hex ids) as an entry, directly or in
    // a subfolder at any depth, or is or holds one of `trees` (hex ids). A few extra trees may be
    // named (31 bits of a blob id are compared), none is missed. Only meaningful when complete().
    QSet<QByteArray> treesHolding(const QList<QByteArray>& blobs, const QList<QByteArray>& trees) const;

private:
    void begin(QByteArrayView oid, QByteArrayView type, qint64 size) override;
    void bytes(QByteArrayView part) override;
    void end() override;

    void index(QByteArrayView body);
    void searchNames(QByteArrayView body);
    qint64 intern(QByteArrayView id); // index of a tree id (binary); -1 when the index is off
    void dropIndex();

    GitBatchReader m_reader{*this};
    qsizetype m_maxBytes;
    TokenMatcher m_matcher{false};
    QByteArray m_tree;      // hex id of the tree being read
    QByteArray m_body;      // its bytes (up to kMaxTreeKept) when they come in pieces
    QByteArrayView m_whole; // its bytes when they came in one piece (valid until end())
    qint64 m_size = 0;
    QByteArray m_treeId; // binary
    bool m_tooBig = false;
    qsizetype m_idLen = 0;
    QList<TreeNameHit> m_hits;

    bool m_complete = true;
    QHash<quint64, quint32> m_ids;  // first 8 bytes of a tree id → index
    QByteArray m_idBytes;           // ids by index (m_idLen bytes each)
    std::vector<quint32> m_entries; // per entry: 0x80000000 | subtree index, or a blob's first 31 bits
    std::vector<quint32> m_first;   // per tree index: its first entry in m_entries (kUnread: not read)
    std::vector<quint32> m_count;   // per tree index: its entries
    bool m_wantedKnown = false;
    std::vector<quint32> m_wanted; // blob keys (sorted) worth keeping, once known
};

} // namespace r8::scan
