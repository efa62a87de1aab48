#pragma once
#include <QStyledItemDelegate>

namespace r8::ui {

// Paints an output image in the grid: the picture scaled to fit a square of the zoom size (cached
// as a pixmap per size), its file name and a caption (size, format, bytes — or loading / failed).
class ImageGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ImageGridDelegate(QObject* parent = nullptr);

    void setImageSize(int pixels);
    int imageSize() const { return m_size; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_size = 256;
};

} // namespace r8::ui
