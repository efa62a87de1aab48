// libFuzzer: the incremental SSE parser. The input is cut into chunks at positions chosen by its
// first bytes; the events must be the same as when it is fed whole (chunking never changes the result).
#include "app/composer/Progress.h"
#include "app/composer/SseParser.h"

#include <cstddef>
#include <cstdint>

using r8::composer::SseEvent;
using r8::composer::SseParser;

static bool same(const QList<SseEvent>& a, const QList<SseEvent>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].event != b[i].event || a[i].data != b[i].data || a[i].id != b[i].id ||
            a[i].retry != b[i].retry)
            return false;
    }
    return true;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const int step = 1 + data[0] % 13;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    SseParser whole;
    const QList<SseEvent> expected = whole.feed(bytes);
    SseParser pieces;
    QList<SseEvent> got;
    for (qsizetype i = 0; i < bytes.size(); i += step)
        got += pieces.feed(bytes.mid(i, step));
    if (!same(expected, got))
        __builtin_trap();
    for (const SseEvent& e : got)
        (void)r8::composer::parseProgress(e.data);
    return 0;
}
