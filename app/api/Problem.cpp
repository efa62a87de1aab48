#include "app/api/Problem.h"
#include "app/core/FileTr.h"

#include "app/core/Redact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::api {

R8_FILE_TR(r8::api::Problem)

namespace {

QString stringField(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}
} // namespace

Problem parseProblem(const QByteArray& body, int httpStatus)
{
    Problem p;
    p.httpStatus = httpStatus;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return p;
    const QJsonObject o = doc.object();
    p.json = true;
    p.type = stringField(o, "type");
    p.title = stringField(o, "title");
    p.detail = stringField(o, "detail");
    p.instance = stringField(o, "instance");
    const QJsonValue s = o.value(QLatin1String("status"));
    if (s.isDouble())
        p.bodyStatus = s.toInt();
    return p;
}

QString httpStatusText(int status)
{
    switch (status) {
    case 400:
        return tr("Bad request (HTTP 400)");
    case 401:
        return tr("Not authenticated (HTTP 401)");
    case 403:
        return tr("Forbidden (HTTP 403)");
    case 404:
        return tr("Not found (HTTP 404)");
    case 405:
        return tr("Method not allowed (HTTP 405)");
    case 409:
        return tr("Conflict (HTTP 409)");
    case 413:
        return tr("Request too large (HTTP 413)");
    case 422:
        return tr("Invalid request (HTTP 422)");
    case 429:
        return tr("Too many requests (HTTP 429)");
    case 500:
        return tr("Server error (HTTP 500)");
    case 502:
        return tr("Bad gateway (HTTP 502)");
    case 503:
        return tr("Service unavailable (HTTP 503)");
    case 504:
        return tr("Gateway timeout (HTTP 504)");
    default:
        return tr("HTTP %1").arg(status);
    }
}

QString Problem::message() const
{
    QString text;
    if (!detail.isEmpty() && !title.isEmpty() && title != detail)
        text = tr("%1: %2").arg(title, detail);
    else if (!detail.isEmpty())
        text = detail;
    else if (!title.isEmpty())
        text = title;
    if (text.isEmpty())
        return json ? httpStatusText(httpStatus)
                    : tr("%1; the server's answer was not the expected JSON error")
                          .arg(httpStatusText(httpStatus));
    return redact(tr("%1 (HTTP %2)").arg(text).arg(httpStatus));
}

} // namespace r8::api
