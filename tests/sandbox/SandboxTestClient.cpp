#include "tests/sandbox/SandboxTestClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>

namespace r8::test {

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QUrl SandboxTestClient::url(const QString& path) const
{
    if (path.startsWith(QLatin1String("http")))
        return QUrl(path);
    QUrl u = m_base;
    const int q = int(path.indexOf(QLatin1Char('?')));
    u.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

HttpResult SandboxTestClient::call(const QByteArray& method, const QString& path, const QString& token,
                                   const QByteArray& body,
                                   const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    QNetworkRequest req(url(path));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& h : headers)
        req.setRawHeader(h.first, h.second);
    QElapsedTimer t;
    t.start();
    QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    HttpResult r;
    r.elapsedMs = t.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.networkError = reply->error();
    reply->deleteLater();
    return r;
}

} // namespace r8::test
