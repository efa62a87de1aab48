#pragma once
#include "app/api/ApiRequest.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace r8::api {
class ApiCall;
class ApiClient;
} // namespace r8::api

namespace r8::composer {

// One request of the composer and its answer, timed — for the response viewer and history.
// Never holds the token: `request` is what the app built (the client adds Authorization itself).
struct Exchange
{
    api::ApiRequest request;
    api::ApiResult result; // result.body holds the whole body (also for requests sent in streaming mode)
    QDateTime sentAt;      // UTC
    qint64 ttfbMs = -1;    // send → first body byte (-1: no body arrived)
    qint64 totalMs = 0;    // send → end
    qint64 ttfbUs = -1;    // the same in microseconds (benchmarks)
    qint64 totalUs = 0;
};

// Sends through the client and measures time to first byte and total. `done` runs once (unless
// `context` is gone); `onChunk`, when given, gets body data as it arrives and the body is then not
// kept in memory (SSE). Returns the call, to abort it.
api::ApiCall* sendTimed(api::ApiClient* client, const api::ApiRequest& request, const api::ApiTarget& target,
                        QObject* context, std::function<void(const Exchange&)> done,
                        std::function<void(const QByteArray&)> onChunk = {});

} // namespace r8::composer
