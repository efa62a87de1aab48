#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

namespace r8::sandbox {

// "/v1/models/{owner}/{name}" matched against a path; parameters collected by name.
// A segment never matches empty text, and "/" inside a parameter is not allowed.
bool matchRoute(const QString& pattern, const QString& path, QHash<QString, QString>* params);

} // namespace r8::sandbox
