#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>

namespace r8::sandbox {

// One problem with one input field, named as the real API names it ("input.width").
struct InvalidField
{
    QString field; // "input.width"
    QString type;  // "required", "invalid_type", "greater_than_equal", "less_than_equal", "enum", "format",
                   // "max_length"
    QString description; // "Must be less than or equal to 2048"
};

// Checks `input` against a Cog Input schema (types, ranges incl. pydantic ge/le, allOf/$ref enums,
// direct enums, format: uri, maxLength, required). Unknown fields are ignored, as Cog does.
// `components` is openapi_schema.components.schemas (for $ref lookups). Pure.
QList<InvalidField> validateInput(const QJsonObject& input, const QJsonObject& inputSchema,
                                  const QJsonObject& components);

// "- input.width: Must be …\n" lines, the problem's detail text.
QString validationDetail(const QList<InvalidField>& fields);

// The input with every schema default filled in for absent fields (what the model "sees").
QJsonObject withDefaults(const QJsonObject& input, const QJsonObject& inputSchema);

} // namespace r8::sandbox
