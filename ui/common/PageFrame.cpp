#include "ui/common/PageFrame.h"

#include <QEvent>
#include <QScrollBar>
#include <QStyle>

namespace r8::ui {

PageFrame::PageFrame(QWidget* page, QWidget* parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false); // sized by fit()
    setFocusPolicy(Qt::NoFocus);
    setPage(page);
}

void PageFrame::setPage(QWidget* page)
{
    if (QWidget* old = widget()) {
        old->removeEventFilter(this);
        takeWidget();
    }
    setWidget(page);
    page->installEventFilter(this);
    fit();
}

QSize PageFrame::sizeHint() const
{
    return widget() ? widget()->sizeHint() : QScrollArea::sizeHint();
}

QSize PageFrame::minimumSizeHint() const
{
    // Room for the scroll bars, never the page's own minimum: the window does not grow for a page.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return {4 * bar, 4 * bar};
}

void PageFrame::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    fit();
}

bool PageFrame::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fit(); // the page's minimum may have changed
    return QScrollArea::eventFilter(watched, event);
}

void PageFrame::fit()
{
    QWidget* page = widget();
    if (!page)
        return;
    const QSize min = page->minimumSizeHint().expandedTo(page->minimumSize());
    const QSize room = maximumViewportSize();
    // Each direction that needs a scroll bar takes its width from the other.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    QSize size = room.expandedTo(min);
    if (min.width() > room.width())
        size.setHeight(qMax(min.height(), room.height() - bar));
    if (min.height() > room.height())
        size.setWidth(qMax(min.width(), room.width() - bar));
    size = size.boundedTo(page->maximumSize());
    if (page->size() != size)
        page->resize(size);
}

} // namespace r8::ui
