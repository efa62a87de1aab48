#pragma once
#include "app/composer/BodyText.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

namespace r8::composer {

// What the response viewer shows of a body, prepared off the GUI thread.
struct PreparedBody
{
    FormattedText pretty; // rows of pretty JSON; empty when the body is not JSON
    FormattedText raw;    // rows of the body as received (secrets masked); empty for binary bodies
    QString note;         // why there is no pretty view (translated), or empty
    bool binary = false;
    qint64 bytes = 0;
};

// Prepares a body: masks secrets, pretty-prints JSON and cuts both into rows, on the thread pool.
// A new start() cancels the job before it (its result is dropped). Every job ends with ready()
// (unless canceled), delivered on the GUI thread.
class BodyJob : public QObject
{
    Q_OBJECT
public:
    explicit BodyJob(QObject* parent = nullptr);
    ~BodyJob() override;

    void start(const QByteArray& body, const QString& contentType, const QStringList& secrets);
    void cancel();
    bool isRunning() const { return m_running; }

    // The work itself, synchronous (tests, and the thread pool).
    static PreparedBody prepare(const QByteArray& body, const QString& contentType,
                                const QStringList& secrets, const std::atomic<bool>* cancel = nullptr);

signals:
    void ready(const r8::composer::PreparedBody& body);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

// Parses JSON into a QJsonValue on the thread pool (for the tree view). Same rules as BodyJob.
class JsonParseJob : public QObject
{
    Q_OBJECT
public:
    explicit JsonParseJob(QObject* parent = nullptr);
    ~JsonParseJob() override;
    void start(const QByteArray& json);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void parsed(const QJsonValue& value, const QString& error);

private:
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace r8::composer

Q_DECLARE_METATYPE(r8::composer::PreparedBody)
