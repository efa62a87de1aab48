#include "ui/response/JsonColors.h"

namespace r8::ui {

JsonColors jsonColors(const QPalette& palette)
{
    JsonColors c;
    c.punctuation = palette.color(QPalette::Text);
    c.gutter = palette.color(QPalette::PlaceholderText);
    if (palette.color(QPalette::Base).lightness() < 128) { // colours for what sits on Base
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

} // namespace r8::ui
