#include "app/composer/SchemaForm.h"
#include "app/core/FileTr.h"

#include "app/core/JsonSchemaType.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace r8::composer {

R8_FILE_TR(r8::composer::SchemaForm)

namespace {

QString num(double d)
{
    return QString::number(d, 'g', 15);
}

std::optional<double> bound(const QJsonObject& p, const char* primary, const char* pydantic)
{
    const QJsonValue v = p.contains(QLatin1String(primary)) ? p.value(QLatin1String(primary))
                                                            : p.value(QLatin1String(pydantic));
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    return std::nullopt;
}

// allOf/$ref parts are merged into the property (the property's own keys win), as Cog means them.
QJsonObject resolved(QJsonObject p, const QJsonObject& components, bool* unresolved)
{
    const QJsonValue allOf = p.value(QLatin1String("allOf"));
    if (allOf.isUndefined())
        return p;
    if (!allOf.isArray()) {
        *unresolved = true;
        return p;
    }
    for (const auto& part : allOf.toArray()) {
        QJsonObject target = part.toObject();
        const QString ref = target.value(QLatin1String("$ref")).toString();
        if (!ref.isEmpty()) {
            if (!ref.startsWith(QLatin1String("#/components/schemas/")) ||
                !components.contains(ref.section(QLatin1Char('/'), -1))) {
                *unresolved = true;
                continue;
            }
            target = components.value(ref.section(QLatin1Char('/'), -1)).toObject();
        } else if (!part.isObject()) {
            *unresolved = true;
            continue;
        }
        for (auto it = target.begin(); it != target.end(); ++it) {
            if (!p.contains(it.key()))
                p.insert(it.key(), it.value());
        }
    }
    p.remove(QLatin1String("allOf"));
    return p;
}

bool promptLike(const QString& key)
{
    static const QRegularExpression re(
        QStringLiteral("(^|_)(prompt|prompts|text|message|messages|instructions?|context|template|system|"
                       "lyrics|script)(_|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

FieldKind kindOf(const QString& key, const QJsonObject& p, bool unresolved)
{
    if (unresolved)
        return FieldKind::Json;
    if (p.contains(QLatin1String("enum")))
        return p.value(QLatin1String("enum")).toArray().isEmpty() ? FieldKind::Json : FieldKind::Enum;
    for (const char* k : {"oneOf", "anyOf", "not", "$ref", "allOf"}) {
        if (p.contains(QLatin1String(k)))
            return FieldKind::Json;
    }
    const QString type = p.value(QLatin1String("type")).toString();
    if (type == QLatin1String("integer"))
        return FieldKind::Integer;
    if (type == QLatin1String("number"))
        return FieldKind::Number;
    if (type == QLatin1String("boolean"))
        return FieldKind::Boolean;
    if (type == QLatin1String("string")) {
        if (p.value(QLatin1String("format")).toString() == QLatin1String("uri"))
            return FieldKind::Uri;
        const bool longMax = p.value(QLatin1String("maxLength")).toDouble() > 200;
        const bool newline = p.value(QLatin1String("default")).toString().contains(QLatin1Char('\n'));
        return (longMax || newline || promptLike(key)) ? FieldKind::Text : FieldKind::String;
    }
    return FieldKind::Json; // array, object, null, missing or unknown type
}

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::floor(v.toDouble()) == v.toDouble() ? QStringLiteral("integer")
                                                        : QStringLiteral("number");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("null");
    }
}

// Loose comparison, as the sandbox does: direct enums may disagree with their type ("512" vs 512).
bool choiceMatches(const QJsonValue& c, const QJsonValue& v)
{
    return c == v || (c.isString() && v.isDouble() && c.toString() == num(v.toDouble())) ||
           (c.isDouble() && v.isString() && num(c.toDouble()) == v.toString());
}

QString choiceList(const QJsonArray& values)
{
    QStringList parts;
    for (const auto& v : values)
        parts << (v.isString()
                      ? QLatin1Char('"') + v.toString() + QLatin1Char('"')
                      : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                            .mid(1)
                            .chopped(1));
    return parts.join(QStringLiteral(", "));
}
} // namespace

const char* fieldKindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::String:
        return "string";
    case FieldKind::Text:
        return "text";
    case FieldKind::Integer:
        return "integer";
    case FieldKind::Number:
        return "number";
    case FieldKind::Boolean:
        return "boolean";
    case FieldKind::Enum:
        return "enum";
    case FieldKind::Uri:
        return "uri";
    case FieldKind::Json:
        return "json";
    }
    return "json";
}

