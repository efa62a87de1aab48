#include "app/sandbox/InputValidator.h"

#include "app/core/JsonSchemaType.h"

#include <QJsonArray>

#include <cmath>

namespace r8::sandbox {

namespace {
QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return std::floor(d) == d ? QStringLiteral("integer") : QStringLiteral("number");
    }
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QStringLiteral("undefined");
    }
}

QString num(double d)
{
    return QString::number(d, 'g', 15);
}

QString quotedList(const QJsonArray& values)
{
    QStringList parts;
    for (const auto& v : values)
        parts << (v.isString() ? QLatin1Char('"') + v.toString() + QLatin1Char('"') : num(v.toDouble()));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QList<InvalidField> validateInput(const QJsonObject& input, const QJsonObject& inputSchema,
                                  const QJsonObject& components)
{
    QList<InvalidField> out;
    const QJsonObject props = inputSchema.value(QLatin1String("properties")).toObject();
    for (const auto& req : inputSchema.value(QLatin1String("required")).toArray()) {
        const QString name = req.toString();
        if (!input.contains(name) || input.value(name).isNull())
            out.append({QStringLiteral("input.") + name, QStringLiteral("required"),
                        name + QStringLiteral(" is required")});
    }
    // Fields in x-order, so that messages come in form order.
    QStringList names = props.keys();
    std::sort(names.begin(), names.end(), [&](const QString& a, const QString& b) {
        return props.value(a).toObject().value(QLatin1String("x-order")).toInt() <
               props.value(b).toObject().value(QLatin1String("x-order")).toInt();
    });
    for (const QString& name : names) {
        if (!input.contains(name) || input.value(name).isNull())
            continue;
        const QJsonValue v = input.value(name);
        QJsonObject p = props.value(name).toObject();
        const QString field = QStringLiteral("input.") + name;
        // allOf + $ref: the referenced schema carries type and enum.
        for (const auto& part : p.value(QLatin1String("allOf")).toArray()) {
            const QString ref = part.toObject().value(QLatin1String("$ref")).toString();
            const QJsonObject target = components.value(ref.section(QLatin1Char('/'), -1)).toObject();
            for (auto it = target.begin(); it != target.end(); ++it)
                if (!p.contains(it.key()))
                    p.insert(it.key(), it.value());
        }
        const QString type = p.value(QLatin1String("type")).toString();
        const QJsonArray choices = p.value(QLatin1String("enum")).toArray();
        if (!choices.isEmpty()) {
            // Direct enums may disagree with their type (seen: ["512","256"] on an integer); compare loosely.
            bool found = false;
            for (const auto& c : choices)
                found = found || c == v ||
                        (c.isString() && v.isDouble() && c.toString() == num(v.toDouble())) ||
                        (c.isDouble() && v.isString() && num(c.toDouble()) == v.toString());
            if (!found) {
                out.append({field, QStringLiteral("enum"),
                            name + QStringLiteral(" must be one of the following: ") + quotedList(choices)});
            }
            continue;
        }
        if (!type.isEmpty() && !jsonSchemaTypeMatches(type, v)) {
            out.append({field, QStringLiteral("invalid_type"),
                        QStringLiteral("Invalid type. Expected: %1, given: %2").arg(type, typeName(v))});
            continue;
        }
        if (v.isDouble()) {
            const double d = v.toDouble();
            const QJsonValue lo = p.contains(QLatin1String("minimum")) ? p.value(QLatin1String("minimum"))
                                                                       : p.value(QLatin1String("ge"));
            const QJsonValue hi = p.contains(QLatin1String("maximum")) ? p.value(QLatin1String("maximum"))
                                                                       : p.value(QLatin1String("le"));
            if (lo.isDouble() && d < lo.toDouble())
                out.append({field, QStringLiteral("greater_than_equal"),
                            QStringLiteral("Must be greater than or equal to ") + num(lo.toDouble())});
            else if (hi.isDouble() && d > hi.toDouble())
                out.append({field, QStringLiteral("less_than_equal"),
                            QStringLiteral("Must be less than or equal to ") + num(hi.toDouble())});
        }
        if (v.isString()) {
            const QString s = v.toString();
            if (p.value(QLatin1String("format")).toString() == QLatin1String("uri") &&
                !(s.startsWith(QLatin1String("https://")) || s.startsWith(QLatin1String("http://")) ||
                  s.startsWith(QLatin1String("data:"))))
                out.append({field, QStringLiteral("format"), QStringLiteral("Does not match format 'uri'")});
            else if (p.contains(QLatin1String("maxLength")) &&
                     s.size() > p.value(QLatin1String("maxLength")).toInt())
                out.append({field, QStringLiteral("max_length"),
                            QStringLiteral("String length must be less than or equal to %1")
                                .arg(p.value(QLatin1String("maxLength")).toInt())});
        }
    }
    return out;
}

QString validationDetail(const QList<InvalidField>& fields)
{
    QString s;
    for (const auto& f : fields)
        s += QStringLiteral("- ") + f.field + QStringLiteral(": ") + f.description + QLatin1Char('\n');
    return s;
}

QJsonObject withDefaults(const QJsonObject& input, const QJsonObject& inputSchema)
{
    QJsonObject out = input;
    const QJsonObject props = inputSchema.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (!out.contains(it.key()) && p.contains(QLatin1String("default")))
            out.insert(it.key(), p.value(QLatin1String("default")));
    }
    return out;
}

} // namespace r8::sandbox
