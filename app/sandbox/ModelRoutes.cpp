#include "app/sandbox/ApiRoutes.h"

#include "app/sandbox/Pagination.h"
#include "app/sandbox/SandboxState.h"

#include <QJsonArray>

namespace r8::sandbox {

namespace {
Reply pageReply(SandboxState& state, const IncomingRequestPtr& req, const QString& basePath, int count,
                const std::function<QJsonValue(int index)>& item)
{
    QList<qint64> seqs;
    for (int i = 0; i < count; ++i)
        seqs.append(count - i);
    const Page page =
        paginate(seqs, req->query.queryItemValue(QStringLiteral("cursor")).toLatin1(), state.config.pageSize);
    if (!page.valid)
        return problems::badRequest(QStringLiteral("The cursor is not valid."));
    QJsonArray results;
    for (qint64 s : page.seqs)
        results.append(item(count - int(s)));
    auto link = [&](const QByteArray& c) {
        return c.isEmpty() ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(state.urls().apiBase + basePath + QStringLiteral("?cursor=") +
                                        QString::fromLatin1(c));
    };
    return Reply::json(QJsonObject{{QStringLiteral("next"), link(page.nextCursor)},
                                   {QStringLiteral("previous"), link(page.previousCursor)},
                                   {QStringLiteral("results"), results}});
}
} // namespace

void ModelRoutes::install(Router& router, SandboxState& state)
{
    const QString area = QStringLiteral("models");
    router.add({"GET", QStringLiteral("/v1/models"), area, true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    auto& models = state.catalog.models();
                    respond(state, req,
                            pageReply(state, req, QStringLiteral("/models"), int(models.size()), [&](int i) {
                                return QJsonValue(models[i].toJson(state.urls().origin));
                            }));
                }});
    router.add({"GET", QStringLiteral("/v1/models/{owner}/{name}"), area, true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    SandboxModel* m = state.catalog.find(req->params.value(QStringLiteral("owner")),
                                                         req->params.value(QStringLiteral("name")));
                    respond(state, req,
                            m ? Reply::json(m->toJson(state.urls().origin)) : problems::notFound());
                }});
    router.add({"GET", QStringLiteral("/v1/models/{owner}/{name}/versions"), area, true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    SandboxModel* m = state.catalog.find(req->params.value(QStringLiteral("owner")),
                                                         req->params.value(QStringLiteral("name")));
                    if (!m) {
                        respond(state, req, problems::notFound());
                        return;
                    }
                    const QString path = QStringLiteral("/models/") + m->ref() + QStringLiteral("/versions");
                    respond(state, req, pageReply(state, req, path, int(m->versionIds.size()), [m](int i) {
                                return QJsonValue(m->versionJson(i));
                            }));
                }});
    router.add({"GET", QStringLiteral("/v1/models/{owner}/{name}/versions/{id}"), area, true,
                RateLimiter::Other, [&state](const IncomingRequestPtr& req) {
                    SandboxModel* m = state.catalog.find(req->params.value(QStringLiteral("owner")),
                                                         req->params.value(QStringLiteral("name")));
                    const int i =
                        m ? int(m->versionIds.indexOf(req->params.value(QStringLiteral("id")))) : -1;
                    respond(state, req, i >= 0 ? Reply::json(m->versionJson(i)) : problems::notFound());
                }});
}

} // namespace r8::sandbox
