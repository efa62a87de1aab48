#include "app/sandbox/Reply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::sandbox {

void Reply::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Reply::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

Reply Reply::json(const QJsonValue& value, int status)
{
    Reply r;
    r.status = status;
    r.setHeader("Content-Type", "application/json");
    r.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    r.body.append('\n');
    return r;
}

Reply Reply::problem(int status, const QString& title, const QString& detail)
{
    // Key order as recorded: title, detail, status (QJsonObject would sort them).
    QByteArray body = "{";
    if (!title.isEmpty())
        body +=
            "\"title\":" + QJsonDocument(QJsonArray{title}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
            ',';
    body +=
        "\"detail\":" + QJsonDocument(QJsonArray{detail}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    body += ",\"status\":" + QByteArray::number(status) + "}\n";
    Reply r;
    r.status = status;
    r.setHeader("Content-Type", "application/problem+json");
    r.body = body;
    return r;
}

Reply Reply::detailOnly(int status, const QString& detail)
{
    Reply r = json(QJsonObject{{QStringLiteral("detail"), detail}}, status);
    r.setHeader("Content-Type", "application/problem+json");
    return r;
}

namespace problems {
Reply missingToken()
{
    return Reply::problem(401, QStringLiteral("Unauthenticated"),
                          QStringLiteral("You did not pass an authentication token"));
}
Reply invalidToken()
{
    return Reply::problem(401, QStringLiteral("Unauthenticated"),
                          QStringLiteral("You did not pass a valid authentication token"));
}
Reply disabledToken()
{
    return Reply::problem(401, QStringLiteral("Unauthenticated"),
                          QStringLiteral("This API token has been disabled"));
}
Reply notFound()
{
    return Reply::problem(404, QString(), QStringLiteral("The requested resource could not be found."));
}
Reply invalidVersion()
{
    return Reply::problem(
        422, QStringLiteral("Invalid version or not permitted"),
        QStringLiteral(
            "The specified version does not exist (or perhaps you don't have permission to use it?)"));
}
Reply badRequest(const QString& detail)
{
    return Reply::problem(400, QStringLiteral("Bad request"), detail);
}
Reply validation(const QString& detail)
{
    return Reply::problem(422, QStringLiteral("Input validation failed"), detail);
}
} // namespace problems

} // namespace r8::sandbox
