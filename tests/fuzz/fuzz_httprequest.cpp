// libFuzzer: the sandbox's HTTP/1.1 request parser (app/sandbox/HttpRequestParser), which reads what
// any client sends. The input is fed in pieces (its first byte picks the piece size) with small limits.
// Besides crashes and UB (ASan/UBSan): nothing grows beyond the limits, a body never exceeds the
// maximum, and the same bytes in one piece give the same requests.
#include "app/sandbox/HttpRequestParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
constexpr int kMaxHead = 512;
constexpr qint64 kMaxBody = 1024;

QList<r8::sandbox::ParsedRequest> parseAll(const QByteArray& input, qsizetype piece, int* status)
{
    using P = r8::sandbox::HttpRequestParser;
    P p(kMaxHead, kMaxBody);
    QList<r8::sandbox::ParsedRequest> out;
    for (qsizetype at = 0; at <= input.size(); at += piece) {
        P::Status s = p.feed(input.mid(at, piece));
        while (s == P::Status::Ready) {
            r8::sandbox::ParsedRequest r = p.take();
            if (r.body.size() > kMaxBody || r.method.isEmpty() || r.target.isEmpty())
                std::abort();
            out.append(r);
            s = p.feed();
        }
        // What stays buffered: at most the head limit, a body, a chunk line and one piece.
        if (p.buffered() > kMaxHead + kMaxBody + 1024 + piece)
            std::abort();
        if (s == P::Status::Failed) {
            *status = p.errorStatus();
            if (*status == 0 || p.buffered() != 0)
                std::abort();
            break;
        }
        if (piece == 0)
            break;
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    int statusPieces = 0, statusWhole = 0;
    const auto pieces = parseAll(input, piece, &statusPieces);
    const auto whole = parseAll(input, input.size() + 1, &statusWhole);
    if (pieces.size() != whole.size() || statusPieces != statusWhole)
        std::abort();
    for (qsizetype i = 0; i < pieces.size(); ++i)
        if (pieces.at(i).body != whole.at(i).body || pieces.at(i).target != whole.at(i).target ||
            pieces.at(i).headers != whole.at(i).headers || pieces.at(i).keepAlive != whole.at(i).keepAlive)
            std::abort();
    return 0;
}
