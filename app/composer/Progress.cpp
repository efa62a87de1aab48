#include "app/composer/Progress.h"

#include <QRegularExpression>

namespace r8::composer {

std::optional<Progress> parseProgress(const QString& logs)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,3})%\\s*\\|.+?\\|\\s*(\\d{1,15})/(\\d{1,15})"));
    qsizetype end = logs.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start >= 0 && logs[start] != QLatin1Char('\n') && logs[start] != QLatin1Char('\r'))
            --start;
        const QString line = logs.mid(start + 1, end - start - 1);
        if (!line.isEmpty()) {
            const auto m = re.match(line);
            if (m.hasMatch()) {
                Progress p;
                p.percent = std::min(100, m.captured(1).toInt());
                p.current = m.captured(2).toLongLong();
                p.total = m.captured(3).toLongLong();
                return p;
            }
        }
        end = start;
    }
    return std::nullopt;
}

} // namespace r8::composer
