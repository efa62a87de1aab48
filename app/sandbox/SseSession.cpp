#include "app/sandbox/SseSession.h"

#include "app/sandbox/PredictionStore.h"
#include "app/sandbox/SseFormat.h"

namespace r8::sandbox {

SseSession::SseSession(PredictionStore* store, const IncomingRequestPtr& req, const QString& id,
                       qint64 idBase, int firstIndex, Fault fault)
    : QObject(req->socket()), m_store(store), m_req(req), m_id(id), m_idBase(idBase), m_next(firstIndex),
      m_fault(fault)
{
    connect(store, &PredictionStore::eventAdded, this, [this](const QString& pid) {
        if (pid == m_id)
            flush();
    });
}

void SseSession::flush()
{
    if (m_done)
        return;
    const QList<StreamEvent>& events = m_store->events(m_id);
    while (m_next < events.size()) {
        if ((m_fault == Fault::Stall || m_fault == Fault::Drop) && m_sent >= 2) {
            m_done = true;
            if (m_fault == Fault::Drop)
                m_req->abort();
            return; // Stall: keep the connection open, send nothing more
        }
        const StreamEvent& e = events.at(m_next);
        if (!m_req->writeChunk(formatSseEvent(e.event, sseEventId(m_idBase, m_next), e.data))) {
            m_done = true;
            return;
        }
        ++m_next;
        ++m_sent;
        if (e.event == "done") {
            m_done = true;
            if (m_fault != Fault::HoldAfterDone)
                m_req->close();
            return;
        }
    }
}

} // namespace r8::sandbox
