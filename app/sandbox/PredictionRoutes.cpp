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

Reply predictionReply(SandboxState& state, const Prediction& p, int status, bool inlineFiles)
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
void holdUntilDone(SandboxState& state, const ExchangePtr& ex, const QString& id, int waitSeconds,
                   const QByteArray& applied)
{
    QTcpSocket* socket = ex->socket();
    if (!socket)
        return;
    auto answer = [&state, ex, id, applied] {
        const Prediction* p = state.store.find(id);
        if (!p || ex->answered())
            return;
        Reply r = predictionReply(state, *p, 201, true);
        r.setHeader("Preference-Applied", applied);
        respond(state, ex, r);
    };
    // Context = the socket: if the client leaves, Qt drops these connections with it.
    QObject::connect(&state.store, &PredictionStore::finished, socket, [answer, id](const QString& done) {
        if (done == id)
            answer();
    });
    QTimer::singleShot(waitSeconds * 1000, socket, answer);
}

void create(SandboxState& state, const ExchangePtr& ex, SandboxModel* routeModel)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(ex->body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        respond(
            state, ex,
            problems::badRequest(pe.error != QJsonParseError::NoError
                                     ? QStringLiteral("The request body is not valid JSON: %1 (at offset %2)")
                                           .arg(pe.errorString())
                                           .arg(pe.offset)
                                     : QStringLiteral("The request body must be a JSON object.")));
        return;
    }
    const QJsonObject body = doc.object();
    QByteArray applied;
    const int wait = ex->hasHeader("Prefer") ? parsePreferWait(ex->header("Prefer"), &applied) : 0;
    if (wait < 0) {
        respond(state, ex,
                problems::badRequest(QStringLiteral(
                    "Invalid Prefer header: expected \"wait\" or \"wait=N\" with N from 1 to 60.")));
        return;
    }
    qint64 cancelAfter = 0;
    if (ex->hasHeader("Cancel-After")) {
        cancelAfter = parseCancelAfter(ex->header("Cancel-After"));
        if (cancelAfter < 0) {
            respond(state, ex,
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
            respond(state, ex,
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
            respond(state, ex, problems::invalidVersion());
            return;
        }
    }
    if (!body.value(QLatin1String("input")).isObject()) {
        respond(state, ex,
                validationReply({{QStringLiteral("input"), QStringLiteral("required"),
                                  QStringLiteral("input is required and must be an object")}}));
        return;
    }
    const QJsonObject input = body.value(QLatin1String("input")).toObject();
    const QList<InvalidField> invalid = validateInput(input, model->input, model->enums);
    if (!invalid.isEmpty()) {
        respond(state, ex, validationReply(invalid));
        return;
    }
    const Prediction& p = state.store.create(*model, version, ex->account, input, cancelAfter);
    const QString id = p.id;
    if (wait > 0)
        holdUntilDone(state, ex, id, wait, applied);
    else
        respond(state, ex, predictionReply(state, p, 201, false));
}

Prediction* ownPrediction(SandboxState& state, const ExchangePtr& ex)
{
    Prediction* p = state.store.find(ex->params.value(QStringLiteral("id")));
    return p && p->account == ex->account ? p : nullptr;
}

} // namespace

void PredictionRoutes::install(Router& router, SandboxState& state)
{
    const QString area = QStringLiteral("predictions");
    router.add({"POST", QStringLiteral("/v1/predictions"), QStringLiteral("create"), true,
                RateLimiter::Create, [&state](const ExchangePtr& ex) { create(state, ex, nullptr); }});
    router.add({"POST", QStringLiteral("/v1/models/{owner}/{name}/predictions"), QStringLiteral("create"),
                true, RateLimiter::Create, [&state](const ExchangePtr& ex) {
                    SandboxModel* m = state.catalog.find(ex->params.value(QStringLiteral("owner")),
                                                         ex->params.value(QStringLiteral("name")));
                    if (!m || !m->official) {
                        respond(state, ex, problems::notFound());
                        return;
                    }
                    create(state, ex, m);
                }});
    router.add({"GET", QStringLiteral("/v1/predictions"), area, true, RateLimiter::Other,
                [&state](const ExchangePtr& ex) {
                    const auto mine = state.store.forAccount(ex->account);
                    QList<qint64> seqs;
                    QHash<qint64, const Prediction*> bySeq;
                    for (const Prediction* p : mine) {
                        seqs.append(p->seq);
                        bySeq.insert(p->seq, p);
                    }
                    const Page page =
                        paginate(seqs, ex->query.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                 state.config.pageSize);
                    if (!page.valid) {
                        respond(state, ex, problems::badRequest(QStringLiteral("The cursor is not valid.")));
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
                    respond(state, ex,
                            Reply::json(QJsonObject{{QStringLiteral("next"), link(page.nextCursor)},
                                                    {QStringLiteral("previous"), link(page.previousCursor)},
                                                    {QStringLiteral("results"), results}}));
                }});
    router.add({"GET", QStringLiteral("/v1/predictions/{id}"), area, true, RateLimiter::Other,
                [&state](const ExchangePtr& ex) {
                    const Prediction* p = ownPrediction(state, ex);
                    respond(state, ex, p ? predictionReply(state, *p, 200, false) : problems::notFound());
                }});
    router.add({"POST", QStringLiteral("/v1/predictions/{id}/cancel"), area, true, RateLimiter::Other,
                [&state](const ExchangePtr& ex) {
                    Prediction* p = ownPrediction(state, ex);
                    if (!p) {
                        respond(state, ex, problems::notFound());
                        return;
                    }
                    const QString id = p->id;
                    state.store.cancel(id);
                    respond(state, ex, predictionReply(state, *state.store.find(id), 200, false));
                }});
}

} // namespace r8::sandbox
