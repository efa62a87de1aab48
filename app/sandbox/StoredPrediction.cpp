#include "app/sandbox/StoredPrediction.h"

#include "app/sandbox/Timestamps.h"

#include <QJsonArray>

namespace r8::sandbox {

bool isTerminalStatus(const QString& s)
{
    return s == QLatin1String("succeeded") || s == QLatin1String("failed") ||
           s == QLatin1String("canceled") || s == QLatin1String("aborted");
}

bool StoredPrediction::terminal() const
{
    return isTerminalStatus(status);
}

QJsonObject predictionJson(const StoredPrediction& p, const PredictionUrls& urls, const QStringList& dataUris)
{
    const QString get = urls.apiBase + QStringLiteral("/predictions/") + p.id;
    QJsonObject u{{QStringLiteral("get"), get},
                  {QStringLiteral("cancel"), get + QStringLiteral("/cancel")},
                  {QStringLiteral("web"), urls.origin + QStringLiteral("/p/") + p.id}};
    if (p.streams)
        u.insert(QStringLiteral("stream"), urls.origin + QStringLiteral("/stream/v1/predictions/") + p.id);

    QJsonValue output = p.output;
    if (!dataUris.isEmpty() && output.isArray()) {
        QJsonArray arr = output.toArray();
        for (int i = 0; i < arr.size() && i < dataUris.size(); ++i)
            arr[i] = dataUris.at(i);
        output = arr;
    }
    QJsonObject o{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("model"), p.model},
        {QStringLiteral("version"), p.version},
        {QStringLiteral("input"), p.input},
        {QStringLiteral("logs"), p.logs},
        {QStringLiteral("output"), p.dataRemoved ? QJsonValue(QJsonValue::Null) : output},
        {QStringLiteral("data_removed"), p.dataRemoved},
        {QStringLiteral("error"), p.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.error)},
        {QStringLiteral("status"), p.status},
        {QStringLiteral("source"), QStringLiteral("api")},
        {QStringLiteral("created_at"), isoTime(p.createdAt)},
        {QStringLiteral("urls"), u}};
    if (p.startedAt.isValid())
        o.insert(QStringLiteral("started_at"), isoTime(p.startedAt));
    if (p.completedAt.isValid())
        o.insert(QStringLiteral("completed_at"), isoTime(p.completedAt));
    if (p.deadline.isValid())
        o.insert(QStringLiteral("deadline"), isoTime(p.deadline));
    if (p.terminal()) {
        QJsonObject metrics;
        if (p.startedAt.isValid() && p.completedAt.isValid())
            metrics.insert(QStringLiteral("predict_time"),
                           double(p.startedAt.msecsTo(p.completedAt)) / 1000.0);
        metrics.insert(QStringLiteral("total_time"), double(p.createdAt.msecsTo(p.completedAt)) / 1000.0);
        o.insert(QStringLiteral("metrics"), metrics);
    }
    return o;
}

} // namespace r8::sandbox