QList<FieldSpec> formFromInputSchema(const QJsonObject& inputSchema, const QJsonObject& components)
{
    QList<FieldSpec> fields;
    const QJsonObject props = inputSchema.value(QLatin1String("properties")).toObject();
    QSet<QString> required;
    for (const auto& r : inputSchema.value(QLatin1String("required")).toArray())
        required.insert(r.toString());
    for (auto it = props.begin(); it != props.end(); ++it) {
        FieldSpec f;
        f.key = it.key();
        bool unresolved = !it.value().isObject();
        const QJsonObject p = resolved(it.value().toObject(), components, &unresolved);
        f.schema = p;
        f.kind = kindOf(f.key, p, unresolved);
        const QJsonObject own = it.value().toObject();
        // Label: the property's own title (an allOf target's title is the enum's name, e.g. "scheduler").
        const QString title = own.value(QLatin1String("title")).toString();
        f.label = !title.isEmpty()   ? title
                  : !f.key.isEmpty() ? f.key
                                     : tr("(unnamed input)"); // "" is a legal key
        f.help = p.value(QLatin1String("description")).toString();
        if (f.help == QLatin1String("An enumeration.") && own.contains(QLatin1String("description")))
            f.help = own.value(QLatin1String("description")).toString();
        f.declaredType = p.value(QLatin1String("type")).toString();
        if (p.contains(QLatin1String("default")))
            f.defaultValue = p.value(QLatin1String("default"));
        f.required = required.contains(f.key);
        f.minimum = bound(p, "minimum", "ge");
        f.maximum = bound(p, "maximum", "le");
        if (p.value(QLatin1String("maxLength")).isDouble())
            f.maxLength = int(std::clamp(p.value(QLatin1String("maxLength")).toDouble(), 0.0, 2147483647.0));
        f.choices = p.value(QLatin1String("enum")).toArray();
        const QJsonValue order = p.value(QLatin1String("x-order"));
        f.hasOrder = order.isDouble() && std::isfinite(order.toDouble());
        f.order = f.hasOrder ? int(std::clamp(order.toDouble(), -1e9, 1e9)) : 0;
        fields.append(f);
    }
    std::stable_sort(fields.begin(), fields.end(), [](const FieldSpec& a, const FieldSpec& b) {
        if (a.hasOrder != b.hasOrder)
            return a.hasOrder;
        if (a.order != b.order)
            return a.order < b.order;
        return a.key < b.key;
    });
    return fields;
}

QList<FieldSpec> formFromOpenApi(const QJsonObject& openapiSchema)
{
    const QJsonObject schemas = openapiSchema.value(QLatin1String("components"))
                                    .toObject()
                                    .value(QLatin1String("schemas"))
                                    .toObject();
    return formFromInputSchema(schemas.value(QLatin1String("Input")).toObject(), schemas);
}

QJsonObject outputSchemaOf(const QJsonObject& openapiSchema)
{
    return openapiSchema.value(QLatin1String("components"))
        .toObject()
        .value(QLatin1String("schemas"))
        .toObject()
        .value(QLatin1String("Output"))
        .toObject();
}

bool outputIsConcatenated(const QJsonObject& outputSchema)
{
    return outputSchema.value(QLatin1String("x-cog-array-display")).toString() ==
           QLatin1String("concatenate");
}

QJsonObject defaultBody(const QList<FieldSpec>& fields)
{
    QJsonObject body;
    for (const FieldSpec& f : fields) {
        // A default that breaks its own schema (seen: 1.5 on an integer field) is left out: the
        // model then applies it itself, and the request stays valid.
        if (f.hasDefault() && !f.defaultValue.isNull() && valueProblem(f, f.defaultValue).isEmpty())
            body.insert(f.key, f.defaultValue);
    }
    return body;
}

