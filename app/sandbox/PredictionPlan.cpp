#include "app/sandbox/PredictionPlan.h"

#include <QRandomGenerator>

#include <cmath>

namespace r8::sandbox {

QString tqdmLine(int done, int total, double itPerSecond)
{
    total = std::max(1, total);
    const int percent = done * 100 / total;
    const int filled = done * 10 / total;
    QString bar = QString(filled, QChar(0x2588)) + QString(10 - filled, QLatin1Char(' '));
    const int elapsed = int(done / std::max(0.01, itPerSecond));
    const int left = int((total - done) / std::max(0.01, itPerSecond));
    auto mmss = [](int s) {
        return QStringLiteral("%1:%2")
            .arg(s / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    };
    return QStringLiteral("%1%|%2| %3/%4 [%5<%6, %7it/s]")
        .arg(percent, 3)
        .arg(bar)
        .arg(done)
        .arg(total)
        .arg(mmss(elapsed), done == 0 ? QStringLiteral("?") : mmss(left),
             QString::number(itPerSecond, 'f', 2));
}

namespace {
QStringList llmWords(const QString& prompt, int maxTokens, QRandomGenerator& rng)
{
    static const QStringList sentences{
        QStringLiteral("Here is a thought about that."),
        QStringLiteral("The sandbox answers offline, so nothing leaves this machine."),
        QStringLiteral("Every token you see arrives as its own server-sent event."),
        QStringLiteral("Replicate streams text the same way, one piece at a time."),
        QStringLiteral("That is all for now, thank you for asking."),
    };
    QStringList words;
    words << QStringLiteral("You") << QStringLiteral(" asked:") << QStringLiteral(" \"")
          << prompt.left(60).simplified() << QStringLiteral("\".");
    const int n = int(rng.bounded(2, 5));
    for (int i = 0; i < n; ++i) {
        const QStringList w = sentences.at(int(rng.bounded(int(sentences.size())))).split(QLatin1Char(' '));
        for (const QString& x : w)
            words << QLatin1Char(' ') + x;
    }
    if (words.size() > maxTokens)
        words = words.mid(0, std::max(1, maxTokens));
    return words;
}
} // namespace

PredictionPlan planPrediction(const SandboxModel& model, const QJsonObject& input, quint32 seed)
{
    PredictionPlan plan;
    const QJsonValue s = input.value(QLatin1String("seed"));
    const quint32 effectiveSeed = s.isDouble() ? quint32(s.toInteger()) : seed;
    QRandomGenerator rng(effectiveSeed ^ 0x9e3779b9u);
    plan.bootMs = 300 + int(rng.bounded(200));
    int t = 0;
    auto add = [&](PlanStep::Kind k, int dt, const QString& text) {
        t += dt;
        plan.steps.append({k, t, text});
    };
    switch (model.kind) {
    case SandboxModel::Kind::Image: {
        const int steps = std::clamp(input.value(QLatin1String("num_inference_steps")).toInt(4), 1, 500);
        const int shown = std::min(steps, 10);
        plan.imageCount = std::clamp(input.value(QLatin1String("num_outputs")).toInt(1), 1, 4);
        int w = input.value(QLatin1String("width")).toInt(1024),
            h = input.value(QLatin1String("height")).toInt(1024);
        const QString ar = input.value(QLatin1String("aspect_ratio")).toString();
        if (ar.contains(QLatin1Char(':'))) {
            const double a = ar.section(QLatin1Char(':'), 0, 0).toDouble(),
                         b = ar.section(QLatin1Char(':'), 1, 1).toDouble();
            w = 1024;
            h = int(std::lround(1024 * b / std::max(1.0, a)));
        }
        // Drawn at most 512 px on the long side: real-looking, cheap to encode.
        const double scale = 512.0 / std::max(w, h);
        plan.imageWidth = std::max(16, int(w * std::min(1.0, scale)));
        plan.imageHeight = std::max(16, int(h * std::min(1.0, scale)));
        plan.imageFormat = input.value(QLatin1String("output_format")).toString(model.imageFormat);
        plan.imageSeed = effectiveSeed;
        add(PlanStep::Log, 0, QStringLiteral("Using seed: %1").arg(effectiveSeed));
        add(PlanStep::Log, 20,
            QStringLiteral("Prompt: %1").arg(input.value(QLatin1String("prompt")).toString()));
        const double rate = 8.0 + rng.bounded(4.0);
        for (int i = 0; i <= shown; ++i)
            add(PlanStep::Log, i == 0 ? 30 : 120, tqdmLine(i * steps / shown, steps, rate));
        add(PlanStep::Succeed, 60, QString());
        break;
    }
    case SandboxModel::Kind::Text:
        add(PlanStep::Log, 0, QStringLiteral("Generating hello for input"));
        add(PlanStep::Output, 100, QStringLiteral("hello ") + input.value(QLatin1String("text")).toString());
        add(PlanStep::Succeed, 20, QString());
        break;
    case SandboxModel::Kind::Language: {
        const QStringList words = llmWords(input.value(QLatin1String("prompt")).toString(),
                                           input.value(QLatin1String("max_tokens")).toInt(512), rng);
        add(PlanStep::Log, 0, QStringLiteral("Random seed used: `%1`").arg(effectiveSeed));
        add(PlanStep::Log, 10,
            QStringLiteral("Note: Random seed will not impact output if greedy decoding is used."));
        for (const QString& w : words)
            add(PlanStep::Output, 40, w);
        add(PlanStep::Log, 10,
            QStringLiteral("Formatted prompt: `%1`").arg(input.value(QLatin1String("prompt")).toString()));
        add(PlanStep::Succeed, 10, QString());
        break;
    }
    case SandboxModel::Kind::Fails: {
        const int n = std::clamp(input.value(QLatin1String("steps_before_failure")).toInt(3), 0, 20);
        for (int i = 0; i <= n; ++i)
            add(PlanStep::Log, 100, tqdmLine(i, std::max(1, n) * 2, 10.0));
        add(PlanStep::Fail, 50,
            QStringLiteral("RuntimeError: the sandbox model always fails (this is on purpose)"));
        break;
    }
    }
    return plan;
}

} // namespace r8::sandbox
