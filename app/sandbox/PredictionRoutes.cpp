#include "app/sandbox/ApiRoutes.h"

#include "app/sandbox/InputValidator.h"
#include "app/sandbox/Pagination.h"
#include "app/sandbox/RequestHeaders.h"
#include "app/sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace r8::sandbox {

namespace {

Reply predictionReply(SandboxState& state, const StoredPrediction& p, int status, bool inlineFiles)
{
    QStringList dataUris;
    if (inlineFiles)
        for (const QString& f : p.files)
            dataUris.append(state.files.dataUri(f));
    return Reply::json(predictionJson(p, state.urls(), dataUris), status);
}

Reply validationReply(const QList<InvalidField>& fields)
{
    QJsonArray invalid;
    for (const auto& f : fields)
        invalid.append(QJsonObject{{QStringLiteral("type"), f.type},
                                   {QStringLiteral("field"), f.field},
                                   {QStringLiteral("description"), f.description}});
    Reply r = Reply::json(QJsonObject{{QStringLiteral("title"), QStringLiteral("Input validation failed")},
                                      {QStringLiteral("detail"), validationDetail(fields)},
                                      {QStringLiteral("status"), 422},
                                      {QStringLiteral("invalid_fields"), invalid}},
                          422);
    r.setHeader("Content-Type", "application/problem+json");
    return r;
}

// Holds a Prefer: wait request until the prediction ends or the hold time passes.
void holdUntilDone(SandboxState& state, const IncomingRequestPtr& req, const QString& id, int waitSeconds,
                   const QByteArray& applied)
{
    QTcpSocket* socket = req->socket();
    if (!socket)
        return;
    auto answer = [&state, req, id, applied] {
        const StoredPrediction* p = state.store.find(id);
        if (!p || req->answered())
            return;
        Reply r = predictionReply(state, *p, 201, true);
        r.setHeader("Preference-Applied", applied);
        respond(state, req, r);
    };
    // Context = the socket: if the client leaves, Qt drops these connections with it.
    QObject::connect(&state.store, &PredictionStore::finished, socket, [answer, id](const QString& done) {
        if (done == id)
            answer();
    });
    QTimer::singleShot(waitSeconds * 1000, socket, answer);
}

void create(SandboxState& state, const IncomingRequestPtr& req, SandboxModel* routeModel)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req->body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        respond(
            state, req,
            problems::badRequest(pe.error != QJsonParseError::NoError
                                     ? QStringLiteral("The request body is not valid JSON: %1 (at offset %2)")
                                           .arg(pe.errorString())
                                           .arg(pe.offset)
                                     : QStringLiteral("The request body must be a JSON object.")));
        return;
    }
    const QJsonObject body = doc.object();
    QByteArray applied;
    const int wait = req->hasHeader("Prefer") ? parsePreferWait(req->header("Prefer"), &applied) : 0;
    if (wait < 0) {
        respond(state, req,
                problems::badRequest(QStringLiteral(
                    "Invalid Prefer header: expected \"wait\" or \"wait=N\" with N from 1 to 60.")));
        return;
    }
    qint64 cancelAfter = 0;
    if (req->hasHeader("Cancel-After")) {
        cancelAfter = parseCancelAfter(req->header("Cancel-After"));
        if (cancelAfter < 0) {
            respond(state, req,
                    problems::badRequest(
                        QStringLiteral("Invalid Cancel-After header: expected a duration such as \"30\", "
                                       "\"90s\" or \"1h30m\", from 5 seconds to 24 hours.")));
            return;
        }
    }
    SandboxModel* model = routeModel;
    QString version;
    if (model) {
        version = model->latestVersion();
    } else {
        QString ref = body.value(QLatin1String("version")).toString();
        if (ref.isEmpty()) {
            respond(state, req,
                    validationReply({{QStringLiteral("version"), QStringLiteral("required"),
                                      QStringLiteral("version is required")}}));
            return;
        }
        if (ref.contains(QLatin1Char(':')))
            ref = ref.section(QLatin1Char(':'), 1);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (hex.match(ref).hasMatch()) {
            model = state.catalog.findVersion(ref);
            version = ref;
        } else if (ref.count(QLatin1Char('/')) == 1) {
            model = state.catalog.find(ref.section(QLatin1Char('/'), 0, 0), ref.section(QLatin1Char('/'), 1));
            if (model && !model->official)
                model = nullptr;
            if (model)
                version = model->latestVersion();
        }
        if (!model) {
            respond(state, req, problems::invalidVersion());
            return;
        }
    }
    if (!body.value(QLatin1String("input")).isObject()) {
        respond(state, req,
                validationReply({{QStringLiteral("input"), QStringLiteral("required"),
                                  QStringLiteral("input is required and must be an object")}}));
        return;
    }
    const QJsonObject input = body.value(QLatin1String("input")).toObject();
    const QList<InvalidField> invalid = validateInput(input, model->input, model->enums);
    if (!invalid.isEmpty()) {
        respond(state, req, validationReply(invalid));
        return;
    }
    const StoredPrediction& p = state.store.create(*model, version, req->account, input, cancelAfter);
    const QString id = p.id;
    if (wait > 0)
        holdUntilDone(state, req, id, wait, applied);
    else
        respond(state, req, predictionReply(state, p, 201, false));
}

