// libFuzzer: the sandbox's multipart/form-data parser (POST /v1/files), which reads what any client
// sends. The first line of the input is the Content-Type header, the rest the body. Besides crashes and
// UB (ASan/UBSan): every part's data is a piece of the body, and a well-formed answer is stable.
#include "app/sandbox/Multipart.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype nl = input.indexOf('\n');
    const QByteArray contentType = nl < 0 ? input : input.left(nl);
    const QByteArray body = nl < 0 ? QByteArray() : input.mid(nl + 1);
    QList<r8::sandbox::FormPart> parts;
    const bool ok = r8::sandbox::parseMultipart(contentType, body, &parts);
    for (const r8::sandbox::FormPart& p : parts) {
        if (p.data.size() > body.size() || (!p.data.isEmpty() && !body.contains(p.data)))
            std::abort();
    }
    if (ok) {
        QList<r8::sandbox::FormPart> again;
        if (!r8::sandbox::parseMultipart(contentType, body, &again) || again.size() != parts.size())
            std::abort();
    }
    (void)r8::sandbox::headerParam(contentType, "boundary");
    return 0;
}
