#include "app/core/TimeText.h"

#include <QCoreApplication>

namespace r8 {

QString relativeAge(const QDateTime& then, const QDateTime& now)
{
    if (!then.isValid())
        return QCoreApplication::translate("r8::TimeText", "never");
    const qint64 secs = then.secsTo(now);
    if (secs < 0)
        return QCoreApplication::translate("r8::TimeText", "in the future");
    // Singular and plural spelled out, so the English text is right without a translation file.
    const auto ago = [](qint64 v, const char* one, const char* many) {
        return v == 1 ? QCoreApplication::translate("r8::TimeText", one)
                      : QCoreApplication::translate("r8::TimeText", many).arg(v);
    };
    if (secs < 60)
        return QCoreApplication::translate("r8::TimeText", "just now");
    if (secs < 3600)
        return ago(secs / 60, QT_TRANSLATE_NOOP("r8::TimeText", "1 minute ago"),
                   QT_TRANSLATE_NOOP("r8::TimeText", "%1 minutes ago"));
    if (secs < 86400)
        return ago(secs / 3600, QT_TRANSLATE_NOOP("r8::TimeText", "1 hour ago"),
                   QT_TRANSLATE_NOOP("r8::TimeText", "%1 hours ago"));
    const qint64 days = secs / 86400;
    if (days < 60)
        return ago(days, QT_TRANSLATE_NOOP("r8::TimeText", "1 day ago"),
                   QT_TRANSLATE_NOOP("r8::TimeText", "%1 days ago"));
    if (days < 730)
        return ago(days / 30, QT_TRANSLATE_NOOP("r8::TimeText", "1 month ago"),
                   QT_TRANSLATE_NOOP("r8::TimeText", "%1 months ago"));
    return ago(days / 365, QT_TRANSLATE_NOOP("r8::TimeText", "1 year ago"),
               QT_TRANSLATE_NOOP("r8::TimeText", "%1 years ago"));
}

} // namespace r8
