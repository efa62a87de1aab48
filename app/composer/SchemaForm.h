#pragma once
#include "app/composer/FieldSpec.h"

#include <QJsonObject>
#include <QList>

namespace r8::composer {

// Schema → form description. Pure; never fails: parts it cannot read become Json fields.
// `inputSchema` is components.schemas.Input; `components` is components.schemas (for $ref).
QList<FieldSpec> formFromInputSchema(const QJsonObject& inputSchema, const QJsonObject& components);
// The same from a whole Cog openapi_schema (finds components.schemas.Input). Empty when absent.
QList<FieldSpec> formFromOpenApi(const QJsonObject& openapiSchema);

// components.schemas.Output of a Cog openapi_schema (empty when absent).
QJsonObject outputSchemaOf(const QJsonObject& openapiSchema);
// True when the output is a token iterator shown as one text (x-cog-array-display: concatenate).
bool outputIsConcatenated(const QJsonObject& outputSchema);

// The `input` object of every default. Fields without a default, with a null default, or with a
// default that breaks the field's own schema (a real Cog schema has 1.5 on an integer) are left out.
QJsonObject defaultBody(const QList<FieldSpec>& fields);

// A value of the field's kind to start from when it has no default ("" / 0 / false / first choice
// / minimum …); what a form puts in a required field the user has not filled in yet.
QJsonValue placeholderValue(const FieldSpec& field);

// Problems of `input` against the fields: required, types, ranges, enums, uri format, maxLength —
// the rules of the sandbox's 422 (app/sandbox/InputValidator), with the field's key. Unknown keys
// are not problems (Cog ignores them). In form order.
QList<FieldProblem> validateInput(const QList<FieldSpec>& fields, const QJsonObject& input);

// The problem of one value for one field (translated), or empty when it fits. Pure.
QString valueProblem(const FieldSpec& field, const QJsonValue& value);

// Text typed into a form field or given on the command line (`key=value`) → the JSON value the
// field takes. Integer "7", Number "0.5", Boolean "true/false/yes/no/1/0", Enum matched against the
// choices (also "512" for 512), Json parsed, String/Text/Uri as is. Empty optional + *error when
// the text does not fit.
std::optional<QJsonValue> valueFromText(const FieldSpec& field, const QString& text, QString* error);

} // namespace r8::composer
