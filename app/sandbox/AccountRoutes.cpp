#include "app/sandbox/ApiRoutes.h"

#include "app/sandbox/Pagination.h"
#include "app/sandbox/SandboxState.h"

#include <QJsonArray>

namespace r8::sandbox {

void respond(SandboxState& state, const IncomingRequestPtr& req, const Reply& reply)
{
    req->send(reply, req->area.isEmpty() ? nullptr : &state.faults);
}

void AccountRoutes::install(Router& router, SandboxState& state)
{
    router.add({"GET", QStringLiteral("/v1/account"), QStringLiteral("account"), true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    for (const SandboxAccount& a : state.config.accounts) {
                        if (a.username != req->account)
                            continue;
                        QJsonObject o{{QStringLiteral("type"), a.type},
                                      {QStringLiteral("username"), a.username},
                                      {QStringLiteral("name"), a.name}};
                        if (!a.githubUrl.isEmpty())
                            o.insert(QStringLiteral("github_url"), a.githubUrl);
                        respond(state, req, Reply::json(o));
                        return;
                    }
                    respond(state, req, problems::notFound());
                }});

    router.add(
        {"GET", QStringLiteral("/v1/tokens"), QStringLiteral("tokens"), true, RateLimiter::Other,
         [&state](const IncomingRequestPtr& req) {
             const auto records = state.tokens.forAccount(req->account);
             QList<qint64> seqs;
             for (int i = 0; i < records.size(); ++i)
                 seqs.append(records.size() - i); // newest first
             const Page page = paginate(seqs, req->query.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                        state.config.pageSize);
             if (!page.valid) {
                 respond(state, req, problems::badRequest(QStringLiteral("The cursor is not valid.")));
                 return;
             }
             QJsonArray results;
             for (qint64 s : page.seqs)
                 results.append(state.tokens.toJson(*records.at(records.size() - int(s)), req->tokenId));
             const QString base = state.urls().apiBase + QStringLiteral("/tokens?cursor=");
             auto link = [&](const QByteArray& c) {
                 return c.isEmpty() ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(base + QString::fromLatin1(c));
             };
             respond(state, req,
                     Reply::json(QJsonObject{{QStringLiteral("next"), link(page.nextCursor)},
                                             {QStringLiteral("previous"), link(page.previousCursor)},
                                             {QStringLiteral("results"), results}}));
         }});

    router.add({"POST", QStringLiteral("/v1/tokens/{id}/disable"), QStringLiteral("tokens"), true,
                RateLimiter::Other, [&state](const IncomingRequestPtr& req) {
                    TokenRegistry::Record* r = state.tokens.find(req->params.value(QStringLiteral("id")));
                    if (!r || r->account != req->account) {
                        respond(state, req, problems::notFound());
                        return;
                    }
                    if (!r->disabledAt.isValid()) {
                        r->disabledAt = QDateTime::currentDateTimeUtc();
                        r->disabledReason = QStringLiteral("user");
                    }
                    respond(state, req, Reply::json(state.tokens.toJson(*r, req->tokenId)));
                }});
}

} // namespace r8::sandbox
