#pragma once
#include <QString>
#include <QStringList>

class QWidget;

namespace r8::test {

// Walks the visible accessibility tree under `root` (what a screen reader sees) and returns the
// interactive controls without an accessible name, as "path/objectName (Class)". Items inside lists,
// tables and trees are data, not controls, and are not descended into. `checked` (optional) gets the
// number of interactive controls seen, so a test can tell that the accessibility bridge works.
QStringList namelessControls(QWidget* root, int* checked = nullptr);

} // namespace r8::test
