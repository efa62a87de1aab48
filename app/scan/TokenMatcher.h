#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QList>

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
// Feed it chunks of any size; matches across chunk boundaries are found, and it keeps only a few
// hundred bytes between calls, whatever the stream's length. Pure: no I/O, safe to fuzz.
class TokenMatcher
{
public:
    static constexpr qsizetype kTokenLength = 40;

    explicit TokenMatcher(bool countLines = true) : m_countLines(countLines) {}

    void feed(QByteArrayView data);
    void finish(); // end of stream: resolves what is still pending
    void reset();  // ready for a new stream
    QList<TokenMatch> takeMatches();
    bool hasMatches() const { return !m_matches.isEmpty(); }
    qint64 bytesSeen() const { return m_base + m_buf.size(); }

private:
    void process(bool final);
    void scanTokens(qsizetype last);
    void scanKeywords(bool final);
    qint64 lineAt(qsizetype pos);
    void add(qsizetype pos, QByteArray secret, bool legacy);

    bool m_countLines;
    QByteArray m_buf;
    qint64 m_base = 0;          // stream offset of m_buf[0]
    qsizetype m_tokenPos = 0;   // next token candidate (position of 'r') to examine
    qsizetype m_keywordPos = 0; // where the next keyword search starts
    qsizetype m_linePos = 0;    // newlines before this position are counted in m_line
    qint64 m_line = 1;
    QList<TokenMatch> m_matches;
};

// Every match in a complete text (one-shot use of TokenMatcher).
QList<TokenMatch> findTokens(QByteArrayView text);

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
