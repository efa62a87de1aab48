#pragma once
#include <QDateTime>
#include <QString>

namespace r8::sandbox {

// RFC 3339 UTC with six fractional digits and "Z", as the real API mostly writes them.
QString isoTime(const QDateTime& t);

} // namespace r8::sandbox
