#pragma once
#include "ui/Services.h"

#include <QUrl>

namespace r8::ui {

// The API base URL for an environment label: the running in-process sandbox for "sandbox", else the
// environment store's entry, else Replicate's API for labels that have none. Empty: not available.
QUrl baseUrlFor(const Services& services, const QString& environment);

} // namespace r8::ui
