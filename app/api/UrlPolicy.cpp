#include "app/api/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace r8::api {

namespace {
int effectivePort(const QUrl& u)
{
    const QString s = u.scheme().toLower();
    return u.port(s == QLatin1String("https") ? 443 : s == QLatin1String("http") ? 80 : -1);
}
} // namespace

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress addr(host);
    return !addr.isNull() && addr.isLoopback();
}

QString transportProblem(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("r8::api", "“%1” is not a usable URL.").arg(url.toDisplayString());
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QCoreApplication::translate(
                   "r8::api",
                   "Refusing plain http to %1: only https is allowed, except to this computer (loopback).")
            .arg(url.host());
    }
    return QCoreApplication::translate("r8::api", "Unsupported URL scheme “%1”: use https.")
        .arg(url.scheme());
}

QUrl resolveApiUrl(const QUrl& base, const QString& path)
{
    const QUrl given(path);
    if (!given.isRelative())
        return given;
    QUrl b = base;
    QString p = b.path();
    if (!p.endsWith(QLatin1Char('/')))
        b.setPath(p + QLatin1Char('/'));
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    return b.resolved(QUrl(rel));
}

QString baseUrlProblem(const QUrl& base)
{
    if (base.isRelative() || base.host().isEmpty())
        return QCoreApplication::translate("r8::api", "“%1” is not an absolute URL (expected e.g. %2).")
            .arg(base.toDisplayString(), QStringLiteral("https://api.replicate.com/v1"));
    if (base.hasQuery() || base.hasFragment() || !base.userInfo().isEmpty())
        return QCoreApplication::translate("r8::api", "A base URL has no query, fragment or user name: “%1”.")
            .arg(base.toDisplayString());
    return transportProblem(base);
}

} // namespace r8::api
