#pragma once
#include "app/sandbox/Router.h"

namespace r8::sandbox {

struct SandboxState;

// Route groups; each installs its routes into the router. Handlers answer through respond(),
// which applies the configured faults.
void respond(SandboxState& state, const IncomingRequestPtr& req, const Reply& reply);

struct AccountRoutes
{
    static void install(Router& router, SandboxState& state);
}; // /v1/account, /v1/tokens
struct ModelRoutes
{
    static void install(Router& router, SandboxState& state);
}; // /v1/models…
struct PredictionRoutes
{
    static void install(Router& router, SandboxState& state);
}; // /v1/predictions…
struct StreamRoutes
{
    static void install(Router& router, SandboxState& state);
}; // /stream/v1/predictions/{id}
struct FileRoutes
{
    static void install(Router& router, SandboxState& state);
}; // /files/…, /p/{id}

} // namespace r8::sandbox
