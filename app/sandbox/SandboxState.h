#pragma once
#include "app/sandbox/FaultInjector.h"
#include "app/sandbox/FileStore.h"
#include "app/sandbox/ModelCatalog.h"
#include "app/sandbox/PredictionStore.h"
#include "app/sandbox/RateLimiter.h"
#include "app/sandbox/SandboxConfig.h"
#include "app/sandbox/TokenRegistry.h"

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
