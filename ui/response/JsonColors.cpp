#include "ui/response/JsonColors.h"

namespace r8::ui {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

JsonColors jsonColors(const QPalette& palette)
{
    JsonColors c;
    c.punctuation = palette.color(QPalette::Text);
    c.gutter = palette.color(QPalette::PlaceholderText);
    if (isDarkPalette(palette)) {
        c.key = QColor(0x9c, 0xdc, 0xfe);
        c.string = QColor(0xe6, 0xa8, 0x7e);
        c.number = QColor(0xb5, 0xce, 0xa8);
        c.keyword = QColor(0x7a, 0xb8, 0xf0);
    } else {
        c.key = QColor(0x0b, 0x4f, 0x9c);
        c.string = QColor(0xa3, 0x15, 0x15);
        c.number = QColor(0x0a, 0x6e, 0x4a);
        c.keyword = QColor(0x5b, 0x2b, 0xb5);
    }
    return c;
}

QColor toneColor(Tone tone, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x1b, 0x6e, 0x2e);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace r8::ui
