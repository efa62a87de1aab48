#pragma once
#include "app/scan/ByteTransform.h"
#include "app/scan/TokenMatcher.h"

#include <QByteArrayView>
#include <QList>

#include <vector>

namespace r8::scan {

// How a stream's bytes are read, decided from its first bytes.
enum class TextEncoding
{
    Bytes,   // UTF-8, ASCII, Latin-1 or binary: matched as they are
    Utf8Bom, // UTF-8 with a byte-order mark (matched as they are; the BOM is not a word byte)
    Utf16LE, // with or without a byte-order mark
    Utf16BE,
};

// Pure: the encoding of a stream from its first bytes (up to ContentScanner::kSniffBytes). UTF-16
// without a BOM is recognised when at least 90% of the code units have a zero high byte and no
// low byte is zero (ASCII text saved as UTF-16); anything else is read as bytes.
TextEncoding sniffEncoding(QByteArrayView head);

// Scans one stream (a file, an archive member, a git object) for tokens, whatever its size, in a
// buffer it owns: the caller writes into space() and calls commit(), or calls feed(). UTF-16 is
// decoded to one byte per code unit on the fly (ByteTransform), so tokens and line numbers come
// out right. Memory: one chunk plus a few hundred bytes.
class ContentScanner
{
public:
    static constexpr qsizetype kSniffBytes = 4096;

    explicit ContentScanner(ByteTransform::Kind transform = ByteTransform::Kind::None,
                            qsizetype chunkSize = 1024 * 1024);
    ~ContentScanner(); // hands its buffer to the next scanner on this thread (no allocation per file)
    ContentScanner(const ContentScanner&) = delete;
    ContentScanner& operator=(const ContentScanner&) = delete;

    char* space() { return m_buf.data() + m_kept; }
    qsizetype spaceSize() const { return m_cap - m_kept; }
    void commit(qsizetype n);
    void feed(QByteArrayView data);
    void finish();
    void reset(); // a new stream, same transform

    QList<TokenMatch> takeMatches() { return m_matcher.takeMatches(); }
    bool hasMatches() const { return m_matcher.hasMatches(); }
    TextEncoding encoding() const { return m_encoding; }
    bool binary() const { return m_binary; } // a NUL byte in the first bytes (and not UTF-16)

private:
    void decide();
    void scanFrom(qsizetype raw); // transforms bytes [raw, m_kept) and matches

    ByteTransform::Kind m_requested;
    ByteTransform m_transform;
    TokenMatcher m_matcher;
    std::vector<char> m_buf; // at least m_cap bytes
    qsizetype m_cap = 0;
    qsizetype m_kept = 0; // bytes held at the front of m_buf (undecided, or kept by the matcher)
    bool m_decided = false;
    bool m_binary = false;
    TextEncoding m_encoding = TextEncoding::Bytes;
};

} // namespace r8::scan
