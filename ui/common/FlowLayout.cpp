#include "ui/common/FlowLayout.h"

#include <QWidget>

#include <algorithm>

namespace r8::ui {

FlowLayout::FlowLayout(QWidget* parent, int hSpacing, int vSpacing)
    : QLayout(parent), m_hSpacing(hSpacing), m_vSpacing(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
    invalidate();
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    if (width != m_cachedWidth) {
        m_cachedHeight = place(QRect(0, 0, width, 0), false);
        m_cachedWidth = width;
    }
    return m_cachedHeight;
}

void FlowLayout::invalidate()
{
    m_cachedWidth = -1;
    QLayout::invalidate();
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? m_hSpacing : 0) + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom()).expandedTo(minimumSize());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    place(rect, true);
}

namespace {
// How wide an item wants to be on a line `lineWidth` wide. A wrapping label's size hint is a guess
// (narrow and squarish), so for an item whose height follows its width: the narrowest width at which
// it is no taller than on the whole line — its text on one line when it fits, and never wider than
// the line (a longer text then wraps inside it).
int naturalWidth(QLayoutItem* item, int lineWidth)
{
    const int minimum = std::min(item->minimumSize().width(), lineWidth);
    if (!item->hasHeightForWidth() || lineWidth <= 0)
        return std::max(std::min(item->sizeHint().width(), lineWidth), minimum);
    const int flat = item->heightForWidth(lineWidth);
    int lo = std::max(1, minimum);
    int hi = lineWidth;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (item->heightForWidth(mid) <= flat)
            hi = mid;
        else
            lo = mid + 1;
    }
    return hi;
}
} // namespace

int FlowLayout::place(const QRect& rect, bool apply) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    struct Placed
    {
        QLayoutItem* item;
        QRect geometry;
    };
    QList<Placed> line;
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    auto finishLine = [&] {
        if (apply)
            for (const Placed& p : line)
                p.item->setGeometry(p.geometry.translated(0, (lineHeight - p.geometry.height()) / 2));
        line.clear();
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const int width = naturalWidth(item, area.width());
        const int height =
            item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
        if (!line.isEmpty() && x + width > area.x() + area.width()) {
            finishLine();
            x = area.x();
            y += lineHeight + m_vSpacing;
            lineHeight = 0;
        }
        line.append({item, QRect(x, y, width, height)});
        x += width + m_hSpacing;
        lineHeight = std::max(lineHeight, height);
    }
    finishLine();
    return y + lineHeight - rect.y() + m.bottom();
}

} // namespace r8::ui
