#include "ui/settings/SettingsBinding.h"

#include "app/core/AppSettings.h"
#include "app/session/TokenHealthMonitor.h"
#include "ui/common/ClipboardGuard.h"

#include <QPointer>

namespace r8::ui {

void bindSettings(const Services& services, QObject* context)
{
    AppSettings* settings = services.settings;
    if (!settings)
        return;
    if (ClipboardGuard* clipboard = services.clipboard) {
        clipboard->setClearDelay(settings->clipboardClearSeconds() * 1000);
        QObject::connect(settings, &AppSettings::clipboardClearSecondsChanged, context,
                         [clipboard = QPointer<ClipboardGuard>(clipboard)](int seconds) {
                             if (clipboard)
                                 clipboard->setClearDelay(seconds * 1000);
                         });
    }
    if (session::TokenHealthMonitor* health = services.health) {
        // Hours fit an int of milliseconds up to 596 h; the setting stops at 168.
        health->setCheckInterval(settings->verificationIntervalHours() * 3600 * 1000);
        health->setRotationAgeDays(settings->rotationAgeDays());
        const QPointer<session::TokenHealthMonitor> guard(health);
        QObject::connect(settings, &AppSettings::verificationIntervalHoursChanged, context,
                         [guard](int hours) {
                             if (guard)
                                 guard->setCheckInterval(hours * 3600 * 1000);
                         });
        QObject::connect(settings, &AppSettings::rotationAgeDaysChanged, context, [guard](int days) {
            if (guard)
                guard->setRotationAgeDays(days);
        });
    }
}

} // namespace r8::ui
