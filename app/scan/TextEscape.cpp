#include "app/scan/TextEscape.h"

namespace r8::scan {

namespace {
bool needsEscape(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\\' || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 ||
           c == 0x2029;
}
} // namespace

QString escapeControls(const QString& text)
{
    bool any = false;
    for (QChar ch : text) {
        if (needsEscape(ch.unicode())) {
            any = true;
            break;
        }
    }
    if (!any)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!needsEscape(c)) {
            out += ch;
            continue;
        }
        switch (c) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case 0x1B:
            out += QLatin1String("\\e");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        default:
            if (c < 0x100)
                out += QStringLiteral("\\x%1").arg(unsigned(c), 2, 16, QLatin1Char('0'));
            else
                out += QStringLiteral("\\u{%1}").arg(unsigned(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace r8::scan
