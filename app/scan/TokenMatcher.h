#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

namespace r8::scan {

// One token found in a byte stream. `secret` stays in memory: show r8::maskToken() of it.
struct TokenMatch
{
    qint64 offset = 0; // byte offset of the secret's first byte in the stream
    qint64 line = 0;   // 1-based line of the secret (0 when line counting is off)
    QByteArray secret;
    bool legacyShape = false; // a REPLICATE_API_TOKEN assignment whose value is not r8_ + 37 chars
};

// Streaming matcher for `\br8_[0-9A-Za-z_-]{37}\b` (the rule public scanners use, with regex word
// boundaries on ASCII) plus REPLICATE_API_TOKEN assignments holding a token of another shape.
// Candidates are found with a vectorised search for the literals "r8_" and "REP" before any
// character-class check. Two ways to feed it:
//  - feed(): chunks of any size (copied into a small internal buffer);
//  - feedBlock(): zero-copy for readers that own a buffer: the block must start with the bytes
//    kept from the previous call; the return value says how many leading bytes may now be dropped
//    (what remains is at most a few hundred bytes, whatever the stream's length).
// Matches across chunk boundaries are found either way. Pure: no I/O, safe to fuzz.
class TokenMatcher
{
public:
    static constexpr qsizetype kTokenLength = 40;

    explicit TokenMatcher(bool countLines = true) : m_countLines(countLines) {}

    void feed(QByteArrayView data);
    void finish(); // end of stream: resolves what is still pending

    qsizetype feedBlock(const char* data, qsizetype n);
    void finishBlock(const char* data, qsizetype n);

    void reset(); // ready for a new stream
    QList<TokenMatch> takeMatches();
    bool hasMatches() const { return !m_matches.isEmpty(); }

private:
    qsizetype process(const char* b, qsizetype n, bool final); // returns the bytes that may be dropped
    void scanTokens(const char* b, qsizetype n, qsizetype last);
    void scanKeywords(const char* b, qsizetype n, bool final);
    qint64 lineAt(const char* b, qsizetype pos);
    void add(const char* b, qsizetype pos, qsizetype len, bool legacy);
    void drop(const char* b, qsizetype keep);
    void endStream(const char* b, qsizetype n);

    bool m_countLines;
    QByteArray m_buf;           // feed(): what is kept between calls
    qint64 m_base = 0;          // stream offset of the block's first byte
    qsizetype m_tokenPos = 0;   // next token candidate (position of 'r') to examine
    qsizetype m_keywordPos = 0; // where the next keyword search starts
    qsizetype m_linePos = 0;    // newlines before this position are counted in m_line
    qint64 m_line = 1;
    QList<TokenMatch> m_matches;
};

// Every match in a complete text (one-shot use of TokenMatcher).
QList<TokenMatch> findTokens(QByteArrayView text);

// Every match in a file or folder name (one path component, as Qt decoded it): the same rule as
// findTokens() on its UTF-8 bytes, after a cheap check that "r8_" or "REPLICATE_API_TOKEN" occurs
// at all (almost no name holds either, so the walk pays one short search per entry).
QList<TokenMatch> findTokensInName(QStringView name);

// Number of '\n' bytes in [p, end) (vectorised).
qint64 countNewlines(const char* p, const char* end);

// Word characters for the \b rule: [0-9A-Za-z_].
inline bool isWordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
inline bool isTokenByte(char c)
{
    return isWordByte(c) || c == '-';
}

} // namespace r8::scan
