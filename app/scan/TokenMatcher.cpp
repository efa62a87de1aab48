#include "app/scan/TokenMatcher.h"

#include "app/scan/LegacyAssignment.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace r8::scan {

namespace {
constexpr qsizetype kBody = TokenMatcher::kTokenLength - 3; // characters after "r8_"

// First p in [from, end - 2) with p[0..2] == a b c, or end. Reads only [from, end).
const char* findTriple(const char* p, const char* end, char a, char b, char c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
    while (end - p >= 34) { // two blocks of 16 candidates; each reads 2 bytes past its block
        const __m128i m0 = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), va),
                          _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1)), vb)),
            _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 2)), vc));
        const __m128i m1 = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16)), va),
                          _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 17)), vb)),
            _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 18)), vc));
        const unsigned mask = unsigned(_mm_movemask_epi8(m0)) | (unsigned(_mm_movemask_epi8(m1)) << 16);
        if (mask)
            return p + __builtin_ctz(mask);
        p += 32;
    }
#endif
    for (; end - p >= 3; ++p) {
        if (p[0] == a && p[1] == b && p[2] == c)
            return p;
    }
    return end;
}
} // namespace

qint64 countNewlines(const char* p, const char* end)
{
    qint64 n = 0;
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        // Up to 255 blocks per byte counter, then summed with SAD.
        __m128i acc = _mm_setzero_si128();
        int blocks = 0;
        while (end - p >= 16 && blocks < 255) {
            acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), nl));
            p += 16;
            ++blocks;
        }
        const __m128i sums = _mm_sad_epu8(acc, _mm_setzero_si128());
        n += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
#endif
    for (; p < end; ++p)
        n += *p == '\n';
    return n;
}

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
    const qsizetype n = m_buf.size();
    const qsizetype keep = process(m_buf.constData(), n, false);
    if (keep < 4096 && keep * 2 < n)
        return; // not worth moving yet
    drop(m_buf.constData(), keep);
    m_buf.remove(0, keep);
}

void TokenMatcher::finish()
{
    endStream(m_buf.constData(), m_buf.size());
    m_buf.clear();
}

qsizetype TokenMatcher::feedBlock(const char* data, qsizetype n)
{
    const qsizetype keep = process(data, n, false);
    drop(data, keep);
    return keep;
}

void TokenMatcher::finishBlock(const char* data, qsizetype n)
{
    endStream(data, n);
}

void TokenMatcher::endStream(const char* b, qsizetype n)
{
    process(b, n, true);
    if (m_countLines && m_linePos < n)
        m_line += countNewlines(b + m_linePos, b + n);
    m_base += n;
    m_tokenPos = m_keywordPos = m_linePos = 0;
}

void TokenMatcher::drop(const char* b, qsizetype keep)
{
    lineAt(b, keep);
    m_base += keep;
    m_tokenPos -= keep;
    m_keywordPos -= keep;
    m_linePos -= keep;
}

qint64 TokenMatcher::lineAt(const char* b, qsizetype pos)
{
    if (!m_countLines)
        return 0;
    if (pos < m_linePos) // a keyword match behind the token scan
        return m_line - countNewlines(b + pos, b + m_linePos);
    m_line += countNewlines(b + m_linePos, b + pos);
    m_linePos = pos;
    return m_line;
}

void TokenMatcher::add(const char* b, qsizetype pos, qsizetype len, bool legacy)
{
    TokenMatch m;
    m.offset = m_base + pos;
    m.line = lineAt(b, pos);
    m.secret = QByteArray(b + pos, len);
    m.legacyShape = legacy;
    // Keep stream order (keyword matches are found in a second pass over the same bytes).
    auto it = std::upper_bound(m_matches.begin(), m_matches.end(), m.offset,
                               [](qint64 off, const TokenMatch& x) { return off < x.offset; });
    m_matches.insert(it, std::move(m));
}

// Candidates (positions of 'r') in [m_tokenPos, last] are examined; each needs the byte before
// it and the byte after its 40 characters (or the end of the stream).
void TokenMatcher::scanTokens(const char* b, qsizetype n, qsizetype last)
{
    qsizetype i = m_tokenPos;
    while (i <= last) {
        const char* hit = findTriple(b + i, b + last + 3, 'r', '8', '_');
        if (hit == b + last + 3) {
            i = last + 1;
            break;
        }
        const qsizetype r = hit - b;
        if (r > 0 && isWordByte(b[r - 1])) {
            i = r + 1;
            continue;
        }
        qsizetype k = 0;
        const char* body = b + r + 3;
        while (k < kBody && isTokenByte(body[k]))
            ++k;
        const qsizetype end = r + kTokenLength;
        if (k == kBody && (end >= n || !isTokenByte(b[end]))) {
            add(b, r, kTokenLength, false);
            i = end;
        } else {
            i = r + 1; // a candidate may follow a '-' inside this run
        }
    }
    m_tokenPos = i;
}

void TokenMatcher::scanKeywords(const char* b, qsizetype n, bool final)
{
    qsizetype pos = m_keywordPos;
    while (pos < n) {
        const char* hit = findTriple(b + pos, b + n, 'R', 'E', 'P');
        if (hit == b + n) {
            pos = std::max(pos, n - 2); // "REP" may straddle the next block
            break;
        }
        const qsizetype k = hit - b;
        if (k + kTokenVariableLength > n) {
            pos = final ? n : k; // the name may continue in the next block
            break;
        }
        if (std::memcmp(hit, kTokenVariable, size_t(kTokenVariableLength)) != 0) {
            pos = k + 1;
            continue;
        }
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
            add(b, after + v, len, true);
        pos = after;
    }
    m_keywordPos = std::max<qsizetype>(pos, 0);
}

qsizetype TokenMatcher::process(const char* b, qsizetype n, bool final)
{
    // Non-final: a candidate at r needs bytes up to r + 40 (the byte after the token).
    const qsizetype last = final ? n - kTokenLength : n - kTokenLength - 1;
    if (last >= m_tokenPos)
        scanTokens(b, n, last);
    scanKeywords(b, n, final);
    // What is resolved, keeping one byte before the next token candidate (for \b).
    return std::clamp<qsizetype>(std::min(m_tokenPos - 1, m_keywordPos), 0, n);
}

QList<TokenMatch> findTokens(QByteArrayView text)
{
    TokenMatcher m;
    m.feed(text);
    m.finish();
    return m.takeMatches();
}

QList<TokenMatch> findTokensInName(QStringView name)
{
    // Shorter than the variable's name and one more character: no match of either kind can fit
    // (matches are ASCII: one UTF-16 unit per byte).
    if (name.size() <= kTokenVariableLength ||
        (!name.contains(u"r8_") && !name.contains(QLatin1String(kTokenVariable))))
        return {};
    return findTokens(name.toUtf8());
}

} // namespace r8::scan
