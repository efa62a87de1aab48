#pragma once
#include "app/composer/BodyText.h"

#include <QListView>

namespace r8::ui {

class TextRowsModel;
class TextRowDelegate;

// A read-only, virtualised text view for bodies of any size: a list view with uniform row sizes
// over TextRowsModel (only the visible rows are decoded and painted), monospace, with line numbers
// and JSON highlighting. Rows are selectable; Ctrl+C copies the selected lines, Ctrl+A selects all.
class BodyView : public QListView
{
    Q_OBJECT
public:
    explicit BodyView(QWidget* parent = nullptr);
    static constexpr int batchLayoutRows = 100000;

    TextRowsModel* rowsModel() const { return m_model; }
    // Shows `text` (prepared off the GUI thread) and lays the view out at once.
    void setFormatted(composer::FormattedText text);
    void clear();
    QString selectedText() const;
    QString allText() const;
    void goToLine(qint64 line); // 1-based; selects it and scrolls to it
    // Selects the next (or previous) row holding `text` (case-sensitive), after (before) the current
    // row, wrapping around. False when the text is nowhere in the body.
    bool find(const QString& text, bool backwards = false);

public slots:
    void copySelection();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMetrics();

    TextRowsModel* m_model;
    TextRowDelegate* m_delegate;
};

} // namespace r8::ui
