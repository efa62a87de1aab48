#include "app/sandbox/Router.h"

#include "app/sandbox/RequestHeaders.h"
#include "app/sandbox/RoutePattern.h"
#include "app/sandbox/SandboxState.h"

namespace r8::sandbox {

void Router::dispatch(const ExchangePtr& ex)
{
    if (ex->body.size() > kMaxBody || ex->header("Content-Length").toLongLong() > kMaxBody) {
        ex->send(Reply::problem(413, QStringLiteral("Request entity too large"),
                                QStringLiteral("Request bodies must be less than 10MB in size")));
        return;
    }
    bool pathKnown = false;
    for (const Route& r : m_routes) {
        QHash<QString, QString> params;
        if (!matchRoute(r.pattern, ex->path, &params))
            continue;
        pathKnown = true;
        if (r.method != ex->method && !(r.method == "GET" && ex->method == "HEAD"))
            continue;
        ex->params = params;
        ex->area = r.area;
        if (r.auth && !authenticate(ex, r.bucket))
            return;
        r.handler(ex);
        return;
    }
    if (pathKnown)
        ex->send(Reply::problem(405, QStringLiteral("Method not allowed"),
                                QStringLiteral("Method %1 is not allowed on this resource.")
                                    .arg(QString::fromLatin1(ex->method))));
    else
        ex->send(problems::notFound());
}

bool Router::authenticate(const ExchangePtr& ex, RateLimiter::Bucket bucket)
{
    if (!ex->hasHeader("Authorization")) {
        ex->send(problems::missingToken());
        return false;
    }
    const auto secret = parseAuthorization(ex->header("Authorization"));
    TokenRegistry::Record* record = nullptr;
    const auto check = secret ? m_state.tokens.check(*secret, &record) : TokenRegistry::Check::Unknown;
    if (check == TokenRegistry::Check::Unknown) {
        ex->send(problems::invalidToken());
        return false;
    }
    if (check == TokenRegistry::Check::Disabled) {
        ex->send(problems::disabledToken());
        return false;
    }
    record->lastUsedAt = QDateTime::currentDateTimeUtc();
    ex->account = record->account;
    ex->tokenId = record->id;
    const auto d = m_state.limiter.take(record->id, bucket, m_state.clock.elapsed());
    if (!d.allowed) {
        Reply r = Reply::detailOnly(
            429, QStringLiteral("Request was throttled. Your rate limit resets in ~%1s.").arg(d.retryAfter));
        r.setHeader("Retry-After", QByteArray::number(d.retryAfter));
        r.setHeader("ratelimit-remaining", "0");
        r.setHeader("ratelimit-reset", QByteArray::number(d.resetSeconds));
        ex->send(r);
        return false;
    }
    ex->extraHeaders = {{"ratelimit-remaining", QByteArray::number(d.remaining)},
                        {"ratelimit-reset", QByteArray::number(d.resetSeconds)}};
    return true;
}

} // namespace r8::sandbox
