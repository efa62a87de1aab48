#pragma once
#include <QColor>
#include <QPalette>

class QWidget;

namespace r8::ui {

// The app's one vocabulary of status colours and emphasis, chosen for the palette (darker hues on a
// light window, lighter ones on a dark window, each readable against what it sits on). Every page
// uses these instead of colours of its own.
enum class Tone
{
    Neutral,
    Info,
    Success,
    Warning,
    Error
};

bool isDarkPalette(const QPalette& palette);

// A status colour readable as text on the palette's window colour (Neutral: the window text).
QColor toneColor(Tone tone, const QPalette& palette);

// A banner's colours: `palette` with Window and WindowText set for the tone (Neutral: unchanged).
QPalette bannerPalette(Tone tone, const QPalette& palette);
// Sets the banner palette on `banner` and every child label, and lets it paint its background.
void applyBannerPalette(QWidget* banner, Tone tone);

// Emphasis by size, relative to the widget's own font: page titles (1.5), empty-state titles (1.4),
// secondary lines (0.9).
enum class TextRole
{
    PageTitle,
    EmptyTitle,
    Secondary
};
void setTextRole(QWidget* widget, TextRole role);

} // namespace r8::ui
