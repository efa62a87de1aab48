// libFuzzer: the streaming token matcher. Differential and structural checks:
//  - the token matches equal those of a reference regex for the same rule (QRegularExpression);
//  - feeding the input in chunks (sizes taken from the input) gives exactly the whole-input result;
//  - the zero-copy block feeding (feedBlock) gives exactly the whole-input result too;
//  - UTF-16 decoding: chunked decoding equals one-shot decoding; a ContentScanner fed in chunks
//    finds what the matcher finds in the decoded bytes (and sniffing never reads past its input);
//  - the zsh/fish decoders, the git object-stream parser and the escaper never crash, and the
//    escaper's output has no control character;
//  - the trees' index gives the same names, the same verdicts and the same holders whether the
//    stream comes whole or in chunks, and every name it reports holds its token;
//  - the commits' graph built from what the object parser read answers without crashing;
//  - the raw change-line parser never crashes, and a path that is not quoted comes back as it is.
#include "app/scan/ByteTransform.h"
#include "app/scan/ContentScanner.h"
#include "app/scan/GitCommitGraph.h"
#include "app/scan/GitObjectParser.h"
#include "app/scan/GitRawChange.h"
#include "app/scan/GitTreeIndex.h"
#include "app/scan/TextEscape.h"
#include "app/scan/TokenMatcher.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace r8::scan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 64; // chunk size for the streaming run
    const QByteArray text(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));

    const QList<TokenMatch> whole = findTokens(text);

    // Reference: the same rule as a regex (no word byte before, no token byte after).
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Za-z_])r8_[0-9A-Za-z_-]{37}(?![0-9A-Za-z_-])"));
    const QString latin1 = QString::fromLatin1(text); // one char per byte: offsets agree
    QList<qint64> expected;
    for (auto it = re.globalMatch(latin1); it.hasNext();)
        expected.append(it.next().capturedStart());
    QList<qint64> got;
    for (const TokenMatch& m : whole) {
        if (!m.legacyShape)
            got.append(m.offset);
        if (m.secret.isEmpty() || text.mid(m.offset, m.secret.size()) != m.secret)
            __builtin_trap(); // a match must be the bytes at its offset
        if (m.line != 1 + text.left(m.offset).count('\n'))
            __builtin_trap();
    }
    if (got != expected)
        __builtin_trap();

    TokenMatcher streaming;
    QList<TokenMatch> chunked;
    for (qsizetype i = 0; i < text.size(); i += step) {
        streaming.feed(QByteArrayView(text).sliced(i, qMin(step, text.size() - i)));
        chunked.append(streaming.takeMatches());
    }
    streaming.finish();
    chunked.append(streaming.takeMatches());
    std::sort(chunked.begin(), chunked.end(),
              [](const TokenMatch& a, const TokenMatch& b) { return a.offset < b.offset; });
    if (chunked.size() != whole.size())
        __builtin_trap();
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (chunked[i].offset != whole[i].offset || chunked[i].secret != whole[i].secret ||
            chunked[i].line != whole[i].line || chunked[i].legacyShape != whole[i].legacyShape)
            __builtin_trap();
    }

    // Zero-copy block feeding, with the caller keeping what the matcher did not resolve.
    {
        TokenMatcher m;
        QByteArray buf;
        QList<TokenMatch> got;
        for (qsizetype i = 0; i < text.size(); i += step) {
            buf += text.mid(i, step);
            const qsizetype drop = m.feedBlock(buf.constData(), buf.size());
            if (drop < 0 || drop > buf.size())
                __builtin_trap();
            buf.remove(0, drop);
            got.append(m.takeMatches());
        }
        m.finishBlock(buf.constData(), buf.size());
        got.append(m.takeMatches());
        std::sort(got.begin(), got.end(),
                  [](const TokenMatch& a, const TokenMatch& b) { return a.offset < b.offset; });
        if (got.size() != whole.size())
            __builtin_trap();
        for (qsizetype i = 0; i < got.size(); ++i) {
            if (got[i].offset != whole[i].offset || got[i].secret != whole[i].secret ||
                got[i].line != whole[i].line)
                __builtin_trap();
        }
    }

    for (auto kind : {ByteTransform::Kind::ZshMetafied, ByteTransform::Kind::FishEscapes,
                      ByteTransform::Kind::Utf16LE, ByteTransform::Kind::Utf16BE}) {
        QByteArray copy = text;
        ByteTransform t(kind);
        const qsizetype n = t.apply(copy.data(), copy.size());
        if (n < 0 || n > copy.size())
            __builtin_trap();
        // The same bytes in chunks decode to the same output.
        QByteArray pieces = text;
        ByteTransform c(kind);
        QByteArray out;
        for (qsizetype i = 0; i < pieces.size(); i += step) {
            const qsizetype len = qMin(step, pieces.size() - i);
            const qsizetype got = c.apply(pieces.data() + i, len);
            if (got < 0 || got > len)
                __builtin_trap();
            out.append(pieces.constData() + i, got);
        }
        if (out != copy.left(n))
            __builtin_trap();
    }

    // A ContentScanner fed in chunks finds what the matcher finds in the decoded stream.
    {
        ContentScanner cs(ByteTransform::Kind::None, 4096);
        QList<TokenMatch> got;
        for (qsizetype i = 0; i < text.size(); i += step) {
            cs.feed(QByteArrayView(text).sliced(i, qMin(step, text.size() - i)));
            got.append(cs.takeMatches());
        }
        cs.finish();
        got.append(cs.takeMatches());
        QByteArray decoded = text;
        qsizetype n = decoded.size();
        if (cs.encoding() == TextEncoding::Utf16LE || cs.encoding() == TextEncoding::Utf16BE) {
            ByteTransform t(cs.encoding() == TextEncoding::Utf16LE ? ByteTransform::Kind::Utf16LE
                                                                   : ByteTransform::Kind::Utf16BE);
            n = t.apply(decoded.data(), n);
        }
        const QList<TokenMatch> ref = findTokens(QByteArrayView(decoded.constData(), n));
        if (got.size() != ref.size())
            __builtin_trap();
        if (sniffEncoding(text) != cs.encoding())
            __builtin_trap();
    }

    const QString escaped = escapeControls(QString::fromUtf8(text));
    for (QChar ch : escaped) {
        if (ch.unicode() < 0x20 || ch.unicode() == 0x7f || (ch.unicode() >= 0x80 && ch.unicode() < 0xa0))
            __builtin_trap();
    }

    GitObjectParser objects;
    for (qsizetype i = 0; i < text.size(); i += step)
        objects.feed(QByteArrayView(text).sliced(i, qMin(step, text.size() - i)));
    objects.finish();
    for (const GitObjectHit& h : objects.takeHits()) {
        if (h.match.secret.isEmpty())
            __builtin_trap();
    }
    const GitCommitGraph graph(objects);
    QList<QByteArray> someIds; // whatever 20-byte runs the input holds, as tips and as wanted commits
    for (qsizetype i = 0; i + 20 <= text.size() && someIds.size() < 8; i += 1 + text.size() / 8)
        someIds.append(text.mid(i, 20));
    graph.refsReaching(someIds, someIds);

    GitTreeIndex treesWhole(4096), pieces(4096);
    treesWhole.feed(text);
    treesWhole.finish();
    for (qsizetype i = 0; i < text.size(); i += step)
        pieces.feed(QByteArrayView(text).sliced(i, qMin(step, text.size() - i)));
    pieces.finish();
    if (treesWhole.malformed() != pieces.malformed() || treesWhole.complete() != pieces.complete() ||
        treesWhole.trees() != pieces.trees())
        __builtin_trap();
    const QList<TreeNameHit> a = treesWhole.takeNameHits(), b = pieces.takeNameHits();
    if (a.size() != b.size())
        __builtin_trap();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].tree != b[i].tree || a[i].name != b[i].name || a[i].entry != b[i].entry ||
            a[i].match.secret != b[i].match.secret || !a[i].name.contains(a[i].match.secret))
            __builtin_trap();
    }
    QList<QByteArray> hexIds;
    for (const QByteArray& id : someIds)
        hexIds.append(id.toHex());
    if (treesWhole.treesHolding(hexIds, hexIds) != pieces.treesHolding(hexIds, hexIds))
        __builtin_trap();

    const std::optional<RawChange> change = parseRawChange(text);
    if (change) {
        const QByteArray path = text.mid(text.indexOf('\t') + 1);
        if (!path.startsWith('"') && change->path != path)
            __builtin_trap(); // a path git did not quote comes back as it is
    }
    return 0;
}
