#include "ui/tokens/EnvChipDelegate.h"

#include "ui/common/EnvColors.h"
#include "ui/tokens/TokenTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace r8::ui {

void EnvChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* w = opt.widget;
    QStyle* style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w); // selection background, focus

    const QColor bg = environmentColor(index.data(TokenTableModel::EnvironmentRole).toString());
    painter->save();
    painter->setFont(opt.font);
    const QFontMetrics fm = painter->fontMetrics();
    const int padX = fm.height() / 2;
    const int h = fm.height() + 4;
    const int width = std::min(fm.horizontalAdvance(text) + 2 * padX + 2, opt.rect.width() - 8);
    const QRect chip(opt.rect.left() + 4, opt.rect.center().y() - h / 2, width, h);
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(chip), h / 2.0, h / 2.0);
    painter->fillPath(path, bg);
    painter->setPen(chipTextColor(bg));
    painter->drawText(chip.adjusted(padX, 0, -padX, 0), Qt::AlignCenter,
                      fm.elidedText(text, Qt::ElideRight, chip.width() - 2 * padX + 1));
    painter->restore();
}

QSize EnvChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.setWidth(s.width() + fm.height() + 8);
    s.setHeight(std::max(s.height(), fm.height() + 10));
    return s;
}

} // namespace r8::ui
