#include "app/composer/RunError.h"
#include "app/core/FileTr.h"

#include "app/core/Redact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace r8::composer {

R8_FILE_TR(r8::composer::RunError)

namespace {

QString fieldKey(QString field)
{
    if (field.startsWith(QLatin1String("input.")))
        field.remove(0, 6);
    return field;
}
} // namespace

QList<FieldProblem> parseValidationFields(const QByteArray& body)
{
    QList<FieldProblem> out;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const auto& v : o.value(QLatin1String("invalid_fields")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString field = f.value(QLatin1String("field")).toString();
        if (!field.isEmpty())
            out.append({fieldKey(field), redact(f.value(QLatin1String("description")).toString())});
    }
    if (!out.isEmpty())
        return out;
    static const QRegularExpression line(QStringLiteral("^\\s*-\\s*([A-Za-z0-9_.\\[\\]-]+)\\s*:\\s*(.+)$"),
                                         QRegularExpression::MultilineOption);
    auto it = line.globalMatch(o.value(QLatin1String("detail")).toString());
    while (it.hasNext()) {
        const auto m = it.next();
        out.append({fieldKey(m.captured(1)), redact(m.captured(2).trimmed())});
    }
    return out;
}

QDateTime retryTimeFor(const api::ApiResult& result, const QDateTime& now)
{
    if (result.retryAt.isValid())
        return result.retryAt;
    static const QRegularExpression resets(QStringLiteral("resets in ~?(\\d{1,6})\\s*s"));
    const auto m = resets.match(result.problem.detail);
    if (m.hasMatch())
        return now.addSecs(m.captured(1).toLongLong());
    return {};
}

RunError explainResult(const api::ApiResult& r)
{
    using K = api::ApiResult::Kind;
    RunError e;
    e.status = r.status;
    switch (r.kind) {
    case K::Ok:
        e.kind = RunError::Kind::Other;
        e.message = tr("No error.");
        return e;
    case K::Network:
        e.kind = RunError::Kind::Network;
        break;
    case K::Timeout:
        e.kind = RunError::Kind::Timeout;
        break;
    case K::Tls:
        e.kind = RunError::Kind::Tls;
        break;
    case K::Refused:
        e.kind = RunError::Kind::Refused;
        break;
    case K::Canceled:
        e.kind = RunError::Kind::Canceled;
        break;
    case K::HttpError:
        break;
    }
    if (r.kind != K::HttpError) {
        e.message = r.error;
        return e;
    }
    const QString server = r.problem.message();
    if (r.tokenWithheld && (r.status == 401 || r.status == 403)) {
        // The token was not sent (another origin): a refusal there says nothing about it.
        e.kind = RunError::Kind::Refused;
        e.message = tr("%1 is on another origin than the API, so the token was not sent there, and it "
                       "answered HTTP %2. Server said: %3")
                        .arg(r.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString())
                        .arg(r.status)
                        .arg(server);
        return e;
    }
    switch (r.status) {
    case 401:
        e.kind = RunError::Kind::TokenRejected;
        e.message =
            tr("The token was rejected (HTTP 401): it is wrong, disabled or expired. Verify it, or rotate "
               "it. Server said: %1")
                .arg(server);
        break;
    case 403:
        e.kind = RunError::Kind::Forbidden;
        e.message = tr("The token may not do this (HTTP 403). Server said: %1").arg(server);
        break;
    case 404:
        e.kind = RunError::Kind::NotFound;
        e.message =
            tr("Not found (HTTP 404): check the model, version or deployment name — or this model is not "
               "an official one, so give OWNER/NAME:VERSION. Server said: %1")
                .arg(server);
        break;
    case 422: {
        e.kind = RunError::Kind::InvalidInput;
        e.fields = parseValidationFields(r.body);
        QStringList parts;
        for (const FieldProblem& f : e.fields)
            parts << QStringLiteral("%1: %2").arg(f.key, f.message);
        e.message =
            parts.isEmpty()
                ? tr("The server refused the request (HTTP 422): %1").arg(server)
                : tr("The server refused the input (HTTP 422): %1").arg(parts.join(QStringLiteral("; ")));
        break;
    }
    case 429: {
        e.kind = RunError::Kind::RateLimited;
        e.retryAt = retryTimeFor(r, QDateTime::currentDateTimeUtc());
        const qint64 secs =
            e.retryAt.isValid() ? std::max<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(e.retryAt)) : -1;
        e.message = secs > 0
                        ? tr("Too many requests (HTTP 429): try again in %1 s (at %2).")
                              .arg(secs)
                              .arg(e.retryAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                        : tr("Too many requests (HTTP 429): wait a moment and try again. Server said: %1")
                              .arg(server);
        break;
    }
    default:
        e.kind = r.status >= 500 ? RunError::Kind::Server : RunError::Kind::Other;
        e.message = r.error.isEmpty() ? server : r.error;
    }
    e.message = redact(e.message);
    return e;
}

} // namespace r8::composer
