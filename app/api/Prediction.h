#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

namespace r8::api {

enum class PredictionStatus
{
    Starting,
    Processing,
    Succeeded,
    Failed,
    Canceled,
    Aborted,
    Other
};
PredictionStatus predictionStatusFromText(const QString& s);
bool isTerminal(PredictionStatus s);

// A prediction (also a training: same shape). Accepts every shape the real API produced:
// missing output / urls.web / data_removed / model, "hidden" or "d-…" versions, "aborted",
// 2–9 digit fractional seconds, nulls where strings are documented, and unknown fields (kept in extra).
struct Prediction
{
    QString id;
    QString model;   // may be empty (missing in some 2023 answers)
    QString version; // version id, "hidden", or an internal "d-…" id
    QJsonObject input;
    QJsonValue output = QJsonValue::Undefined; // Undefined while absent; null after cancel/removal
    QString logs;
    QString error;
    QString statusText; // as sent
    PredictionStatus status = PredictionStatus::Other;
    QDateTime createdAt, startedAt, completedAt, deadline;
    QUrl getUrl, cancelUrl, streamUrl, webUrl;
    QJsonObject urlsExtra; // other entries of "urls"
    QJsonObject metrics;
    std::optional<bool> dataRemoved;
    QString source;
    QString deployment;
    QJsonObject extra; // unknown top-level fields, untouched
};

// From an already-parsed object (used for nested predictions, e.g. a model's default_example).
bool predictionFromJson(const QJsonObject& o, Prediction* out, QString* error);
// Pure: a response body in, a prediction out. False with a translated message on bad input.
bool parsePrediction(const QByteArray& body, Prediction* out, QString* error);

} // namespace r8::api
