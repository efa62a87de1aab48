#pragma once
#include "app/scan/ContentScanner.h"
#include "app/scan/GitBatchReader.h"
#include "app/scan/TokenMatcher.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <vector>

namespace r8::scan {

// A token inside one git object.
struct GitObjectHit
{
    enum class Type
    {
        Blob,
        Commit,
        Tag,
        Tree
    };
    QByteArray oid;
    Type type = Type::Blob;
    bool inMessage = false; // commits and tags: in the message (else in the header lines)
    qint64 line = 0;        // blobs: line in the file; messages: line in the message
    QByteArray tagName;     // tags: the "tag" header
    TokenMatch match;
};

// Streaming parser of `git cat-file --batch` output (GitBatchReader): every object's bytes go
// through a ContentScanner (so UTF-16 files are decoded), each object on its own. Commit and tag
// objects are split into header and message. Memory: one chunk, whatever the objects' sizes, plus
// each commit's id, tree and parents (binary, 20 bytes each), to tell later which commits hold
// a tree and which refs reach a commit.
// Pure; safe to fuzz.
class GitObjectParser : private GitBatchReader::Sink
{
public:
    GitObjectParser();
    void feed(QByteArrayView chunk) { m_reader.feed(chunk); }
    void finish() { m_reader.finish(); }
    QList<GitObjectHit> takeHits();
    const QList<GitObjectHit>& hits() const { return m_hits; }
    qint64 objects() const { return m_reader.objects(); }
    bool malformed() const { return m_reader.malformed(); } // the stream did not follow the format

    // Each commit read, with its tree and parents: calls fn(commit, tree, parents) with binary ids
    // (`parents`: idLength() bytes each, in order).
    template <typename Fn> void forEachCommit(Fn fn) const
    {
        const QByteArrayView all(m_commitRecords);
        qsizetype i = 0;
        while (m_idLen > 0 && i + 2 * m_idLen + 2 <= all.size()) {
            const qsizetype n =
                (qsizetype(uchar(all[i + 2 * m_idLen])) << 8) | uchar(all[i + 2 * m_idLen + 1]);
            const qsizetype end = i + 2 * m_idLen + 2 + n * m_idLen;
            if (end > all.size())
                break;
            fn(all.sliced(i, m_idLen), all.sliced(i + m_idLen, m_idLen),
               all.sliced(i + 2 * m_idLen + 2, n * m_idLen));
            i = end;
        }
    }
    qsizetype commitCount() const { return m_commitCount; }
    qsizetype idLength() const { return m_idLen; }
    // Annotated tags read: tag id → the id it points at (binary).
    const QHash<QByteArray, QByteArray>& tagTargets() const { return m_tagTargets; }

private:
    void begin(QByteArrayView oid, QByteArrayView type, qint64 size) override;
    void bytes(QByteArrayView part) override;
    void end() override;
    void recordCommit();
    void recordTag();

    GitBatchReader m_reader{*this};
    ContentScanner m_scanner;
    QByteArray m_oid;
    GitObjectHit::Type m_type = GitObjectHit::Type::Blob;
    qint64 m_pos = 0;            // bytes of the object's body seen
    qint64 m_headerEnd = -1;     // commits/tags: offset of the blank line ending the header
    qint64 m_headerNewlines = 0; // newlines up to and including that blank line
    char m_prev = 0;
    QByteArray m_objHeader; // commits/tags: the header lines (bounded)
    QList<TokenMatch> m_matches;
    QList<GitObjectHit> m_hits;
    // Per commit: id, tree id, parent count (2 bytes, big endian), parent ids (binary, m_idLen each).
    QByteArray m_commitRecords;
    qsizetype m_commitCount = 0;
    qsizetype m_idLen = 0; // 20 (SHA-1) or 32 (SHA-256), from the first commit
    QHash<QByteArray, QByteArray> m_tagTargets;
};

} // namespace r8::scan
