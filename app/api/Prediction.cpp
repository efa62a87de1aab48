#include "app/api/Prediction.h"

#include "app/api/JsonFields.h"

#include <QCoreApplication>

namespace r8::api {

PredictionStatus predictionStatusFromText(const QString& s)
{
    if (s == QLatin1String("starting"))
        return PredictionStatus::Starting;
    if (s == QLatin1String("processing"))
        return PredictionStatus::Processing;
    if (s == QLatin1String("succeeded"))
        return PredictionStatus::Succeeded;
    if (s == QLatin1String("failed"))
        return PredictionStatus::Failed;
    if (s == QLatin1String("canceled"))
        return PredictionStatus::Canceled;
    if (s == QLatin1String("aborted"))
        return PredictionStatus::Aborted;
    return PredictionStatus::Other;
}

bool isTerminal(PredictionStatus s)
{
    return s == PredictionStatus::Succeeded || s == PredictionStatus::Failed ||
           s == PredictionStatus::Canceled || s == PredictionStatus::Aborted;
}

bool predictionFromJson(const QJsonObject& o, Prediction* out, QString* error)
{
    JsonFields f(o);
    Prediction p;
    p.id = f.string("id");
    p.model = f.string("model");
    p.version = f.string("version");
    p.input = f.object("input");
    p.output = f.value("output");
    p.logs = f.string("logs");
    p.error = f.string("error");
    p.statusText = f.string("status");
    p.status = predictionStatusFromText(p.statusText);
    p.createdAt = f.time("created_at");
    p.startedAt = f.time("started_at");
    p.completedAt = f.time("completed_at");
    p.deadline = f.time("deadline");
    QJsonObject urls = f.object("urls");
    JsonFields u(urls);
    p.getUrl = u.url("get");
    p.cancelUrl = u.url("cancel");
    p.streamUrl = u.url("stream");
    p.webUrl = u.url("web");
    p.urlsExtra = u.rest();
    p.metrics = f.object("metrics");
    const QJsonValue removed = f.value("data_removed");
    if (removed.isBool())
        p.dataRemoved = removed.toBool();
    p.source = f.string("source");
    p.deployment = f.string("deployment");
    p.extra = f.rest();
    if (p.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "The prediction has no “id”.");
        return false;
    }
    if (p.statusText.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "The prediction “%1” has no “status”.").arg(p.id);
        return false;
    }
    *out = p;
    return true;
}

bool parsePrediction(const QByteArray& body, Prediction* out, QString* error)
{
    QJsonObject o;
    if (!parseObject(body, QCoreApplication::translate("r8::api", "a prediction"), &o, error))
        return false;
    return predictionFromJson(o, out, error);
}

} // namespace r8::api
