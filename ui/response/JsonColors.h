#pragma once
#include <QColor>
#include <QPalette>

#include "ui/common/Tone.h" // Tone and toneColor(), for the response viewer

namespace r8::ui {

// Syntax colours for JSON, chosen for the palette: darker hues on a light base, lighter ones on a
// dark base, all with enough contrast against QPalette::Base. Punctuation uses the palette's text.
struct JsonColors
{
    QColor key, string, number, keyword, punctuation, gutter;
};
JsonColors jsonColors(const QPalette& palette);

} // namespace r8::ui
