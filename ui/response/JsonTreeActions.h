#pragma once

class QTreeView;

namespace r8::ui {

// Gives a tree view over a JsonTreeModel a context menu and shortcuts: Copy value (Ctrl+C; strings
// as they are, objects and arrays as indented JSON), Copy path ("output[0].image").
void addJsonTreeActions(QTreeView* view);

} // namespace r8::ui
