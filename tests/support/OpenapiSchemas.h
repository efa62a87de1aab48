#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace r8::test {

// Every "openapi_schema" object in a recorded exchange (at any depth, also inside JSON-in-string
// bodies), in document order, duplicates included. Qt Core only: the fuzz seed tool uses it too.
QList<QJsonObject> openapiSchemasIn(const QByteArray& json);

} // namespace r8::test
