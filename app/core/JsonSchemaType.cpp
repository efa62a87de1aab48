#include "app/core/JsonSchemaType.h"

#include <cmath>

namespace r8 {

bool jsonSchemaTypeMatches(const QString& type, const QJsonValue& v)
{
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("number"))
        return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::isfinite(v.toDouble()) && std::floor(v.toDouble()) == v.toDouble();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("object"))
        return v.isObject();
    return true;
}

} // namespace r8
