// libFuzzer: the response viewer's strict JSON pretty-printer and row splitter (ui/response/BodyText),
// which read whatever a server answers. Besides crashes and UB (ASan/UBSan), it checks the invariants
// the virtualised view relies on: every row lies inside the text, rows are in order, none is longer
// than r8::composer::rowBytesLimit; a body that parses pretty-prints to JSON that parses again to the same
// text.
#include "app/composer/BodyText.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using r8::composer::FormattedText;

static void checkRows(const r8::composer::FormattedText& f)
{
    quint32 previousEnd = 0;
    for (const r8::composer::TextRow& r : f.rows) {
        if (r.start < previousEnd || qint64(r.start) + r.length > f.text.size() ||
            r.length > r8::composer::rowBytesLimit)
            std::abort();
        previousEnd = r.start + r.length;
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const r8::composer::FormattedText pretty = r8::composer::prettyJson(body);
    checkRows(pretty);
    if (pretty.error.isEmpty()) {
        // Pretty output is itself valid JSON and a fixed point of the printer.
        const r8::composer::FormattedText again = r8::composer::prettyJson(pretty.text);
        if (!again.error.isEmpty() || again.text != pretty.text)
            std::abort();
    } else if (pretty.errorOffset > qint64(size)) {
        std::abort();
    }
    checkRows(r8::composer::textRows(body, false));
    checkRows(r8::composer::textRows(body, true));
    (void)r8::composer::maskSecrets(body, {});
    return 0;
}
