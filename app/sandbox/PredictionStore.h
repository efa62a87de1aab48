#pragma once
#include "app/sandbox/FileStore.h"
#include "app/sandbox/PredictionPlan.h"
#include "app/sandbox/StoredPrediction.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

namespace r8::sandbox {

class SandboxModel;

// One event of a prediction's stream, kept so that late listeners can replay it.
struct StreamEvent
{
    QByteArray event; // output, logs, error, done
    QString data;
};

// Owns the predictions and plays their plans on timers (scaled by speed): starting → processing →
// succeeded | failed | canceled | aborted, growing logs, outputs, files, and data removal after retention.
class PredictionStore : public QObject
{
    Q_OBJECT
public:
    PredictionStore(FileStore* files, quint32 seed, QObject* parent = nullptr);

    void setUrls(const PredictionUrls& urls) { m_urls = urls; }
    const PredictionUrls& urls() const { return m_urls; }
    void setSpeed(double factor) { m_speed = factor > 0 ? factor : 1.0; }
    double speed() const { return m_speed; }
    void setRetentionSeconds(double s) { m_retentionSeconds = s; }

    // Creates and starts a prediction. `cancelAfterSeconds` > 0 sets a deadline (real time).
    StoredPrediction& create(SandboxModel& model, const QString& version, const QString& account,
                             const QJsonObject& input, qint64 cancelAfterSeconds);
    StoredPrediction* find(const QString& id);
    QList<const StoredPrediction*> forAccount(const QString& account) const; // newest first
    bool cancel(const QString& id);
    const QList<StreamEvent>& events(const QString& id) const;
    int activeCount() const { return int(m_running.size()); }

signals:
    void changed(const QString& id);
    void eventAdded(const QString& id);
    void finished(const QString& id);

private:
    struct Running
    {
        PredictionPlan plan;
        int next = 0;
        QTimer* timer = nullptr;
        QString prompt;
        bool listOutput = false;
    };
    void advance(const QString& id);
    void finish(StoredPrediction& p, const QString& status, const QString& error);
    void addEvent(const QString& id, const QByteArray& event, const QString& data);
    void removeData(const QString& id);
    int scaled(int ms) const { return int(ms / m_speed); }
    QString newId();

    FileStore* m_files;
    QRandomGenerator m_rng;
    quint32 m_seed;
    PredictionUrls m_urls;
    double m_speed = 1.0;
    double m_retentionSeconds = 3600;
    qint64 m_nextSeq = 1;
    QHash<QString, StoredPrediction> m_predictions;
    QList<QString> m_order; // oldest first
    QHash<QString, Running> m_running;
    QHash<QString, QList<StreamEvent>> m_events;
};

} // namespace r8::sandbox
