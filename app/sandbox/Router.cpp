#include "app/sandbox/Router.h"

#include "app/sandbox/RequestHeaders.h"
#include "app/sandbox/RoutePattern.h"
#include "app/sandbox/SandboxState.h"

namespace r8::sandbox {

void Router::dispatch(const IncomingRequestPtr& req)
{
    // POST /v1/files: the transport bounded the body (ConnectionLimits::maxUploadBytes); the route
    // checks the file part against the files API's limit.
    const bool upload = req->method == "POST" &&
                        (req->path == QLatin1String("/v1/files") || req->path == QLatin1String("/v1/files/"));
    if (!upload && (req->body.size() > kMaxBody || req->header("Content-Length").toLongLong() > kMaxBody)) {
        req->send(Reply::problem(413, QStringLiteral("Request entity too large"),
                                 QStringLiteral("Request bodies must be less than 10MB in size")));
        return;
    }
    bool pathKnown = false;
    for (const Route& r : m_routes) {
        QHash<QString, QString> params;
        if (!matchRoute(r.pattern, req->path, &params))
            continue;
        pathKnown = true;
        if (r.method != req->method && !(r.method == "GET" && req->method == "HEAD"))
            continue;
        req->params = params;
        req->area = r.area;
        if (r.auth && !authenticate(req, r.bucket))
            return;
        r.handler(req);
        return;
    }
    if (pathKnown)
        req->send(Reply::problem(405, QStringLiteral("Method not allowed"),
                                 QStringLiteral("Method %1 is not allowed on this resource.")
                                     .arg(QString::fromLatin1(req->method))));
    else
        req->send(problems::notFound());
}

bool Router::authenticate(const IncomingRequestPtr& req, RateLimiter::Bucket bucket)
{
    if (!req->hasHeader("Authorization")) {
        req->send(problems::missingToken());
        return false;
    }
    const auto secret = parseAuthorization(req->header("Authorization"));
    TokenRegistry::Record* record = nullptr;
    const auto check = secret ? m_state.tokens.check(*secret, &record) : TokenRegistry::Check::Unknown;
    if (check == TokenRegistry::Check::Unknown) {
        req->send(problems::invalidToken());
        return false;
    }
    if (check == TokenRegistry::Check::Disabled) {
        req->send(problems::disabledToken());
        return false;
    }
    record->lastUsedAt = QDateTime::currentDateTimeUtc();
    req->account = record->account;
    req->tokenId = record->id;
    const auto d = m_state.limiter.take(record->id, bucket, m_state.clock.elapsed());
    if (!d.allowed) {
        Reply r = Reply::detailOnly(
            429, QStringLiteral("Request was throttled. Your rate limit resets in ~%1s.").arg(d.retryAfter));
        r.setHeader("Retry-After", QByteArray::number(d.retryAfter));
        r.setHeader("ratelimit-remaining", "0");
        r.setHeader("ratelimit-reset", QByteArray::number(d.resetSeconds));
        req->send(r);
        return false;
    }
    req->extraHeaders = {{"ratelimit-remaining", QByteArray::number(d.remaining)},
                         {"ratelimit-reset", QByteArray::number(d.resetSeconds)}};
    return true;
}

} // namespace r8::sandbox
