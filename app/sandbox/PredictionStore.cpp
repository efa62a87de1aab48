#include "app/sandbox/PredictionStore.h"

#include "app/sandbox/ImageGenerator.h"
#include "app/sandbox/InputValidator.h"
#include "app/sandbox/SandboxModel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace r8::sandbox {

PredictionStore::PredictionStore(FileStore* files, quint32 seed, QObject* parent)
    : QObject(parent), m_files(files), m_rng(seed * 31u + 7u), m_seed(seed)
{}

QString PredictionStore::newId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    do {
        id.clear();
        while (id.size() < 26)
            id.append(QLatin1Char(alphabet[m_rng.bounded(36)]));
    } while (m_predictions.contains(id));
    return id;
}

StoredPrediction& PredictionStore::create(SandboxModel& model, const QString& version, const QString& account,
                                          const QJsonObject& input, qint64 cancelAfterSeconds)
{
    StoredPrediction p;
    p.id = newId();
    p.seq = m_nextSeq++;
    p.account = account;
    p.model = model.ref();
    p.version = version;
    p.input = input;
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.streams = model.streams();
    if (cancelAfterSeconds > 0)
        p.deadline = p.createdAt.addSecs(cancelAfterSeconds);
    ++model.runCount;

    Running run;
    const QJsonObject effective = withDefaults(input, model.input);
    run.plan = planPrediction(model, effective, m_seed + quint32(p.seq));
    run.prompt = effective.value(QLatin1String("prompt")).toString();
    run.listOutput = model.output.value(QLatin1String("type")).toString() == QLatin1String("array");
    run.timer = new QTimer(this);
    run.timer->setSingleShot(true);
    const QString id = p.id;
    connect(run.timer, &QTimer::timeout, this, [this, id] { advance(id); });
    run.timer->start(scaled(run.plan.bootMs));
    m_running.insert(id, run);
    m_order.append(id);
    m_predictions.insert(id, p);
    if (cancelAfterSeconds > 0) {
        QTimer::singleShot(int(cancelAfterSeconds * 1000), this, [this, id] {
            StoredPrediction* q = find(id);
            if (q && !q->terminal())
                finish(*q,
                       q->status == QLatin1String("starting") ? QStringLiteral("aborted")
                                                              : QStringLiteral("canceled"),
                       QString());
        });
    }
    return m_predictions[id];
}

StoredPrediction* PredictionStore::find(const QString& id)
{
    auto it = m_predictions.find(id);
    return it == m_predictions.end() ? nullptr : &it.value();
}

QList<const StoredPrediction*> PredictionStore::forAccount(const QString& account) const
{
    QList<const StoredPrediction*> out;
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const auto found = m_predictions.constFind(*it);
        if (found != m_predictions.constEnd() && found->account == account)
            out.append(&found.value());
    }
    return out;
}

const QList<StreamEvent>& PredictionStore::events(const QString& id) const
{
    static const QList<StreamEvent> none;
    auto it = m_events.constFind(id);
    return it == m_events.constEnd() ? none : it.value();
}

void PredictionStore::addEvent(const QString& id, const QByteArray& event, const QString& data)
{
    m_events[id].append({event, data});
    emit eventAdded(id);
}

void PredictionStore::advance(const QString& id)
{
    StoredPrediction* p = find(id);
    auto rit = m_running.find(id);
    if (!p || rit == m_running.end() || p->terminal())
        return;
    Running& run = rit.value();
    if (p->status == QLatin1String("starting")) {
        p->status = QStringLiteral("processing");
        p->startedAt = QDateTime::currentDateTimeUtc();
        emit changed(id);
    }
    // Play every step that is due now (same atMs), then schedule the next.
    const int now = run.next < run.plan.steps.size() ? run.plan.steps.at(run.next).atMs : 0;
    while (run.next < run.plan.steps.size() && run.plan.steps.at(run.next).atMs <= now) {
        const PlanStep step = run.plan.steps.at(run.next++);
        switch (step.kind) {
        case PlanStep::Log:
            p->logs += step.text + QLatin1Char('\n');
            addEvent(id, "logs", step.text);
            break;
        case PlanStep::Output:
            if (p->output.isNull() && run.listOutput)
                p->output = QJsonArray();
            if (p->output.isArray()) {
                QJsonArray arr = p->output.toArray();
                arr.append(step.text);
                p->output = arr;
            } else {
                p->output = step.text;
            }
            addEvent(id, "output", step.text);
            break;
        case PlanStep::Succeed: {
            if (run.plan.imageCount > 0) {
                QJsonArray urls;
                for (int i = 0; i < run.plan.imageCount; ++i) {
                    QString fmt;
                    const QByteArray bytes =
                        generateImage(run.prompt, run.plan.imageSeed + quint32(i), run.plan.imageWidth,
                                      run.plan.imageHeight, run.plan.imageFormat, &fmt);
                    const QString path = QStringLiteral("/files/%1/out-%2.%3").arg(id).arg(i).arg(fmt);
                    m_files->put(path, bytes, mimeTypeForFormat(fmt));
                    p->files.append(path);
                    urls.append(m_urls.origin + path);
                    addEvent(id, "output", m_urls.origin + path);
                }
                p->output = urls;
            }
            finish(*p, QStringLiteral("succeeded"), QString());
            return;
        }
        case PlanStep::Fail:
            finish(*p, QStringLiteral("failed"), step.text);
            return;
        }
    }
    emit changed(id);
    if (run.next < run.plan.steps.size())
        run.timer->start(scaled(run.plan.steps.at(run.next).atMs - now));
}

void PredictionStore::finish(StoredPrediction& p, const QString& status, const QString& error)
{
    const QString id = p.id;
    p.status = status;
    p.error = error;
    p.completedAt = QDateTime::currentDateTimeUtc();
    if (status == QLatin1String("canceled") && !p.startedAt.isValid())
        p.startedAt = p.completedAt;
    if (auto it = m_running.find(id); it != m_running.end()) {
        it->timer->stop();
        it->timer->deleteLater();
        m_running.erase(it);
    }
    if (status == QLatin1String("failed")) {
        addEvent(id, "error",
                 QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("detail"), error}})
                                       .toJson(QJsonDocument::Compact)));
        addEvent(id, "done", QStringLiteral("{\"reason\": \"error\"}"));
    } else if (status == QLatin1String("succeeded")) {
        addEvent(id, "done", QStringLiteral("{}"));
    } else {
        addEvent(id, "done", QStringLiteral("{\"reason\": \"canceled\"}"));
    }
    emit changed(id);
    emit finished(id);
    if (m_retentionSeconds >= 0)
        QTimer::singleShot(int(std::min(2.0e9, m_retentionSeconds * 1000.0 / m_speed)), this,
                           [this, id] { removeData(id); });
}

void PredictionStore::removeData(const QString& id)
{
    StoredPrediction* p = find(id);
    if (!p)
        return;
    p->dataRemoved = true;
    p->output = QJsonValue::Null;
    for (const QString& f : p->files)
        m_files->remove(f);
    m_events.remove(id);
    emit changed(id);
}

bool PredictionStore::cancel(const QString& id)
{
    StoredPrediction* p = find(id);
    if (!p)
        return false;
    if (!p->terminal())
        finish(*p, QStringLiteral("canceled"), QString());
    return true;
}

} // namespace r8::sandbox
