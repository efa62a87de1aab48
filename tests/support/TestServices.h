#pragma once
#include "ui/Services.h"

#include <QString>

#include <memory>

namespace r8 {
class SecretStore;
class MemorySecretStore;
} // namespace r8

namespace r8::test {

// The objects r8desk's main() makes, for a GUI test: each owned here and wired into services() the way
// main() wires them (the verifier asks baseUrlFor(services(), …), the health monitor uses the verifier).
// Files (tokens.json, environments.json, r8desk.ini) go to `dataDir`. Destroyed in the reverse order.
class TestServices
{
public:
    struct Options
    {
        SecretStore* store = nullptr; // null: an in-memory store owned here (memoryStore())
        bool sandbox = false;         // an in-process SandboxSession (not started)
        bool verifier = true;         // a TokenVerifier
        bool health = false;          // a TokenHealthMonitor (needs the verifier)
        bool settings = true;         // AppSettings on dataDir/r8desk.ini
        bool findings = false;        // a FindingsStore on dataDir/findings.json (forgets removed tokens)
    };

    explicit TestServices(const QString& dataDir);
    TestServices(const QString& dataDir, const Options& options);
    ~TestServices();
    TestServices(const TestServices&) = delete;
    TestServices& operator=(const TestServices&) = delete;

    const ui::Services& services() const { return m_services; }
    ui::Services& services() { return m_services; }
    MemorySecretStore* memoryStore() const { return m_memory.get(); } // null with Options::store

    // The owned objects (null when not asked for), whatever a test later changes in services().
    TokenVault* vault() const;
    ui::ClipboardGuard* clipboard() const;
    api::ApiClient* client() const;
    api::EnvironmentStore* environments() const;
    AppSettings* settings() const;
    session::SandboxSession* sandbox() const;
    api::TokenVerifier* verifier() const;
    session::TokenHealthMonitor* health() const;
    scan::FindingsStore* findings() const;

private:
    struct Owned;
    std::unique_ptr<MemorySecretStore> m_memory;
    std::unique_ptr<Owned> m_owned;
    ui::Services m_services;
};

} // namespace r8::test
