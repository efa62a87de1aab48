#pragma once
#include <QIcon>

namespace r8::ui {

// The application icon from the PNGs embedded in resources/r8desk.qrc, decoded only when a pixmap
// is asked for. QIcon::addFile() and QIcon::fromTheme() probe every image-format plugin when they
// are called (loading Qt SVG, libtiff, libmng, … ≈1.5 MB of RSS at start-up), even on platforms
// that never draw the window icon (Wayland takes it from the .desktop file; offscreen never does).
QIcon appIcon();

} // namespace r8::ui
