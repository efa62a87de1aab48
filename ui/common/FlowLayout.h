#pragma once
#include <QLayout>
#include <QList>

namespace r8::ui {

// Lays its items out left to right and starts a new line when the next one does not fit, so that a
// row of short texts (a form field's title and its key and type) wraps on a narrow screen instead of
// widening what holds it. Items of one line are centred on it vertically. Its minimum width is its
// widest item's; its height follows the width it is given.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int hSpacing = 8, int vSpacing = 2);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;
    void invalidate() override;

private:
    int place(const QRect& rect, bool apply) const; // the height used
    QList<QLayoutItem*> m_items;
    int m_hSpacing;
    int m_vSpacing;
    mutable int m_cachedWidth = -1; // the last heightForWidth() asked (layouts ask it again and again)
    mutable int m_cachedHeight = 0;
};

} // namespace r8::ui
