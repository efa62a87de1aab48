#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace r8::sandbox {

// The state of one prediction (plain data; PredictionStore changes it, predictionJson shows it).
struct StoredPrediction
{
    QString id;
    qint64 seq = 0;  // creation order, for pagination
    QString account; // owner (username)
    QString model, version;
    QJsonObject input;
    QString logs;
    QJsonValue output = QJsonValue::Null;
    QStringList files; // file paths (on the sandbox) of outputs, in output order
    QString error;     // empty = null
    QString status = QStringLiteral("starting");
    QDateTime createdAt, startedAt, completedAt, deadline;
    bool dataRemoved = false;
    bool streams = false; // urls.stream present

    bool terminal() const;
};

struct PredictionUrls
{
    QString apiBase; // http://host:port/v1
    QString origin;  // http://host:port
};

// The JSON object of a prediction as the API shows it. With `inlineFiles`, file outputs are replaced
// by the `data:` URIs from `dataUris` (same order as p.files), as the real sync mode does. Pure.
QJsonObject predictionJson(const StoredPrediction& p, const PredictionUrls& urls,
                           const QStringList& dataUris = {});

bool isTerminalStatus(const QString& status);

} // namespace r8::sandbox
