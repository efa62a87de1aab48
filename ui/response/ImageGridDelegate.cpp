#include "ui/response/ImageGridDelegate.h"

#include "ui/response/OutputItemsModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmapCache>

namespace r8::ui {

namespace {
constexpr int margin = 8;
}

ImageGridDelegate::ImageGridDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void ImageGridDelegate::setImageSize(int pixels)
{
    m_size = pixels;
}

QSize ImageGridDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return QSize(m_size + 2 * margin, m_size + 2 * margin + 2 * fm.height() + 4);
}

void ImageGridDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    if (selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        QColor fill = pal.color(QPalette::Highlight);
        fill.setAlpha(50);
        painter->setBrush(fill);
        painter->drawRoundedRect(cell, 6, 6);
    }
    const QRect box(option.rect.left() + margin, option.rect.top() + margin, m_size, m_size);
    const auto state = OutputItemsModel::State(index.data(OutputItemsModel::StateRole).toInt());
    if (state == OutputItemsModel::State::Loaded) {
        const quint64 serial = index.data(OutputItemsModel::SerialRole).toULongLong();
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QString key = QStringLiteral("r8out/%1/%2/%3").arg(serial).arg(m_size).arg(dpr);
        QPixmap pm;
        if (!QPixmapCache::find(key, &pm)) {
            const QImage image = index.data(OutputItemsModel::ImageRole).value<QImage>();
            const QSize target = image.size().scaled(QSize(m_size, m_size) * dpr, Qt::KeepAspectRatio);
            pm = QPixmap::fromImage(image.size().width() > target.width()
                                        ? image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                        : image);
            pm.setDevicePixelRatio(dpr);
            QPixmapCache::insert(key, pm);
        }
        const QSize shown =
            (QSizeF(pm.size()) / pm.devicePixelRatio()).toSize().scaled(box.size(), Qt::KeepAspectRatio);
        const QRect r(QPoint(box.left() + (box.width() - shown.width()) / 2,
                             box.top() + (box.height() - shown.height()) / 2),
                      shown);
        painter->drawPixmap(r, pm);
    } else {
        painter->setPen(QPen(pal.color(QPalette::Mid), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, 6, 6);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        const QString text =
            state == OutputItemsModel::State::Failed ? tr("Could not load this image") : tr("Loading…");
        painter->drawText(box.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
    const QFontMetrics fm(option.font);
    QRect textRect(option.rect.left() + margin, box.bottom() + 4, m_size, fm.height());
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(
        textRect, Qt::AlignHCenter | Qt::AlignVCenter,
        fm.elidedText(index.data(OutputItemsModel::FileNameRole).toString(), Qt::ElideMiddle, m_size));
    textRect.translate(0, fm.height());
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(
        textRect, Qt::AlignHCenter | Qt::AlignVCenter,
        fm.elidedText(index.data(OutputItemsModel::CaptionRole).toString(), Qt::ElideRight, m_size));
    painter->restore();
}

} // namespace r8::ui
