#pragma once
#include "app/sandbox/SandboxModel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace r8::sandbox {

// What a prediction will do, decided up front from model, input and seed (pure, so it is testable):
// a boot delay, then timed steps. Times are in milliseconds at speed 1.
struct PlanStep
{
    enum Kind
    {
        Log,
        Output,
        Succeed,
        Fail
    };
    Kind kind = Log;
    int atMs = 0; // since processing started
    QString text; // log line(s) / output chunk / error text
};

struct PredictionPlan
{
    int bootMs = 0;        // time in "starting"
    QList<PlanStep> steps; // in time order; the last is Succeed or Fail
    int imageCount = 0;    // image models: outputs drawn at Succeed
    int imageWidth = 0, imageHeight = 0;
    QString imageFormat; // "webp" / "png" / "jpg"
    quint32 imageSeed = 0;
};

// `input` already has its defaults filled in.
PredictionPlan planPrediction(const SandboxModel& model, const QJsonObject& input, quint32 seed);

// A tqdm-style progress line: " 50%|█████     | 2/4 [00:00<00:00, 8.21it/s]".
QString tqdmLine(int done, int total, double itPerSecond);

} // namespace r8::sandbox
