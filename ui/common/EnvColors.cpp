#include "ui/common/EnvColors.h"

#include "app/vault/TokenRecord.h"

#include <cmath>

namespace r8::ui {

QColor environmentColor(const QString& label)
{
    if (label == env::Production)
        return QColor(0xC6, 0x28, 0x28);
    if (label == env::Staging)
        return QColor(0xF2, 0xA9, 0x00);
    if (label == env::Development)
        return QColor(0x2E, 0x7D, 0x32);
    if (label == env::Sandbox)
        return QColor(0x15, 0x65, 0xC0);
    const int hue = int(qHash(label) % 360u);
    return QColor::fromHsl(hue, 110, 110);
}

QColor chipTextColor(const QColor& bg)
{
    // WCAG relative luminance; pick the text colour with the higher contrast ratio.
    auto lin = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double l = 0.2126 * lin(bg.redF()) + 0.7152 * lin(bg.greenF()) + 0.0722 * lin(bg.blueF());
    const double withWhite = 1.05 / (l + 0.05);
    const double withBlack = (l + 0.05) / 0.05;
    return withWhite >= withBlack ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace r8::ui