QJsonValue placeholderValue(const FieldSpec& f)
{
    if (!f.choices.isEmpty())
        return f.choices.first();
    switch (f.kind) {
    case FieldKind::Integer: {
        double v = f.minimum ? std::ceil(*f.minimum) : 0.0;
        if (f.maximum && v > *f.maximum)
            v = std::floor(*f.maximum);
        return v;
    }
    case FieldKind::Number:
        return f.minimum ? *f.minimum : (f.maximum && *f.maximum < 0 ? *f.maximum : 0.0);
    case FieldKind::Boolean:
        return false;
    case FieldKind::Uri:
        return QStringLiteral("https://replicate.delivery/placeholder.png");
    case FieldKind::Json:
        if (f.declaredType == QLatin1String("array"))
            return QJsonArray();
        if (f.declaredType == QLatin1String("object"))
            return QJsonObject();
        return QString();
    default:
        return QString();
    }
}

QString valueProblem(const FieldSpec& f, const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return f.required ? tr("%1 is required.").arg(f.label) : QString();
    if (!f.choices.isEmpty()) {
        const bool found = std::any_of(f.choices.begin(), f.choices.end(),
                                       [&](const QJsonValue& c) { return choiceMatches(c, v); });
        return found ? QString() : tr("%1 must be one of: %2.").arg(f.label, choiceList(f.choices));
    }
    if (!f.declaredType.isEmpty() && !jsonSchemaTypeMatches(f.declaredType, v))
        return tr("%1 must be of type %2, not %3.").arg(f.label, f.declaredType, typeName(v));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (f.minimum && d < *f.minimum)
            return tr("%1 must be greater than or equal to %2.").arg(f.label, num(*f.minimum));
        if (f.maximum && d > *f.maximum)
            return tr("%1 must be less than or equal to %2.").arg(f.label, num(*f.maximum));
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (f.schema.value(QLatin1String("format")).toString() == QLatin1String("uri") &&
            !(s.startsWith(QLatin1String("https://")) || s.startsWith(QLatin1String("http://")) ||
              s.startsWith(QLatin1String("data:"))))
            return tr("%1 must be a URL (https://…) or a data: URI.").arg(f.label);
        if (f.maxLength && s.size() > *f.maxLength)
            return tr("%1 must be at most %2 characters long.").arg(f.label).arg(*f.maxLength);
    }
    return {};
}

QList<FieldProblem> validateInput(const QList<FieldSpec>& fields, const QJsonObject& input)
{
    QList<FieldProblem> out;
    for (const FieldSpec& f : fields) {
        const QString problem = valueProblem(f, input.value(f.key));
        if (!problem.isEmpty())
            out.append({f.key, problem});
    }
    return out;
}

std::optional<QJsonValue> valueFromText(const FieldSpec& f, const QString& text, QString* error)
{
    const QString t = text.trimmed();
    if (!f.choices.isEmpty()) {
        for (const auto& c : f.choices) {
            if (choiceMatches(c, QJsonValue(text)) || (c.isString() && c.toString() == text))
                return c;
        }
        *error = tr("%1 must be one of: %2.").arg(f.label, choiceList(f.choices));
        return std::nullopt;
    }
    switch (f.kind) {
    case FieldKind::Integer: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok) {
            *error = tr("%1 needs a whole number, not “%2”.").arg(f.label, text);
            return std::nullopt;
        }
        return QJsonValue(double(v));
    }
    case FieldKind::Number: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            *error = tr("%1 needs a number, not “%2”.").arg(f.label, text);
            return std::nullopt;
        }
        return v;
    }
    case FieldKind::Boolean: {
        const QString l = t.toLower();
        if (l == QLatin1String("true") || l == QLatin1String("yes") || l == QLatin1String("1") ||
            l == QLatin1String("on"))
            return true;
        if (l == QLatin1String("false") || l == QLatin1String("no") || l == QLatin1String("0") ||
            l == QLatin1String("off"))
            return false;
        *error = tr("%1 needs true or false, not “%2”.").arg(f.label, text);
        return std::nullopt;
    }
    case FieldKind::Json: {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &pe);
        if (pe.error != QJsonParseError::NoError || doc.array().size() != 1) {
            if (f.declaredType.isEmpty() || f.declaredType == QLatin1String("string"))
                return QJsonValue(text); // an unknown part that takes plain text
            *error = tr("%1 needs JSON (%2), which “%3” is not.").arg(f.label, f.declaredType, text);
            return std::nullopt;
        }
        return doc.array().first();
    }
    default:
        return QJsonValue(text);
    }
}

} // namespace r8::composer
