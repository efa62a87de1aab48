#include "ui/common/BaseUrls.h"

#include "app/api/Environment.h"
#include "app/api/EnvironmentStore.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenRecord.h"

namespace r8::ui {

QUrl baseUrlFor(const Services& services, const QString& environment)
{
    if (environment == env::Sandbox && services.sandbox && services.sandbox->isRunning())
        return services.sandbox->baseUrl();
    if (services.environments)
        return services.environments->baseUrlFor(environment);
    return environment == env::Sandbox ? QUrl() : api::defaultApiBase();
}

} // namespace r8::ui
