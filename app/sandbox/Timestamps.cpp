#include "app/sandbox/Timestamps.h"

namespace r8::sandbox {

QString isoTime(const QDateTime& t)
{
    const QDateTime u = t.isValid() ? t.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    return u.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

} // namespace r8::sandbox
