#pragma once
#include <QScrollArea>

namespace r8::ui {

// A page of the main window, in a scroll area that never passes the page's needs on to the
// window: the page gets the whole viewport, and scrolls only when the viewport is smaller than the
// page's minimum size. Unlike QScrollArea's widgetResizable, the page is not made as tall as its
// preferred height for the width (wrapped labels would make every page scroll); and when the
// page's minimum changes (a banner, a response), the page is refitted instead of the window
// growing.
class PageFrame : public QScrollArea
{
    Q_OBJECT
public:
    explicit PageFrame(QWidget* page, QWidget* parent = nullptr);

    QWidget* page() const { return widget(); }
    void setPage(QWidget* page); // the old page is handed back to the caller (not deleted)
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fit();
};

} // namespace r8::ui
