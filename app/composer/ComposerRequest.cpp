#include "app/composer/ComposerRequest.h"
#include "app/core/FileTr.h"

#include "app/api/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace r8::composer {

R8_FILE_TR(r8::composer::ComposerRequest)

QByteArray ComposerRequest::preferHeader() const
{
    if (!wait || stream)
        return {};
    return waitSeconds > 0 ? "wait=" + QByteArray::number(waitSeconds) : QByteArray("wait");
}

QJsonObject requestBodyObject(const ComposerRequest& r)
{
    QJsonObject body;
    if (r.target.kind == Target::Kind::Version)
        body.insert(QStringLiteral("version"), r.target.version);
    body.insert(QStringLiteral("input"), r.input);
    if (r.stream)
        body.insert(QStringLiteral("stream"), true);
    if (!r.webhook.isEmpty())
        body.insert(QStringLiteral("webhook"), r.webhook);
    if (!r.webhookEvents.isEmpty())
        body.insert(QStringLiteral("webhook_events_filter"), QJsonArray::fromStringList(r.webhookEvents));
    return body;
}

QByteArray requestBody(const ComposerRequest& r, bool indented)
{
    return QJsonDocument(requestBodyObject(r))
        .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

api::ApiRequest buildApiRequest(const ComposerRequest& r, const QUrl& baseUrl)
{
    api::ApiRequest req =
        api::ApiRequest::postJson(api::resolveApiUrl(baseUrl, r.target.createPath()), requestBody(r));
    const QByteArray prefer = r.preferHeader();
    if (!prefer.isEmpty())
        req.headers.append({"Prefer", prefer});
    if (!r.cancelAfter.trimmed().isEmpty())
        req.headers.append({"Cancel-After", r.cancelAfter.trimmed().toLatin1()});
    for (const api::Header& h : r.extraHeaders) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue;
        bool replaced = false;
        for (api::Header& existing : req.headers) {
            if (existing.first.compare(h.first, Qt::CaseInsensitive) == 0) {
                existing.second = h.second;
                replaced = true;
            }
        }
        if (!replaced)
            req.headers.append(h);
    }
    return req;
}

qint64 parseCancelAfter(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    static const QRegularExpression units(
        QStringLiteral("^(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})s)?$"));
    qint64 seconds = -1;
    if (digits.match(t).hasMatch()) {
        seconds = t.toLongLong();
    } else if (!t.isEmpty()) {
        const auto m = units.match(t);
        if (!m.hasMatch())
            return -1;
        seconds =
            m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
    }
    return (seconds >= 5 && seconds <= 24 * 3600) ? seconds : -1;
}

QStringList requestProblems(const ComposerRequest& r)
{
    QStringList out;
    if (r.wait && !r.stream && (r.waitSeconds < 0 || r.waitSeconds > 60))
        out << tr("Wait time must be from 1 to 60 seconds (or 0 for the default of 60), not %1.")
                   .arg(r.waitSeconds);
    if (!r.cancelAfter.trimmed().isEmpty() && parseCancelAfter(r.cancelAfter) < 0)
        out << tr("Cancel-After “%1” is not a duration from 5 seconds to 24 hours (e.g. 300, 90s, 1h30m).")
                   .arg(r.cancelAfter);
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const api::Header& h : r.extraHeaders) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            out << tr("Remove the Authorization header: r8desk adds the chosen token itself, and only for "
                      "the API.");
        else if (!token.match(QString::fromLatin1(h.first)).hasMatch())
            out << tr("“%1” is not a valid header name.").arg(QString::fromLatin1(h.first));
        else if (h.second.contains('\n') || h.second.contains('\r'))
            out << tr("The value of header “%1” must be one line.").arg(QString::fromLatin1(h.first));
    }
    if (!r.webhook.isEmpty()) {
        const QUrl u(r.webhook, QUrl::StrictMode);
        if (!u.isValid() || u.scheme() != QLatin1String("https") || u.host().isEmpty())
            out << tr("The webhook must be an https:// URL.");
    }
    return out;
}

QJsonObject composerRequestToJson(const ComposerRequest& r)
{
    QJsonArray headers;
    for (const api::Header& h : r.extraHeaders) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) != 0)
            headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
    }
    QJsonObject o{{QStringLiteral("target"), r.target.text()},
                  {QStringLiteral("input"), r.input},
                  {QStringLiteral("wait"), r.wait},
                  {QStringLiteral("wait_seconds"), r.waitSeconds},
                  {QStringLiteral("stream"), r.stream}};
    if (!r.cancelAfter.isEmpty())
        o.insert(QStringLiteral("cancel_after"), r.cancelAfter);
    if (!r.webhook.isEmpty())
        o.insert(QStringLiteral("webhook"), r.webhook);
    if (!r.webhookEvents.isEmpty())
        o.insert(QStringLiteral("webhook_events_filter"), QJsonArray::fromStringList(r.webhookEvents));
    if (!headers.isEmpty())
        o.insert(QStringLiteral("headers"), headers);
    return o;
}

std::optional<ComposerRequest> composerRequestFromJson(const QJsonObject& o, QString* error)
{
    ComposerRequest r;
    const auto target = parseTarget(o.value(QLatin1String("target")).toString(), error);
    if (!target)
        return std::nullopt;
    r.target = *target;
    r.input = o.value(QLatin1String("input")).toObject();
    r.wait = o.value(QLatin1String("wait")).toBool(true);
    r.waitSeconds = o.value(QLatin1String("wait_seconds")).toInt();
    r.stream = o.value(QLatin1String("stream")).toBool();
    r.cancelAfter = o.value(QLatin1String("cancel_after")).toString();
    r.webhook = o.value(QLatin1String("webhook")).toString();
    for (const auto& e : o.value(QLatin1String("webhook_events_filter")).toArray())
        r.webhookEvents << e.toString();
    for (const auto& h : o.value(QLatin1String("headers")).toArray()) {
        const QJsonArray pair = h.toArray();
        const QByteArray name = pair.at(0).toString().toLatin1();
        if (pair.size() == 2 && !name.isEmpty() && name.compare("Authorization", Qt::CaseInsensitive) != 0)
            r.extraHeaders.append({name, pair.at(1).toString().toUtf8()});
    }
    return r;
}

} // namespace r8::composer
