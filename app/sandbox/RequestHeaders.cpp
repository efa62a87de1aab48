#include "app/sandbox/RequestHeaders.h"

#include <QList>

#include <algorithm>

namespace r8::sandbox {

std::optional<QString> parseAuthorization(const QByteArray& header)
{
    const QByteArray h = header.trimmed();
    const int space = h.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    const QByteArray scheme = h.left(space).toLower();
    const QByteArray value = h.mid(space + 1).trimmed();
    if ((scheme != "bearer" && scheme != "token") || value.isEmpty() || value.contains(' '))
        return std::nullopt;
    return QString::fromLatin1(value);
}

int parsePreferWait(const QByteArray& header, QByteArray* applied)
{
    int result = 0;
    for (const QByteArray& raw : header.split(',')) {
        const QByteArray pref = raw.trimmed();
        if (pref != "wait" && !pref.startsWith("wait=") && !pref.startsWith("wait "))
            continue;
        if (pref == "wait") {
            result = 60;
        } else {
            const int eq = pref.indexOf('=');
            if (eq < 0)
                return -1;
            const QByteArray n = pref.mid(eq + 1).trimmed();
            bool ok = false;
            const int v = n.toInt(&ok);
            if (!ok || n.isEmpty() ||
                !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) || v < 1 ||
                v > 60)
                return -1;
            result = v;
        }
        if (applied)
            *applied = pref;
    }
    return result;
}

qint64 parseCancelAfter(const QByteArray& header)
{
    const QByteArray h = header.trimmed();
    if (h.isEmpty())
        return -1;
    qint64 total = 0;
    qint64 number = -1;
    bool sawUnit = false;
    for (char c : h) {
        if (c >= '0' && c <= '9') {
            number = (number < 0 ? 0 : number) * 10 + (c - '0');
            if (number > 10'000'000)
                return -1;
        } else if (c == 's' || c == 'm' || c == 'h') {
            if (number < 0)
                return -1;
            total += number * (c == 's' ? 1 : c == 'm' ? 60 : 3600);
            number = -1;
            sawUnit = true;
        } else {
            return -1;
        }
    }
    if (number >= 0) {
        if (sawUnit)
            return -1; // "1h30" is ambiguous
        total = number;
    }
    if (total < 5 || total > 24 * 3600)
        return -1;
    return total;
}

} // namespace r8::sandbox
