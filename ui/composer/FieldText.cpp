#include "ui/composer/FieldText.h"
#include "ui/common/Tone.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace r8::ui::fieldtext {

QString num(double d)
{
    return QString::number(d, 'g', 15);
}

QColor problemColor(const QPalette& pal)
{
    return toneColor(Tone::Error, pal);
}

QString compactJson(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString valueText(const QJsonValue& v)
{
    if (v.isUndefined())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isObject() || v.isArray()) {
        const QJsonDocument doc = v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray());
        const QByteArray compact = doc.toJson(QJsonDocument::Compact);
        return QString::fromUtf8(compact.size() <= 60 ? compact : doc.toJson(QJsonDocument::Indented))
            .trimmed();
    }
    return compactJson(v);
}

int decimalsOf(double v)
{
    for (int d = 0; d <= 6; ++d) {
        const double scaled = v * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, std::fabs(scaled)))
            return d;
    }
    return 6;
}

QString helpToHtml(const QString& text)
{
    static const QRegularExpression link(QStringLiteral(
        "\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)|(https?://[^\\s<>()\\]]+[^\\s<>()\\].,;:!?])"));
    QString out;
    qsizetype last = 0;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString url = m.captured(2).isEmpty() ? m.captured(3) : m.captured(2);
        const QString label = m.captured(1).isEmpty() ? url : m.captured(1);
        out += QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), label.toHtmlEscaped());
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

QFont smallerFont(QFont f)
{
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else if (f.pixelSize() > 0)
        f.setPixelSize(std::max(9, int(f.pixelSize() * 0.9)));
    return f;
}

} // namespace r8::ui::fieldtext
