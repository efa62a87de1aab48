#pragma once
#include <QColor>
#include <QFont>
#include <QJsonValue>
#include <QPalette>
#include <QString>

// How the form's fields write values, numbers and descriptions (shared by the field kinds).
namespace r8::ui::fieldtext {

QString num(double d); // a number as JSON would write it (no exponent below 1e15)
// Red that reads on the palette's window colour (light or dark).
QColor problemColor(const QPalette& pal);
QString compactJson(const QJsonValue& v);
// What a value looks like in a text field: strings as they are, everything else as JSON.
QString valueText(const QJsonValue& v);
int decimalsOf(double v); // the decimals needed to write v (at most 6)
// A description as HTML: Markdown links [text](https://…) and bare https:// URLs become links.
QString helpToHtml(const QString& text);
QFont smallerFont(QFont f);

} // namespace r8::ui::fieldtext
