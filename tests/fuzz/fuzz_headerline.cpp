// libFuzzer: one line of an answer's head, as the libcurl backend hands it over (api/HeaderLine).
// Whatever a server sends: no crash, a status is 0 or three digits, a field name is non-empty and
// free of ':' and surrounding whitespace, and nothing keeps a line break.
#include "app/api/HeaderLine.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using r8::api::HeaderLine;
    const QByteArray line(reinterpret_cast<const char*>(data), qsizetype(size));
    const HeaderLine h = r8::api::parseHeaderLine(line);
    if (h.status != 0 && (h.status < 100 || h.status > 999))
        __builtin_trap();
    if (h.kind != HeaderLine::Kind::Status && h.status != 0)
        __builtin_trap();
    if (h.kind == HeaderLine::Kind::Field &&
        (h.name.isEmpty() || h.name.contains(':') || h.name != h.name.trimmed()))
        __builtin_trap();
    if (h.kind != HeaderLine::Kind::Field && !h.name.isEmpty())
        __builtin_trap();
    if (h.value != h.value.trimmed() || h.value.contains('\n') || h.value.contains('\r') ||
        h.name.contains(' '))
        __builtin_trap();
    return 0;
}
