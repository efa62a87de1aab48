#include "app/scan/GitObjectParser.h"

#include <algorithm>
#include <cstring>

namespace r8::scan {

namespace {
constexpr qsizetype kMaxObjectHeader = 64 * 1024;
} // namespace

GitObjectParser::GitObjectParser() : m_scanner(ByteTransform::Kind::None, 256 * 1024) {}

QList<GitObjectHit> GitObjectParser::takeHits()
{
    QList<GitObjectHit> out;
    out.swap(m_hits);
    return out;
}

void GitObjectParser::begin(QByteArrayView oid, QByteArrayView type, qint64)
{
    m_oid = oid.toByteArray();
    if (type == "commit")
        m_type = GitObjectHit::Type::Commit;
    else if (type == "tag")
        m_type = GitObjectHit::Type::Tag;
    else if (type == "tree")
        m_type = GitObjectHit::Type::Tree;
    else
        m_type = GitObjectHit::Type::Blob;
    m_pos = 0;
    m_headerEnd = -1;
    m_headerNewlines = 0;
    m_prev = 0;
    m_objHeader.clear();
    m_scanner.reset();
}

void GitObjectParser::bytes(QByteArrayView part)
{
    const bool text = m_type == GitObjectHit::Type::Commit || m_type == GitObjectHit::Type::Tag;
    if (text && m_headerEnd < 0) {
        for (qsizetype i = 0; i < part.size() && m_headerEnd < 0; ++i) {
            const char c = part[i];
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
    m_pos += part.size();
    m_scanner.feed(part);
    if (m_scanner.hasMatches())
        m_matches.append(m_scanner.takeMatches());
}

void GitObjectParser::recordCommit()
{
    // "tree <hex>\n" first, then "parent <hex>\n" lines (none for a root commit)
    const QByteArray commit = QByteArray::fromHex(m_oid);
    if (m_idLen == 0)
        m_idLen = commit.size();
    if (m_idLen == 0 || commit.size() != m_idLen || !m_objHeader.startsWith("tree "))
        return;
    QByteArray record = commit;
    QByteArray parents;
    quint16 count = 0;
    bool treeSeen = false;
    for (const QByteArray& l : m_objHeader.split('\n')) {
        if (l.isEmpty())
            break; // the end of the header
        if (!treeSeen && l.startsWith("tree ")) {
            const QByteArray tree = QByteArray::fromHex(l.mid(5));
            if (tree.size() != m_idLen)
                return;
            record += tree;
            treeSeen = true;
        } else if (l.startsWith("parent ")) {
            const QByteArray parent = QByteArray::fromHex(l.mid(7));
            if (parent.size() == m_idLen && count < 0xffff) {
                parents += parent;
                ++count;
            }
        }
    }
    if (!treeSeen)
        return;
    record.append(char(count >> 8)).append(char(count & 0xff)).append(parents);
    m_commitRecords += record;
    ++m_commitCount;
}

void GitObjectParser::recordTag()
{
    // "object <hex>\n" first
    if (!m_objHeader.startsWith("object "))
        return;
    const qsizetype nl = m_objHeader.indexOf('\n');
    const QByteArray target = QByteArray::fromHex(m_objHeader.mid(7, nl < 0 ? -1 : nl - 7));
    const QByteArray tag = QByteArray::fromHex(m_oid);
    if (!target.isEmpty() && !tag.isEmpty())
        m_tagTargets.insert(tag, target);
}

void GitObjectParser::end()
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
    if (m_type == GitObjectHit::Type::Commit)
        recordCommit();
    else if (m_type == GitObjectHit::Type::Tag)
        recordTag();
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
}

} // namespace r8::scan
