// libFuzzer: the streaming token matcher. Differential and structural checks:
//  - the token matches equal those of a reference regex for the same rule (QRegularExpression);
//  - feeding the input in chunks (sizes taken from the input) gives exactly the whole-input result;
//  - the zsh/fish decoders and the git patch parser never crash on any bytes.
#include "app/scan/ByteTransform.h"
#include "app/scan/GitPatchParser.h"
#include "app/scan/TokenMatcher.h"

#include <QRegularExpression>

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

    for (auto kind : {ByteTransform::Kind::ZshMetafied, ByteTransform::Kind::FishEscapes}) {
        QByteArray copy = text;
        ByteTransform t(kind);
        const qsizetype n = t.apply(copy.data(), copy.size());
        if (n < 0 || n > copy.size())
            __builtin_trap();
    }
    GitPatchParser parser;
    for (qsizetype i = 0; i < text.size(); i += step)
        parser.feed(QByteArrayView(text).sliced(i, qMin(step, text.size() - i)));
    parser.finish();
    for (const GitHit& h : parser.takeHits()) {
        if (h.match.secret.isEmpty())
            __builtin_trap();
    }
    return 0;
}
