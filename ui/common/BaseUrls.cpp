#include "ui/common/BaseUrls.h"

#include "app/api/Environment.h"
#include "app/api/EnvironmentStore.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenRecord.h"

namespace r8::ui {

QUrl baseUrlFor(const Services& services, const QString& environment)
{
    // The in-app sandbox, started again if r8desk was restarted since it was last used.
    if (environment == env::Sandbox && services.sandbox) {
        const QUrl running = services.sandbox->ensureRunning();
        if (running.isValid())
            return running;
    }
    if (services.environments)
        return services.environments->baseUrlFor(environment);
    return environment == env::Sandbox ? QUrl() : api::defaultApiBase();
}

} // namespace r8::ui
