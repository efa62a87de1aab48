#pragma once
#include <QString>
#include <QStringList>

namespace r8 {

// "r8_••••…Ab12": the prefix (if any), a fixed run of dots, and the last four characters.
// The length of the secret is deliberately not revealed.
QString maskToken(const QString& token);

// The last four characters of a token (its "hint", as the tokens API calls it).
QString tokenHint(const QString& token);

// Masks every r8_ token found in free text, plus each of the given secrets (of any shape).
// Use it on anything that is shown or logged: URLs, headers, error messages.
QString redact(const QString& text, const QStringList& knownSecrets = {});

} // namespace r8
