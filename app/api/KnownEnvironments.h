#pragma once
#include <QStringList>

namespace r8 {
class TokenVault;
}
namespace r8::api {

class EnvironmentStore;

// Every environment r8desk knows of: the well-known ones, those in the environment store (custom
// base URLs) and every label a stored token carries. Well-known first, then the others by name;
// no duplicates (labels compare case-insensitively). Either source may be null.
QStringList knownEnvironments(const EnvironmentStore* store, const r8::TokenVault* vault);

// The known environment `name` refers to (as spelled in knownEnvironments()), or empty.
QString findEnvironment(const EnvironmentStore* store, const r8::TokenVault* vault, const QString& name);

} // namespace r8::api
