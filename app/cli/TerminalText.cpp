#include "app/cli/TerminalText.h"

namespace r8::cli {

namespace {
bool isUnsafe(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x200E || c == 0x200F ||
           c == 0x061C;
}

QString escape(const QString& text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> codes = text.toUcs4();
    for (const uint u : codes) {
        const char32_t c = char32_t(u);
        if (keepLines && (c == U'\n' || c == U'\t')) {
            out += QChar(char16_t(c));
            continue;
        }
        if (!isUnsafe(c)) {
            out += QString::fromUcs4(&c, 1);
            continue;
        }
        switch (c) {
        case U'\n':
            out += QLatin1String("\\n");
            break;
        case U'\r':
            out += QLatin1String("\\r");
            break;
        case U'\t':
            out += QLatin1String("\\t");
            break;
        case 0x1B:
            out += QLatin1String("\\e");
            break;
        default:
            out += c < 0x100 ? QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}
} // namespace

QString oneLine(const QString& text)
{
    return escape(text, false);
}

QString multiLine(const QString& text)
{
    return escape(text, true);
}

QString urlForDisplay(const QUrl& url)
{
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    const QString ascii = QString::fromLatin1(url.toEncoded(QUrl::RemoveUserInfo));
    const QString unicodeHost = url.host(QUrl::PrettyDecoded);
    const QString asciiHost = QString::fromLatin1(QUrl::toAce(unicodeHost));
    if (!asciiHost.isEmpty() && asciiHost != unicodeHost)
        return oneLine(QStringLiteral("%1 (%2)").arg(shown, ascii));
    return oneLine(shown);
}

} // namespace r8::cli
