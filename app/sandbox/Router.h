#pragma once
#include "app/sandbox/IncomingRequest.h"
#include "app/sandbox/RateLimiter.h"

#include <functional>

namespace r8::sandbox {

struct SandboxState;

// The route table and the checks every API request goes through, in order:
// body size (413), route (404/405), authentication (401), rate limit (429), then the handler.
class Router
{
public:
    using Handler = std::function<void(const IncomingRequestPtr&)>;
    struct Route
    {
        QByteArray method;
        QString pattern;
        QString area; // for faults; empty = no faults (streams handle their own)
        bool auth = true;
        RateLimiter::Bucket bucket = RateLimiter::Other;
        Handler handler;
    };
    static constexpr qint64 kMaxBody = 10 * 1024 * 1024;

    explicit Router(SandboxState& state) : m_state(state) {}
    void add(Route route) { m_routes.append(std::move(route)); }
    void dispatch(const IncomingRequestPtr& req);

private:
    bool authenticate(const IncomingRequestPtr& req, RateLimiter::Bucket bucket);
    SandboxState& m_state;
    QList<Route> m_routes;
};

} // namespace r8::sandbox
