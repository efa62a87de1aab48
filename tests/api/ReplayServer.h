#pragma once
// Serves the real recorded exchanges (shared/fixtures/replicate-recordings/*.json) on loopback:
// each request gets the next recorded answer for its method + path + query, in recorded order.
#include "tests/api/ScriptedServer.h"

#include <QHash>
#include <QJsonObject>
#include <QQueue>

namespace r8::test {

struct RecordedExchange
{
    QByteArray method;
    QByteArray target; // path + query
    QByteArray requestBody;
    int status = 0;
    QByteArray contentType;
    QByteArray body; // decoded (base64 bodies decoded to bytes)
};

// Pure: one recording file's bytes → its exchanges. False with a message on a malformed file.
bool parseRecording(const QByteArray& json, QList<RecordedExchange>* out, QString* error);

class ReplayServer : public QObject
{
    Q_OBJECT
public:
    explicit ReplayServer(const QList<RecordedExchange>& exchanges, QObject* parent = nullptr);
    bool start() { return m_server.start(); }
    QUrl url(const QByteArray& target) const;
    QUrl baseUrl() const { return m_server.baseUrl(); }
    int unmatched() const { return m_unmatched; }

private:
    ScriptedServer m_server;
    QHash<QByteArray, QQueue<RecordedExchange>> m_queues;
    int m_unmatched = 0;
};

} // namespace r8::test
