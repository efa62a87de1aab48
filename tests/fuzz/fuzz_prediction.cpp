// libFuzzer: prediction, model and version parsers on arbitrary bytes.
#include "app/api/Model.h"
#include "app/api/Prediction.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    r8::api::Prediction p;
    if (r8::api::parsePrediction(bytes, &p, &error)) {
        // Invariants of a successful parse.
        if (p.id.isEmpty() || p.statusText.isEmpty())
            __builtin_trap();
        (void)r8::api::isTerminal(p.status);
    } else if (error.isEmpty()) {
        __builtin_trap(); // a failure always explains itself
    }
    r8::api::Model m;
    (void)r8::api::parseModel(bytes, &m, &error);
    r8::api::ModelVersion v;
    (void)r8::api::parseVersion(bytes, &v, &error);
    return 0;
}
