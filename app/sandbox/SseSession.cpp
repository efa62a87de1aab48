#include "app/sandbox/SseSession.h"

#include "app/sandbox/PredictionStore.h"
#include "app/sandbox/SseFormat.h"

namespace r8::sandbox {

SseSession::SseSession(PredictionStore* store, const ExchangePtr& ex, const QString& id, qint64 idBase,
                       int firstIndex, Fault fault)
    : QObject(ex->socket()), m_store(store), m_ex(ex), m_id(id), m_idBase(idBase), m_next(firstIndex),
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
                m_ex->abort();
            return; // Stall: keep the connection open, send nothing more
        }
        const StreamEvent& e = events.at(m_next);
        if (!m_ex->writeChunk(formatSseEvent(e.event, sseEventId(m_idBase, m_next), e.data))) {
            m_done = true;
            return;
        }
        ++m_next;
        ++m_sent;
        if (e.event == "done") {
            m_done = true;
            if (m_fault != Fault::HoldAfterDone)
                m_ex->close();
            return;
        }
    }
}

} // namespace r8::sandbox
