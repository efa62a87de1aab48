#include "app/api/ApiRequest.h"

#include "app/api/UrlPolicy.h"
#include "app/core/Redact.h"

#include <QRegularExpression>

namespace r8::api {

ApiRequest ApiRequest::get(const QUrl& url)
{
    ApiRequest r;
    r.url = url;
    return r;
}

ApiRequest ApiRequest::postJson(const QUrl& url, const QByteArray& json)
{
    ApiRequest r;
    r.method = "POST";
    r.url = url;
    r.body = json;
    if (!json.isEmpty())
        r.headers.append(Header("Content-Type", "application/json"));
    return r;
}

QByteArray findHeader(const QList<Header>& headers, const QByteArray& name)
{
    for (const Header& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray ApiRequest::header(const QByteArray& name) const
{
    return findHeader(headers, name);
}

QByteArray ApiResult::header(const QByteArray& name) const
{
    return findHeader(headers, name);
}

int readTimeoutFor(const ApiRequest& request, const Timeouts& timeouts)
{
    if (request.readTimeoutMs > 0)
        return request.readTimeoutMs;
    static const QRegularExpression wait(
        QStringLiteral(R"((?:^|[,;\s])wait(?:\s*=\s*(\d{1,4}))?(?:$|[,;\s]))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = wait.match(QString::fromLatin1(request.header("Prefer")));
    if (m.hasMatch()) {
        const int seconds = m.captured(1).isEmpty() ? 60 : m.captured(1).toInt();
        return (seconds + 5) * 1000;
    }
    return timeouts.readMs;
}

QString describeRequest(const ApiRequest& request, const ApiTarget& target, bool withAuthorization)
{
    QString text = QString::fromLatin1(request.method) + QLatin1Char(' ') + request.url.toString();
    if (withAuthorization && !target.token.isEmpty() && sameOrigin(request.url, target.baseUrl))
        text += QStringLiteral("\nAuthorization: Bearer ") + target.token;
    for (const Header& h : request.headers)
        text += QLatin1Char('\n') + QString::fromLatin1(h.first) + QStringLiteral(": ") +
                QString::fromUtf8(h.second);
    return redact(text, {target.token});
}

} // namespace r8::api
