// libFuzzer: the response viewer's strict JSON pretty-printer and row splitter (ui/response/BodyText),
// which read whatever a server answers. Besides crashes and UB (ASan/UBSan), it checks the invariants
// the virtualised view relies on: every row lies inside the text, rows are in order, none is longer
// than rowBytesLimit; a body that parses pretty-prints to JSON that parses again to the same text.
#include "ui/response/BodyText.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using r8::ui::FormattedText;

static void checkRows(const FormattedText& f)
{
    quint32 previousEnd = 0;
    for (const r8::ui::TextRow& r : f.rows) {
        if (r.start < previousEnd || qint64(r.start) + r.length > f.text.size() ||
            r.length > r8::ui::rowBytesLimit)
            std::abort();
        previousEnd = r.start + r.length;
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const FormattedText pretty = r8::ui::prettyJson(body);
    checkRows(pretty);
    if (pretty.error.isEmpty()) {
        // Pretty output is itself valid JSON and a fixed point of the printer.
        const FormattedText again = r8::ui::prettyJson(pretty.text);
        if (!again.error.isEmpty() || again.text != pretty.text)
            std::abort();
    } else if (pretty.errorOffset > qint64(size)) {
        std::abort();
    }
    checkRows(r8::ui::textRows(body, false));
    checkRows(r8::ui::textRows(body, true));
    (void)r8::ui::maskSecrets(body, {});
    return 0;
}
