#pragma once

namespace r8 {
class TokenVault;
}

namespace r8::ui {
class ClipboardGuard;

// What the pages share, created once by main() (or a test) and handed in: no singletons.
struct Services
{
    r8::TokenVault* vault = nullptr;
    ClipboardGuard* clipboard = nullptr;
};

} // namespace r8::ui
