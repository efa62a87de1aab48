#include "app/scan/GitObjectParser.h"

#include <algorithm>
#include <cstring>

namespace r8::scan {

namespace {
constexpr qsizetype kMaxHeaderLine = 1024;
constexpr qsizetype kMaxObjectHeader = 64 * 1024;
} // namespace

GitObjectParser::GitObjectParser() : m_scanner(ByteTransform::Kind::None, 256 * 1024) {}

QList<GitObjectHit> GitObjectParser::takeHits()
{
    QList<GitObjectHit> out;
    out.swap(m_hits);
    return out;
}

void GitObjectParser::startObject(QByteArrayView header)
{
    // "<oid> <type> <size>" or "<oid> missing" / "<oid> ambiguous"
    const qsizetype s1 = header.indexOf(' ');
    const qsizetype s2 = s1 < 0 ? -1 : header.indexOf(' ', s1 + 1);
    if (s1 <= 0 || s2 < 0) {
        if (s1 <= 0 || !(header.endsWith(" missing") || header.endsWith(" ambiguous")))
            m_malformed = true;
        return;
    }
    bool ok = false;
    const qint64 size = QByteArray(header.sliced(s2 + 1).data(), header.size() - s2 - 1).toLongLong(&ok);
    if (!ok || size < 0) {
        m_malformed = true;
        return;
    }
    const QByteArrayView type = header.sliced(s1 + 1, s2 - s1 - 1);
    m_oid = header.first(s1).toByteArray();
    if (type == "commit")
        m_type = GitObjectHit::Type::Commit;
    else if (type == "tag")
        m_type = GitObjectHit::Type::Tag;
    else if (type == "tree")
        m_type = GitObjectHit::Type::Tree;
    else
        m_type = GitObjectHit::Type::Blob;
    if (m_type == GitObjectHit::Type::Commit)
        m_commits.push_back(m_oid);
    ++m_objects;
    m_left = size;
    m_pos = 0;
    m_headerEnd = -1;
    m_headerNewlines = 0;
    m_prev = 0;
    m_objHeader.clear();
    m_scanner.reset();
    m_state = State::Body;
    if (m_left == 0)
        endObject();
}

void GitObjectParser::body(QByteArrayView bytes)
{
    const bool text = m_type == GitObjectHit::Type::Commit || m_type == GitObjectHit::Type::Tag;
    if (text && m_headerEnd < 0) {
        for (qsizetype i = 0; i < bytes.size() && m_headerEnd < 0; ++i) {
            const char c = bytes[i];
            if (m_objHeader.size() < kMaxObjectHeader)
                m_objHeader.append(c);
            if (c == '\n') {
                ++m_headerNewlines;
                if (m_prev == '\n' || m_pos + i == 0)
                    m_headerEnd = m_pos + i;
            }
            m_prev = c;
        }
    }
    m_pos += bytes.size();
    m_scanner.feed(bytes);
    if (m_scanner.hasMatches())
        m_matches.append(m_scanner.takeMatches());
}

void GitObjectParser::endObject()
{
    m_scanner.finish();
    m_matches.append(m_scanner.takeMatches());
    QByteArray tagName;
    if (m_type == GitObjectHit::Type::Tag) {
        for (const QByteArray& l : m_objHeader.split('\n')) {
            if (l.startsWith("tag ")) {
                tagName = l.mid(4);
                break;
            }
        }
    }
    for (TokenMatch& m : m_matches) {
        GitObjectHit h;
        h.oid = m_oid;
        h.type = m_type;
        h.line = m.line;
        if (m_type == GitObjectHit::Type::Commit || m_type == GitObjectHit::Type::Tag) {
            h.inMessage = m_headerEnd >= 0 && m.offset > m_headerEnd;
            if (h.inMessage)
                h.line = m.line - m_headerNewlines;
            h.tagName = tagName;
        }
        h.match = std::move(m);
        m_hits.append(std::move(h));
    }
    m_matches.clear();
    m_state = State::Trailer;
}

void GitObjectParser::feed(QByteArrayView chunk)
{
    while (!chunk.isEmpty()) {
        switch (m_state) {
        case State::Header: {
            const qsizetype nl = chunk.indexOf('\n');
            const qsizetype take = nl < 0 ? chunk.size() : nl;
            if (m_header.size() + take > kMaxHeaderLine) {
                m_malformed = true;
                m_header.clear();
            } else {
                m_header.append(chunk.data(), take);
            }
            if (nl < 0)
                return;
            chunk = chunk.sliced(nl + 1);
            const QByteArray header = m_header;
            m_header.clear();
            if (!header.isEmpty())
                startObject(header);
            break;
        }
        case State::Body: {
            const qsizetype n = qsizetype(std::min<qint64>(m_left, chunk.size()));
            body(chunk.first(n));
            m_left -= n;
            chunk = chunk.sliced(n);
            if (m_left == 0)
                endObject();
            break;
        }
        case State::Trailer:
            if (chunk.front() != '\n')
                m_malformed = true;
            chunk = chunk.sliced(1);
            m_state = State::Header;
            break;
        }
    }
}

void GitObjectParser::finish()
{
    if (m_state == State::Body)
        m_malformed = true; // the stream ended inside an object
    m_state = State::Header;
    m_header.clear();
}

} // namespace r8::scan
