#pragma once
#include <QPalette>

namespace r8::test {

// The dark palette the screenshots and the offscreen render checks use (offscreen has no system
// theme to switch): what a dark desktop theme gives a Qt app.
QPalette darkPalette();

} // namespace r8::test
