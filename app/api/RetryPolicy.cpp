#include "app/api/RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace r8::api {

bool isRetryableMethod(const QByteArray& method)
{
    return method == "GET" || method == "HEAD";
}

bool isRetryableStatus(int status)
{
    return status == 429 || status == 503 || status == 504;
}

qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min<qint64>(seconds, 365LL * 24 * 3600) * 1000;
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT" (the other two obsolete forms are not accepted).
    QString s = QString::fromLatin1(v);
    if (!s.endsWith(QLatin1String(" GMT")))
        return -1;
    s.chop(4);
    QDateTime t = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!t.isValid())
        return -1;
    t.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(t));
}

int backoffDelayMs(const RetryPolicy& policy, int retry, double jitter01)
{
    const double exp = std::ldexp(double(policy.baseDelayMs), std::clamp(retry - 1, 0, 30));
    const double capped = std::min(exp, double(policy.maxDelayMs));
    const double jittered = capped * (0.8 + 0.4 * std::clamp(jitter01, 0.0, 1.0));
    return int(std::min(jittered, double(policy.maxDelayMs)));
}

} // namespace r8::api
