// libFuzzer: problem+json parsing and the message built from it (never empty, never a token).
#include "app/api/Problem.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    const r8::api::Problem p = r8::api::parseProblem(bytes, status);
    const QString message = p.message();
    if (message.isEmpty())
        __builtin_trap();
    static const QRegularExpression token(QStringLiteral("r8_[0-9A-Za-z_-]{37}(?![0-9A-Za-z_-])"));
    if (token.match(message).hasMatch())
        __builtin_trap(); // a token in the server's words must come out masked
    return 0;
}
