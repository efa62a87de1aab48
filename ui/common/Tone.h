#pragma once
#include <QColor>
#include <QPalette>

class QLabel;
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
// A page's banner (a frame holding `label`): shows `text` in the tone's colours (Neutral: the page's
// alternate base) and announces it to a screen reader (the label's accessible name changes).
void showBanner(QWidget* banner, QLabel* label, const QString& text, Tone tone);

// Emphasis, relative to the widget's own font: page titles (1.5×, bold), empty-state titles (1.4×,
// bold), secondary lines (0.9×).
enum class TextRole
{
    PageTitle,
    EmptyTitle,
    Secondary
};
void setTextRole(QWidget* widget, TextRole role);

} // namespace r8::ui
