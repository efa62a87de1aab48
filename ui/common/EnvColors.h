#pragma once
#include <QColor>
#include <QString>

namespace r8::ui {

// The chip colour of an environment label: fixed, distinct hues for the well-known labels
// (production red, staging amber, development green, sandbox blue) and a stable hue derived
// from the text for custom ones. Text on the chip is black or white, whichever contrasts more,
// so chips read the same in light and dark palettes.
QColor environmentColor(const QString& label);
QColor chipTextColor(const QColor& background);

} // namespace r8::ui
