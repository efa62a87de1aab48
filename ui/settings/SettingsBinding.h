#pragma once
#include "ui/Services.h"

class QObject;

namespace r8::ui {

// Applies the preferences in services.settings to the services that use them — the clipboard
// clear delay to the ClipboardGuard, the verification interval and rotation age to the
// TokenHealthMonitor — now and again on every change (no restart). Connections live as long as
// `context`. Does nothing without settings.
void bindSettings(const Services& services, QObject* context);

} // namespace r8::ui
