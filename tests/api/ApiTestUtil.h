#pragma once
#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"

#include <QSignalSpy>
#include <QTest>

namespace r8::test {

// Sends one request and waits (event loop running) for its result.
inline api::ApiResult sendAndWait(api::ApiClient& client, const api::ApiRequest& req,
                                  const api::ApiTarget& target, int timeoutMs = 20000)
{
    api::ApiCall* call = client.send(req, target);
    QSignalSpy spy(call, &api::ApiCall::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.takeFirst().at(0).value<api::ApiResult>();
}

} // namespace r8::test
