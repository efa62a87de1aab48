#include "app/composer/Exchange.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"

#include <QElapsedTimer>

#include <memory>

namespace r8::composer {

api::ApiCall* sendTimed(api::ApiClient* client, const api::ApiRequest& request, const api::ApiTarget& target,
                        QObject* context, std::function<void(const Exchange&)> done,
                        std::function<void(const QByteArray&)> onChunk)
{
    struct State
    {
        QElapsedTimer clock;
        Exchange ex;
        QByteArray body;
    };
    auto state = std::make_shared<State>();
    state->ex.request = request;
    state->ex.sentAt = QDateTime::currentDateTimeUtc();
    api::ApiRequest req = request;
    req.streaming = true; // body in chunks: the first one marks the time to first byte
    const bool keepBody = !onChunk;
    api::ApiCall* call = client->send(req, target);
    state->clock.start();
    QObject::connect(call, &api::ApiCall::chunk, context,
                     [state, onChunk, keepBody, call](const QByteArray& data) {
                         if (state->ex.ttfbUs < 0 && !data.isEmpty()) {
                             state->ex.ttfbUs = state->clock.nsecsElapsed() / 1000;
                             state->ex.ttfbMs = state->ex.ttfbUs / 1000;
                             // One allocation for a big body: growing a 20 MB buffer by doubling copies it
                             // again and again on the GUI thread (the response viewer's stall benchmark).
                             constexpr qint64 maxReserve = 512LL * 1024 * 1024;
                             const qint64 expected = call->expectedBodySize();
                             if (keepBody && expected > 0 && expected <= maxReserve)
                                 state->body.reserve(expected);
                         }
                         if (keepBody)
                             state->body += data;
                         else
                             onChunk(data);
                     });
    QObject::connect(call, &api::ApiCall::finished, context, [state, done](const api::ApiResult& r) {
        state->ex.totalUs = state->clock.nsecsElapsed() / 1000;
        state->ex.totalMs = state->ex.totalUs / 1000;
        state->ex.result = r;
        if (r.ok())
            state->ex.result.body = state->body;
        else if (state->ex.ttfbUs < 0 && !r.body.isEmpty()) { // error bodies arrive whole
            state->ex.ttfbUs = state->ex.totalUs;
            state->ex.ttfbMs = state->ex.totalMs;
        }
        done(state->ex);
    });
    return call;
}

} // namespace r8::composer
