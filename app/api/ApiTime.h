#pragma once
#include <QDateTime>
#include <QString>

namespace r8::api {

// Parses an RFC 3339 timestamp as the API sends it: "2023-11-16T11:46:16.064900134Z", with 0–9
// fractional digits (kept to the millisecond) and "Z" or a "+hh:mm" offset. Invalid on anything else.
// Pure; safe to fuzz.
QDateTime parseApiTime(const QString& text);

} // namespace r8::api
