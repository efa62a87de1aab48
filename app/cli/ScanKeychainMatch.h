#pragma once
#include "app/scan/Finding.h"

#include <QHash>
#include <QList>
#include <QString>

namespace r8::cli {

// Marks the findings that are keychain tokens (record id), reading the stored secrets only when
// there is something to compare. Returns record id → name, or a translated note in *note when the
// keychain could not be read (not an error: the findings stand).
QHash<QString, QString> matchKeychainTokens(QList<scan::Finding>& findings, QString* note);

// --verify: GET /v1/account with each token that is not a keychain token. Fills Finding::live.
void verifyUnknownTokens(QList<scan::Finding>& findings, const QString& baseUrl);

} // namespace r8::cli
