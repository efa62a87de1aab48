#include "app/api/ApiTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace r8::api {

QDateTime parseApiTime(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|([+-])(\d{2}):(\d{2}))$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = m.captured(7);
    const int ms = fraction.isEmpty() ? 0 : fraction.leftJustified(3, QLatin1Char('0')).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime t(date, time, Qt::UTC);
    if (!m.captured(9).isEmpty()) {
        const int offset = m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60;
        if (m.captured(10).toInt() > 23 || m.captured(11).toInt() > 59)
            return {};
        t = t.addSecs(m.captured(9) == QLatin1String("+") ? -offset : offset);
    }
    return t;
}

} // namespace r8::api
