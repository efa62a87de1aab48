#pragma once
#include "FaultInjector.h"
#include "FileStore.h"
#include "ModelCatalog.h"
#include "PredictionStore.h"
#include "RateLimiter.h"
#include "SandboxConfig.h"
#include "TokenRegistry.h"

#include <QElapsedTimer>

namespace r8::sandbox {

// Everything the routes share. Owned by SandboxServer; routes hold a reference.
struct SandboxState
{
    explicit SandboxState(const SandboxConfig& c)
        : config(c), tokens(c.tokens), store(&files, c.seed), faults(c.seed)
    {
        limiter.setLimits(c.rateLimits.createPerMinute, c.rateLimits.otherPerMinute);
        store.setSpeed(c.speed);
        store.setRetentionSeconds(c.retentionSeconds);
        clock.start();
    }
    SandboxConfig config;
    ModelCatalog catalog;
    TokenRegistry tokens;
    FileStore files;
    PredictionStore store;
    RateLimiter limiter;
    FaultInjector faults;
    QElapsedTimer clock;
    bool holdStreamsAfterDone = false; // tests: streams stay open after `done`

    const PredictionUrls& urls() const { return store.urls(); }
};

} // namespace r8::sandbox
