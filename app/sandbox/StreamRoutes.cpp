#include "app/sandbox/ApiRoutes.h"

#include "app/sandbox/SandboxState.h"
#include "app/sandbox/SseSession.h"

namespace r8::sandbox {

void StreamRoutes::install(Router& router, SandboxState& state)
{
    // No Authorization needed, as on the real streaming host.
    router.add({"GET", QStringLiteral("/stream/v1/predictions/{id}"), QString(), false, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    const QString id = req->params.value(QStringLiteral("id"));
                    const StoredPrediction* p = state.store.find(id);
                    if (!p || !p->streams) {
                        req->send(problems::notFound());
                        return;
                    }
                    if (!req->beginStream({{"Content-Type", "text/event-stream"},
                                           {"Cache-Control", "no-store"},
                                           {"Connection", "close"},
                                           {"Access-Control-Allow-Origin", "*"}}))
                        return;
                    if (p->dataRemoved) {
                        req->writeChunk(":408: 408 Request Timeout\n\n");
                        req->close();
                        return;
                    }
                    // Resume after Last-Event-ID ("SECONDS:INDEX").
                    int first = 0;
                    const QByteArray last = req->header("Last-Event-ID");
                    if (last.contains(':'))
                        first = last.mid(last.indexOf(':') + 1).toInt() + 1;
                    SseSession::Fault fault = state.holdStreamsAfterDone ? SseSession::Fault::HoldAfterDone
                                                                         : SseSession::Fault::None;
                    if (state.faults.roll(state.faults.spec().stall))
                        fault = SseSession::Fault::Stall;
                    else if (state.faults.roll(state.faults.spec().drop))
                        fault = SseSession::Fault::Drop;
                    auto* session =
                        new SseSession(&state.store, req, id, p->createdAt.toSecsSinceEpoch(), first, fault);
                    session->flush();
                }});
}

} // namespace r8::sandbox
