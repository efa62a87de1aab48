#include "app/sandbox/RoutePattern.h"

namespace r8::sandbox {

bool matchRoute(const QString& pattern, const QString& path, QHash<QString, QString>* params)
{
    QString p = path;
    if (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList got = p.split(QLatin1Char('/'));
    if (want.size() != got.size())
        return false;
    QHash<QString, QString> found;
    for (int i = 0; i < want.size(); ++i) {
        const QString& w = want.at(i);
        if (w.startsWith(QLatin1Char('{')) && w.endsWith(QLatin1Char('}'))) {
            if (got.at(i).isEmpty())
                return false;
            found.insert(w.mid(1, w.size() - 2), got.at(i));
        } else if (w != got.at(i)) {
            return false;
        }
    }
    if (params)
        *params = found;
    return true;
}

} // namespace r8::sandbox
