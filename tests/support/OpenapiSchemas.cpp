#include "tests/support/OpenapiSchemas.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace r8::test {
namespace {
void collectSchemas(const QJsonValue& v, QList<QJsonObject>* out, int depth = 0)
{
    if (depth > 64)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("openapi_schema")).isObject())
            out->append(o.value(QLatin1String("openapi_schema")).toObject());
        for (const auto& c : o)
            collectSchemas(c, out, depth + 1);
    } else if (v.isArray()) {
        for (const auto& c : v.toArray())
            collectSchemas(c, out, depth + 1);
    } else if (v.isString() && v.toString().contains(QLatin1String("openapi_schema"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (!doc.isNull())
            collectSchemas(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), out,
                           depth + 1);
    }
}
} // namespace

QList<QJsonObject> openapiSchemasIn(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QList<QJsonObject> found;
    collectSchemas(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &found);
    return found;
}

} // namespace r8::test
