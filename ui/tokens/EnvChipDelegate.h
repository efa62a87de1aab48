#pragma once
#include <QStyledItemDelegate>

namespace r8::ui {

// Paints the Environment column as a rounded, coloured chip.
class EnvChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace r8::ui