StoredPrediction* ownPrediction(SandboxState& state, const IncomingRequestPtr& req)
{
    StoredPrediction* p = state.store.find(req->params.value(QStringLiteral("id")));
    return p && p->account == req->account ? p : nullptr;
}

} // namespace

void PredictionRoutes::install(Router& router, SandboxState& state)
{
    const QString area = QStringLiteral("predictions");
    router.add({"POST", QStringLiteral("/v1/predictions"), QStringLiteral("create"), true,
                RateLimiter::Create,
                [&state](const IncomingRequestPtr& req) { create(state, req, nullptr); }});
    router.add({"POST", QStringLiteral("/v1/models/{owner}/{name}/predictions"), QStringLiteral("create"),
                true, RateLimiter::Create, [&state](const IncomingRequestPtr& req) {
                    SandboxModel* m = state.catalog.find(req->params.value(QStringLiteral("owner")),
                                                         req->params.value(QStringLiteral("name")));
                    if (!m || !m->official) {
                        respond(state, req, problems::notFound());
                        return;
                    }
                    create(state, req, m);
                }});
    router.add({"GET", QStringLiteral("/v1/predictions"), area, true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    const auto mine = state.store.forAccount(req->account);
                    QList<qint64> seqs;
                    QHash<qint64, const StoredPrediction*> bySeq;
                    for (const StoredPrediction* p : mine) {
                        seqs.append(p->seq);
                        bySeq.insert(p->seq, p);
                    }
                    const Page page =
                        paginate(seqs, req->query.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                 state.config.pageSize);
                    if (!page.valid) {
                        respond(state, req, problems::badRequest(QStringLiteral("The cursor is not valid.")));
                        return;
                    }
                    QJsonArray results;
                    for (qint64 s : page.seqs)
                        results.append(predictionJson(*bySeq.value(s), state.urls()));
                    auto link = [&](const QByteArray& c) {
                        return c.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(state.urls().apiBase +
                                                        QStringLiteral("/predictions?cursor=") +
                                                        QString::fromLatin1(c));
                    };
                    respond(state, req,
                            Reply::json(QJsonObject{{QStringLiteral("next"), link(page.nextCursor)},
                                                    {QStringLiteral("previous"), link(page.previousCursor)},
                                                    {QStringLiteral("results"), results}}));
                }});
    router.add({"GET", QStringLiteral("/v1/predictions/{id}"), area, true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    const StoredPrediction* p = ownPrediction(state, req);
                    respond(state, req, p ? predictionReply(state, *p, 200, false) : problems::notFound());
                }});
    router.add({"POST", QStringLiteral("/v1/predictions/{id}/cancel"), area, true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    StoredPrediction* p = ownPrediction(state, req);
                    if (!p) {
                        respond(state, req, problems::notFound());
                        return;
                    }
                    const QString id = p->id;
                    state.store.cancel(id);
                    respond(state, req, predictionReply(state, *state.store.find(id), 200, false));
                }});
}

} // namespace r8::sandbox
