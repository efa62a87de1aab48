#pragma once
#include "app/composer/CodeExport.h"
#include "app/composer/ComposerRequest.h"

#include <functional>
#include <optional>

namespace r8::ui {

// What the composer currently holds, asked when a menu action runs (Copy as, Save as preset,
// Export as .http). Never a token: ExportOptions has no field for one.
struct ComposerSnapshot
{
    r8::composer::ComposerRequest request;
    r8::composer::ExportOptions options;
};

// nullopt: nothing valid to export (the page that provides the snapshot shows why).
using SnapshotFn = std::function<std::optional<ComposerSnapshot>()>;

} // namespace r8::ui
