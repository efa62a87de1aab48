#include "app/sandbox/FaultSpec.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QStringList>

namespace r8::sandbox {

R8_FILE_TR(r8::sandbox::FaultSpec)

namespace {

bool parseRate(const QString& text, double* rate)
{
    bool ok = false;
    *rate = text.toDouble(&ok);
    return ok && *rate >= 0 && *rate <= 1;
}

const QStringList& areas()
{
    static const QStringList a{QStringLiteral("account"), QStringLiteral("tokens"),
                               QStringLiteral("models"),  QStringLiteral("predictions"),
                               QStringLiteral("create"),  QStringLiteral("files")};
    return a;
}
} // namespace

bool FaultSpec::isEmpty() const
{
    return latencyMs == 0 && error.rate == 0 && errorByArea.isEmpty() && malformed == 0 && truncate == 0 &&
           drop == 0 && stall == 0;
}

bool FaultSpec::parse(const QString& text, FaultSpec* out, QString* error)
{
    FaultSpec spec;
    auto fail = [&](const QString& m) {
        if (error)
            *error = m;
        return false;
    };
    for (const QString& rawItem : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = rawItem.trimmed();
        const int eq = item.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(tr("--faults: “%1” is not of the form NAME=VALUE").arg(item));
        const QString key = item.left(eq).trimmed();
        const QString value = item.mid(eq + 1).trimmed();
        if (key == QLatin1String("latency")) {
            bool ok = false;
            spec.latencyMs =
                value.endsWith(QLatin1String("ms")) ? value.chopped(2).toInt(&ok) : value.toInt(&ok);
            if (!ok || spec.latencyMs < 0 || spec.latencyMs > 600000)
                return fail(
                    tr("--faults: latency must be a number of milliseconds (0…600000), not “%1”").arg(value));
        } else if (key == QLatin1String("error") || key.startsWith(QLatin1String("error."))) {
            ErrorRate er;
            const QStringList parts = value.split(QLatin1Char(':'));
            if (parts.size() > 2 || !parseRate(parts.first(), &er.rate))
                return fail(tr("--faults: %1 needs RATE[:STATUS] with RATE between 0 and 1, not “%2”")
                                .arg(key, value));
            if (parts.size() == 2) {
                er.status = parts.at(1).toInt();
                if (er.status != 500 && er.status != 502 && er.status != 503 && er.status != 504)
                    return fail(tr("--faults: %1 status must be 500, 502, 503 or 504, not “%2”")
                                    .arg(key, parts.at(1)));
            }
            if (key == QLatin1String("error")) {
                spec.error = er;
            } else {
                const QString area = key.mid(6);
                if (!areas().contains(area))
                    return fail(tr("--faults: unknown area “%1” (use one of: %2)")
                                    .arg(area, areas().join(QStringLiteral(", "))));
                spec.errorByArea.insert(area, er);
            }
        } else if (key == QLatin1String("malformed") || key == QLatin1String("truncate") ||
                   key == QLatin1String("drop") || key == QLatin1String("stall")) {
            double rate = 0;
            if (!parseRate(value, &rate))
                return fail(tr("--faults: %1 must be a fraction between 0 and 1, not “%2”").arg(key, value));
            (key == QLatin1String("malformed")  ? spec.malformed
             : key == QLatin1String("truncate") ? spec.truncate
             : key == QLatin1String("drop")     ? spec.drop
                                                : spec.stall) = rate;
        } else {
            return fail(tr("--faults: unknown fault “%1” (known: latency, error, error.AREA, malformed, "
                           "truncate, drop, stall)")
                            .arg(key));
        }
    }
    *out = spec;
    return true;
}

} // namespace r8::sandbox
