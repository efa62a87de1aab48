#pragma once
#include <QString>

namespace r8::ui {

// Text for a word-wrapping label that must not hold the window wide: words longer than `maxWord`
// characters (a URL, a long model or input name, a token of garbage from a server) get a
// zero-width space every `maxWord` characters, so that they wrap instead of widening the label.
QString wrapAnywhere(const QString& text, int maxWord = 32);

} // namespace r8::ui
