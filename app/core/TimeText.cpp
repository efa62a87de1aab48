#include "TimeText.h"

#include <QCoreApplication>

namespace r8 {

QString relativeAge(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return QCoreApplication::translate("r8::TimeText", "never");
    const qint64 secs = then.secsTo(now);
    if (secs < 0)
        return QCoreApplication::translate("r8::TimeText", "in the future");
    const auto n = [](qint64 v) { return static_cast<int>(v); };
    if (secs < 60)
        return QCoreApplication::translate("r8::TimeText", "just now");
    if (secs < 3600)
        return QCoreApplication::translate("r8::TimeText", "%n minute(s) ago", nullptr, n(secs / 60));
    if (secs < 86400)
        return QCoreApplication::translate("r8::TimeText", "%n hour(s) ago", nullptr, n(secs / 3600));
    const qint64 days = secs / 86400;
    if (days < 60)
        return QCoreApplication::translate("r8::TimeText", "%n day(s) ago", nullptr, n(days));
    if (days < 730)
        return QCoreApplication::translate("r8::TimeText", "%n month(s) ago", nullptr, n(days / 30));
    return QCoreApplication::translate("r8::TimeText", "%n year(s) ago", nullptr, n(days / 365));
}

} // namespace r8
