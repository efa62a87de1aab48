#pragma once
#include "app/sandbox/IncomingRequest.h"

#include <QObject>

namespace r8::sandbox {

class PredictionStore;

// One client reading a prediction's event stream. Lives as a child of the client's socket, so it
// goes away with it; replays past events, then follows new ones until `done`.
class SseSession : public QObject
{
    Q_OBJECT
public:
    // HoldAfterDone: send every event, `done` included, then keep the connection open (as a
    // buffering proxy may): the client has to close it.
    enum class Fault
    {
        None,
        Stall,
        Drop,
        HoldAfterDone
    };
    SseSession(PredictionStore* store, const IncomingRequestPtr& req, const QString& id, qint64 idBase,
               int firstIndex, Fault fault);
    void flush();

private:
    PredictionStore* m_store;
    IncomingRequestPtr m_req;
    QString m_id;
    qint64 m_idBase;
    int m_next;
    int m_sent = 0;
    Fault m_fault;
    bool m_done = false;
};

} // namespace r8::sandbox
