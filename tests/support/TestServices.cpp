#include "tests/support/TestServices.h"

#include "app/api/ApiClient.h"
#include "app/api/EnvironmentStore.h"
#include "app/api/TokenVerifier.h"
#include "app/core/AppSettings.h"
#include "app/scan/FindingsStore.h"
#include "app/session/SandboxSession.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/ClipboardGuard.h"

#include <QDir>

namespace r8::test {

// Members in construction order; destroyed in reverse.
struct TestServices::Owned
{
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<TokenVault> vault;
    std::unique_ptr<ui::ClipboardGuard> clipboard;
    std::unique_ptr<api::ApiClient> client;
    std::unique_ptr<api::EnvironmentStore> environments;
    std::unique_ptr<session::SandboxSession> sandbox;
    std::unique_ptr<api::TokenVerifier> verifier;
    std::unique_ptr<session::TokenHealthMonitor> health;
    std::unique_ptr<scan::FindingsStore> findings;
};

TestServices::TestServices(const QString& dataDir) : TestServices(dataDir, Options{}) {}

TestServices::TestServices(const QString& dataDir, const Options& o) : m_owned(std::make_unique<Owned>())
{
    const QDir dir(dataDir);
    SecretStore* store = o.store;
    if (!store) {
        m_memory = std::make_unique<MemorySecretStore>();
        store = m_memory.get();
    }
    if (o.settings)
        m_owned->settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("r8desk.ini")));
    m_owned->vault = std::make_unique<TokenVault>(store, dir.filePath(QStringLiteral("tokens.json")));
    m_owned->clipboard = std::make_unique<ui::ClipboardGuard>();
    m_owned->client = std::make_unique<api::ApiClient>();
    m_owned->environments =
        std::make_unique<api::EnvironmentStore>(dir.filePath(QStringLiteral("environments.json")));
    m_services.vault = m_owned->vault.get();
    m_services.clipboard = m_owned->clipboard.get();
    m_services.client = m_owned->client.get();
    m_services.environments = m_owned->environments.get();
    m_services.settings = m_owned->settings.get();
    if (o.sandbox) {
        m_owned->sandbox =
            std::make_unique<session::SandboxSession>(m_owned->vault.get(), m_owned->environments.get());
        m_services.sandbox = m_owned->sandbox.get();
    }
    if (o.verifier || o.health) {
        ui::Services* services = &m_services;
        m_owned->verifier = std::make_unique<api::TokenVerifier>(
            m_owned->vault.get(), m_owned->client.get(),
            [services](const QString& e) { return ui::baseUrlFor(*services, e); });
        m_services.verifier = m_owned->verifier.get();
    }
    if (o.health) {
        m_owned->health =
            std::make_unique<session::TokenHealthMonitor>(m_owned->vault.get(), m_owned->verifier.get());
        m_services.health = m_owned->health.get();
    }
    if (o.findings) {
        m_owned->findings = std::make_unique<scan::FindingsStore>(
            dir.filePath(QStringLiteral("findings.json")), m_owned->vault.get());
        m_owned->findings->load(); // as main() does: a missing file is an empty store
        m_services.findings = m_owned->findings.get();
    }
}

TestServices::~TestServices()
{
    m_owned.reset(); // before the in-memory store the vault uses
}

TokenVault* TestServices::vault() const
{
    return m_owned->vault.get();
}
ui::ClipboardGuard* TestServices::clipboard() const
{
    return m_owned->clipboard.get();
}
api::ApiClient* TestServices::client() const
{
    return m_owned->client.get();
}
api::EnvironmentStore* TestServices::environments() const
{
    return m_owned->environments.get();
}
AppSettings* TestServices::settings() const
{
    return m_owned->settings.get();
}
session::SandboxSession* TestServices::sandbox() const
{
    return m_owned->sandbox.get();
}
api::TokenVerifier* TestServices::verifier() const
{
    return m_owned->verifier.get();
}
session::TokenHealthMonitor* TestServices::health() const
{
    return m_owned->health.get();
}
scan::FindingsStore* TestServices::findings() const
{
    return m_owned->findings.get();
}

} // namespace r8::test
