#pragma once
#include "app/scan/ContentScanner.h"
#include "app/scan/TokenMatcher.h"

#include <QByteArray>
#include <QByteArrayView>
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

// Streaming parser of `git cat-file --batch` output ("<oid> <type> <size>\n<size bytes>\n", and
// "<oid> missing\n"): every object's bytes go through a ContentScanner (so UTF-16 files are
// decoded), each object on its own. Commit and tag objects are split into header and message.
// Memory: one chunk, whatever the objects' sizes (plus the list of commit ids, to tell unreachable
// commits later). Pure; safe to fuzz.
class GitObjectParser
{
public:
    GitObjectParser();
    void feed(QByteArrayView chunk);
    void finish();
    QList<GitObjectHit> takeHits();
    qint64 objects() const { return m_objects; }
    const std::vector<QByteArray>& commitIds() const { return m_commits; }
    bool malformed() const { return m_malformed; } // the stream did not follow the format

private:
    enum class State
    {
        Header,
        Body,
        Trailer
    };
    void startObject(QByteArrayView header);
    void body(QByteArrayView bytes);
    void endObject();

    State m_state = State::Header;
    QByteArray m_header;
    ContentScanner m_scanner;
    QByteArray m_oid;
    GitObjectHit::Type m_type = GitObjectHit::Type::Blob;
    qint64 m_left = 0;
    qint64 m_pos = 0;            // bytes of the object's body seen
    qint64 m_headerEnd = -1;     // commits/tags: offset of the blank line ending the header
    qint64 m_headerNewlines = 0; // newlines up to and including that blank line
    char m_prev = 0;
    QByteArray m_objHeader; // commits/tags: the header lines (bounded)
    QList<TokenMatch> m_matches;
    QList<GitObjectHit> m_hits;
    std::vector<QByteArray> m_commits;
    qint64 m_objects = 0;
    bool m_malformed = false;
};

} // namespace r8::scan
