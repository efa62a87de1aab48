#pragma once

namespace r8 {
class AppSettings;
class TokenVault;
} // namespace r8
namespace r8::api {
class ApiClient;
class EnvironmentStore;
class TokenVerifier;
} // namespace r8::api
namespace r8::composer {
class HistoryStore;
class PresetStore;
} // namespace r8::composer
namespace r8::scan {
class FindingsStore;
} // namespace r8::scan
namespace r8::session {
class TokenHealthMonitor;
class SandboxSession;
} // namespace r8::session

namespace r8::ui {
class ClipboardGuard;

// What the pages share, created once by main() (or a test) and handed in: no singletons.
// Only vault and clipboard are required; pages hide what needs a missing service.
struct Services
{
    r8::TokenVault* vault = nullptr;
    ClipboardGuard* clipboard = nullptr;
    r8::api::ApiClient* client = nullptr; // owns the network stack
    r8::api::EnvironmentStore* environments = nullptr;
    r8::api::TokenVerifier* verifier = nullptr;
    r8::session::TokenHealthMonitor* health = nullptr;
    r8::session::SandboxSession* sandbox = nullptr;
    r8::AppSettings* settings = nullptr;           // preferences (QSettings); never a secret
    r8::composer::HistoryStore* history = nullptr; // the composer's history; null: the window opens its own
    r8::composer::PresetStore* presets = nullptr;  // composer presets; null: the window opens its own
    r8::scan::FindingsStore* findings = nullptr;   // leak-check findings kept across restarts; null: not kept
};

} // namespace r8::ui
