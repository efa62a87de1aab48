#pragma once
#include <QColor>
#include <QPalette>

namespace r8::ui {

// Syntax colours for JSON, chosen for the palette: darker hues on a light base, lighter ones on a
// dark base, all with enough contrast against QPalette::Base. Punctuation uses the palette's text.
struct JsonColors
{
    QColor key, string, number, keyword, punctuation, gutter;
};
JsonColors jsonColors(const QPalette& palette);
bool isDarkPalette(const QPalette& palette);

// A status colour (success / warning / error) readable as text on the palette's window colour.
enum class Tone
{
    Success,
    Warning,
    Error,
    Neutral
};
QColor toneColor(Tone tone, const QPalette& palette);

} // namespace r8::ui
