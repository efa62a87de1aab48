#include "app/scan/TokenMatcher.h"

#include "app/scan/LegacyAssignment.h"

#include <algorithm>
#include <cstring>
#include <functional>

namespace r8::scan {

namespace {
constexpr qsizetype kBody = TokenMatcher::kTokenLength - 3; // characters after "r8_"

qint64 countNewlines(const char* p, const char* end)
{
    qint64 n = 0;
    while (p < end) {
        const void* hit = std::memchr(p, '\n', size_t(end - p));
        if (!hit)
            break;
        ++n;
        p = static_cast<const char*>(hit) + 1;
    }
    return n;
}

const std::boyer_moore_horspool_searcher<const char*>& keywordSearcher()
{
    static const std::boyer_moore_horspool_searcher<const char*> s(kTokenVariable,
                                                                   kTokenVariable + kTokenVariableLength);
    return s;
}
} // namespace

void TokenMatcher::reset()
{
    m_buf.clear();
    m_base = 0;
    m_tokenPos = m_keywordPos = m_linePos = 0;
    m_line = 1;
    m_matches.clear();
}

QList<TokenMatch> TokenMatcher::takeMatches()
{
    QList<TokenMatch> out;
    out.swap(m_matches);
    return out;
}

void TokenMatcher::feed(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    m_buf.append(data.data(), data.size());
    process(false);
}

void TokenMatcher::finish()
{
    process(true);
    m_base += m_buf.size();
    m_tokenPos = m_keywordPos = m_linePos = 0;
    if (m_countLines)
        m_line += countNewlines(m_buf.constData(), m_buf.constData() + m_buf.size());
    m_buf.clear();
}

qint64 TokenMatcher::lineAt(qsizetype pos)
{
    if (!m_countLines)
        return 0;
    const char* b = m_buf.constData();
    if (pos < m_linePos) // a keyword match behind the token scan
        return m_line - countNewlines(b + pos, b + m_linePos);
    m_line += countNewlines(b + m_linePos, b + pos);
    m_linePos = pos;
    return m_line;
}

void TokenMatcher::add(qsizetype pos, QByteArray secret, bool legacy)
{
    TokenMatch m;
    m.offset = m_base + pos;
    m.line = lineAt(pos);
    m.secret = std::move(secret);
    m.legacyShape = legacy;
    // Keep stream order (keyword matches are found in a second pass over the same bytes).
    auto it = std::upper_bound(m_matches.begin(), m_matches.end(), m.offset,
                               [](qint64 off, const TokenMatch& x) { return off < x.offset; });
    m_matches.insert(it, std::move(m));
}

// Candidates (positions of 'r') in [m_tokenPos, last] are examined; each needs the byte before
// it and the byte after its 40 characters (or the end of the stream).
void TokenMatcher::scanTokens(qsizetype last)
{
    const char* b = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype i = m_tokenPos;
    while (i <= last) {
        // Look for the '8' of "r8_": rarer than 'r' in text, and memchr is vectorised.
        const qsizetype from = i + 1;
        const void* hit = std::memchr(b + from, '8', size_t(last + 1 - from + 1));
        if (!hit) {
            i = last + 1;
            break;
        }
        const qsizetype r = static_cast<const char*>(hit) - b - 1;
        if (b[r] != 'r' || b[r + 2] != '_' || (r > 0 && isWordByte(b[r - 1]))) {
            i = r + 2;
            continue;
        }
        qsizetype k = 0;
        const char* body = b + r + 3;
        while (k < kBody && isTokenByte(body[k]))
            ++k;
        const qsizetype end = r + kTokenLength;
        if (k == kBody && (end >= n || !isTokenByte(b[end]))) {
            add(r, QByteArray(b + r, kTokenLength), false);
            i = end;
        } else {
            i = r + 1; // a candidate may follow a '-' inside this run
        }
    }
    m_tokenPos = i;
}

void TokenMatcher::scanKeywords(bool final)
{
    const char* b = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype pos = m_keywordPos;
    while (pos + kTokenVariableLength <= n) {
        const auto [hit, hitEnd] = keywordSearcher()(b + pos, b + n);
        if (hit == b + n) {
            pos = n - kTokenVariableLength + 1; // a name may straddle the next chunk
            break;
        }
        const qsizetype k = hit - b;
        const qsizetype after = k + kTokenVariableLength;
        const qsizetype windowEnd = std::min(n, after + kAssignmentWindow);
        const void* nl = std::memchr(b + after, '\n', size_t(windowEnd - after));
        if (!nl && !final && windowEnd < after + kAssignmentWindow) {
            pos = k; // the rest of the line has not arrived yet
            break;
        }
        const qsizetype restEnd = nl ? static_cast<const char*>(nl) - b : windowEnd;
        qsizetype len = 0;
        const qsizetype v = legacyAssignmentValue(QByteArrayView(b + after, restEnd - after), &len);
        if (v >= 0)
            add(after + v, QByteArray(b + after + v, len), true);
        pos = after;
    }
    m_keywordPos = std::max<qsizetype>(pos, 0);
}

void TokenMatcher::process(bool final)
{
    const qsizetype n = m_buf.size();
    // Non-final: a candidate at r needs bytes up to r + 40 (the byte after the token).
    const qsizetype last = final ? n - kTokenLength : n - kTokenLength - 1;
    if (last >= m_tokenPos)
        scanTokens(last);
    scanKeywords(final);
    if (final)
        return;
    // Drop what is resolved, keeping one byte before the next token candidate (for \b).
    qsizetype keep = std::min(m_tokenPos - 1, m_keywordPos);
    keep = std::clamp<qsizetype>(keep, 0, n);
    if (keep < 4096 && keep * 2 < n)
        return; // not worth moving yet
    lineAt(keep);
    m_buf.remove(0, keep);
    m_base += keep;
    m_tokenPos -= keep;
    m_keywordPos -= keep;
    m_linePos -= keep;
}

QList<TokenMatch> findTokens(QByteArrayView text)
{
    TokenMatcher m;
    m.feed(text);
    m.finish();
    return m.takeMatches();
}

} // namespace r8::scan
