#pragma once
#include <QHash>
#include <QString>

namespace r8::sandbox {

// Token buckets per (key, bucket): capacity = the per-minute limit, refilled continuously
// at limit/60 per second, so short bursts pass and a steady excess is throttled.
// Pure apart from the time, which the caller passes in (milliseconds, any monotonic origin).
class RateLimiter
{
public:
    enum Bucket
    {
        Create,
        Other
    };
    struct Decision
    {
        bool allowed = true;
        int remaining = 0;    // ratelimit-remaining
        int resetSeconds = 1; // ratelimit-reset: seconds until at least one more request is allowed
        int retryAfter = 0;   // Retry-After when refused
    };

    void setLimits(int createPerMinute, int otherPerMinute);
    Decision take(const QString& key, Bucket bucket, qint64 nowMs);

private:
    struct State
    {
        double tokens = -1;
        qint64 lastMs = 0;
    };
    int m_limits[2] = {600, 3000};
    QHash<QString, State> m_states;
};

} // namespace r8::sandbox
