#include "app/sandbox/RateLimiter.h"

#include <cmath>

namespace r8::sandbox {

void RateLimiter::setLimits(int createPerMinute, int otherPerMinute)
{
    m_limits[Create] = std::max(1, createPerMinute);
    m_limits[Other] = std::max(1, otherPerMinute);
    m_states.clear();
}

RateLimiter::Decision RateLimiter::take(const QString& key, Bucket bucket, qint64 nowMs)
{
    const double capacity = m_limits[bucket];
    const double perMs = capacity / 60000.0;
    State& s = m_states[key + (bucket == Create ? QLatin1String("#c") : QLatin1String("#o"))];
    if (s.tokens < 0) {
        s.tokens = capacity;
        s.lastMs = nowMs;
    }
    s.tokens = std::min(capacity, s.tokens + double(std::max<qint64>(0, nowMs - s.lastMs)) * perMs);
    s.lastMs = nowMs;
    Decision d;
    const int secondsPerToken = std::max(1, int(std::ceil(1.0 / (perMs * 1000.0))));
    if (s.tokens >= 1.0) {
        s.tokens -= 1.0;
        d.allowed = true;
        d.remaining = int(std::floor(s.tokens));
        d.resetSeconds = secondsPerToken;
        return d;
    }
    d.allowed = false;
    d.remaining = 0;
    d.retryAfter = std::max(1, int(std::ceil((1.0 - s.tokens) / perMs / 1000.0)));
    d.resetSeconds = d.retryAfter;
    return d;
}

} // namespace r8::sandbox
