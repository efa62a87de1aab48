#include "app/core/Redact.h"

#include <QRegularExpression>

namespace r8 {

QString tokenHint(const QString& token)
{
    return token.right(4);
}

QString maskToken(const QString& token)
{
    const QString dots = QString(4, QChar(0x2022)) + QChar(0x2026); // ••••…
    if (token.size() < 8)
        return dots;
    const QString prefix = token.startsWith(QLatin1String("r8_")) ? QStringLiteral("r8_") : QString();
    return prefix + dots + tokenHint(token);
}

QString redact(const QString& text, const QStringList& knownSecrets)
{
    QString out = text;
    for (const QString& s : knownSecrets) {
        if (s.size() >= 8)
            out.replace(s, maskToken(s));
    }
    static const QRegularExpression tokenRe(QStringLiteral("r8_[0-9A-Za-z_-]{37,}"));
    QString result;
    qsizetype last = 0;
    auto it = tokenRe.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += maskToken(m.captured());
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace r8
