#include "ui/composer/WrapText.h"

namespace r8::ui {

QString wrapAnywhere(const QString& text, int maxWord)
{
    static const QChar zeroWidthSpace(0x200B);
    QString out;
    out.reserve(text.size() + text.size() / std::max(1, maxWord));
    int run = 0;
    for (const QChar c : text) {
        if (c.isSpace() || c == zeroWidthSpace) {
            run = 0;
        } else if (++run > maxWord) {
            out += zeroWidthSpace;
            run = 1;
        }
        out += c;
    }
    return out;
}

} // namespace r8::ui
