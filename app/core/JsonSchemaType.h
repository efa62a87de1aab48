#pragma once
#include <QJsonValue>
#include <QString>

namespace r8 {

// Pure: whether a JSON value has the JSON-Schema `type` named (string, boolean, number, integer,
// array, object). An empty or unknown type accepts anything. Shared by the composer's form checks
// and the sandbox's input validation, so both judge an input the same way.
bool jsonSchemaTypeMatches(const QString& type, const QJsonValue& v);

} // namespace r8
