#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

namespace r8::sandbox {

// Pure parsers for the request headers the sandbox understands.

// "Bearer X" / "Token X" (scheme case-insensitive, surrounding spaces ignored) → X; otherwise nullopt.
// An absent header gives nullopt too; callers tell the two apart by the header's presence.
std::optional<QString> parseAuthorization(const QByteArray& header);

// Prefer: "wait" → 60, "wait=N" (1…60) → N. Other preferences in the list are ignored.
// Returns 0 when no wait was asked for, -1 when the wait preference is malformed or out of range.
int parsePreferWait(const QByteArray& header, QByteArray* applied = nullptr);

// Cancel-After: integer seconds, or units s/m/h combined ("1h30m45s"); minimum 5 s, maximum 24 h.
// Returns seconds, or -1 when malformed / out of range.
qint64 parseCancelAfter(const QByteArray& header);

} // namespace r8::sandbox
