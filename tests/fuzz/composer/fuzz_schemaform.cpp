// libFuzzer: Cog openapi_schema → form fields → default body → validation, on any JSON. Never
// crashes; every field has a label; fields come out sorted by x-order; text typed into each field
// either parses or says why.
#include "app/composer/SchemaForm.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace r8::composer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    QJsonObject schema = doc.object();
    // Accept a bare Input schema too, by wrapping it the way Cog nests it.
    if (!schema.contains(QLatin1String("components")))
        schema = QJsonObject{
            {QStringLiteral("components"),
             QJsonObject{{QStringLiteral("schemas"), QJsonObject{{QStringLiteral("Input"), schema}}}}}};
    const QList<FieldSpec> fields = formFromOpenApi(schema);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields[i].label.isEmpty())
            __builtin_trap();
        if (i > 0 && fields[i - 1].hasOrder && fields[i].hasOrder && fields[i - 1].order > fields[i].order)
            __builtin_trap();
        QString error;
        if (!valueFromText(fields[i], QStringLiteral("1"), &error) && error.isEmpty())
            __builtin_trap();
        (void)placeholderValue(fields[i]);
    }
    const QJsonObject body = defaultBody(fields);
    for (const FieldProblem& p : validateInput(fields, body)) {
        if (p.message.isEmpty())
            __builtin_trap();
    }
    (void)outputIsConcatenated(outputSchemaOf(schema));
    return 0;
}
