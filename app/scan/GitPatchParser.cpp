#include "app/scan/GitPatchParser.h"

#include <cstring>

namespace r8::scan {

namespace {
constexpr qsizetype kMaxHeld = 64 * 1024;

// "@@ -a,b +c,d @@" → c
qint64 hunkNewStart(QByteArrayView line)
{
    const qsizetype plus = line.indexOf('+');
    if (plus < 0)
        return 0;
    qint64 v = 0;
    for (qsizetype i = plus + 1; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i)
        v = v * 10 + (line[i] - '0');
    return v;
}
} // namespace

QList<GitHit> GitPatchParser::takeHits()
{
    QList<GitHit> out;
    out.swap(m_hits);
    return out;
}

void GitPatchParser::flushAdded(bool lineEnds)
{
    if (!m_line.isEmpty())
        m_matcher.feed(m_line);
    m_line.clear();
    if (!lineEnds)
        return;
    m_matcher.finish();
    for (TokenMatch& m : m_matcher.takeMatches())
        m_hits.append(GitHit{m_commit, m_path, m_newLine, std::move(m)});
    m_matcher.reset();
    ++m_newLine;
    m_inAdded = false;
}

void GitPatchParser::handleHeader(QByteArrayView line)
{
    if (line.startsWith('\x01')) {
        m_commit = QString::fromLatin1(line.sliced(1).trimmed());
        m_path.clear();
        m_inHunk = false;
        ++m_commits;
    } else if (line.startsWith("diff --git ")) {
        m_path.clear();
        m_inHunk = false;
    } else if (!m_inHunk && line.startsWith("+++ ")) {
        QByteArrayView p = line.sliced(4);
        if (p.startsWith("b/"))
            p = p.sliced(2);
        m_path = p == "/dev/null" ? QString() : QString::fromUtf8(p);
    } else if (line.startsWith("@@ ")) {
        m_newLine = hunkNewStart(line);
        m_inHunk = true;
    } else if (m_inHunk && line.startsWith(' ')) {
        ++m_newLine;
    }
}

void GitPatchParser::endLine()
{
    if (m_inAdded) {
        flushAdded(true);
        return;
    }
    handleHeader(m_line);
    m_line.clear();
}

void GitPatchParser::feed(QByteArrayView chunk)
{
    const char* p = chunk.data();
    const char* end = p + chunk.size();
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
        const char* stop = nl ? nl : end;
        if (m_line.isEmpty() && !m_inAdded && p < stop && m_inHunk && *p == '+' && !m_path.isEmpty()) {
            m_inAdded = true; // an added line: its bytes (without the '+') go to the matcher
            ++p;
        }
        m_line.append(p, stop - p);
        if (m_inAdded && m_line.size() > kMaxHeld)
            flushAdded(false);
        else if (!m_inAdded && m_line.size() > kMaxHeld)
            m_line.truncate(kMaxHeld); // a huge removed or context line: only its start matters
        if (!nl)
            break;
        endLine();
        p = nl + 1;
    }
}

void GitPatchParser::finish()
{
    if (m_inAdded || !m_line.isEmpty())
        endLine();
}

} // namespace r8::scan
