#pragma once
#include <QByteArray>
#include <QDateTime>

namespace r8::api {

// When a request is tried again: only idempotent methods (GET, HEAD), only on 429/503/504,
// honouring Retry-After (seconds or HTTP date), else exponential backoff with jitter, capped.
struct RetryPolicy
{
    int maxAttempts = 4;         // first try included
    int baseDelayMs = 500;       // first backoff
    int maxDelayMs = 8000;       // backoff cap
    int maxRetryAfterMs = 60000; // a longer Retry-After is not waited for: the caller is told when
};

bool isRetryableMethod(const QByteArray& method);
bool isRetryableStatus(int status);

// Milliseconds from `now` that a Retry-After value asks for; -1 when absent or unparseable.
// Pure; accepts "120" and "Wed, 21 Oct 2015 07:28:00 GMT" (a date in the past gives 0).
qint64 parseRetryAfterMs(const QByteArray& value, const QDateTime& now);

// Backoff before retry number `retry` (1 = first retry): base·2^(retry−1), capped, ±20 % jitter
// (jitter01 in [0, 1)).
int backoffDelayMs(const RetryPolicy& policy, int retry, double jitter01);

} // namespace r8::api
