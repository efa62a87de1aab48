#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace r8::composer {

// How a form shows one input. Json is the fallback for anything the generator does not understand.
enum class FieldKind
{
    String,  // one-line text
    Text,    // multi-line text (prompt-like keys, maxLength > 200, defaults with a newline)
    Integer, // spin box / slider when bounded
    Number,  // double spin box / slider when bounded
    Boolean, // check box
    Enum,    // combo box over `choices`
    Uri,     // URL field with "Choose file…" (format: uri)
    Json,    // raw JSON editor (arrays, objects, oneOf, unknown types, broken properties)
};

// One input of a model, as the form shows it. Built by formFromInputSchema (SchemaForm.h).
struct FieldSpec
{
    QString key;   // the input's name in the request body
    QString label; // title, else the key
    QString help;  // description (may be empty)
    FieldKind kind = FieldKind::Json;
    QString declaredType;                            // the schema's "type" ("integer", …; may be empty)
    QJsonValue defaultValue = QJsonValue::Undefined; // Undefined: no default
    bool required = false;
    std::optional<double> minimum; // minimum, else pydantic ge (may be a float on integer fields)
    std::optional<double> maximum; // maximum, else le
    std::optional<int> maxLength;
    QJsonArray choices; // Enum: the allowed values (they may disagree with declaredType)
    int order = 0;      // x-order (fields without one sort last, by key)
    bool hasOrder = false;
    QJsonObject schema; // the property schema with allOf/$ref merged in (for hints and Json fields)

    bool hasDefault() const { return !defaultValue.isUndefined(); }
};

// A problem with one field of an input object; `key` is the input's name ("width"), or empty for
// the body as a whole.
struct FieldProblem
{
    QString key;
    QString message; // translated
};

const char* fieldKindName(FieldKind kind); // "string", "text", … (stable, for JSON and tests)

} // namespace r8::composer
