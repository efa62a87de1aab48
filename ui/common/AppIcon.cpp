#include "ui/common/AppIcon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

#include <array>

namespace r8::ui {
namespace {

constexpr std::array<int, 7> kSizes = {16, 24, 32, 48, 64, 128, 256};

class EmbeddedPngIconEngine : public QIconEngine
{
public:
    QIconEngine* clone() const override { return new EmbeddedPngIconEngine; }
    QString key() const override { return QStringLiteral("r8desk-embedded-png"); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (int s : kSizes)
            sizes.append(QSize(s, s));
        return sizes;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return QSize(qMin(side, kSizes.back()), qMin(side, kSizes.back()));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMax(1, qMin(size.width(), size.height()));
        int best = kSizes.back(); // the smallest embedded size that is at least as big, else the largest
        for (int s : kSizes) {
            if (s >= side) {
                best = s;
                break;
            }
        }
        QPixmap pm(QStringLiteral(":/icons/app-%1.png").arg(best), "PNG");
        if (pm.isNull())
            return pm;
        if (best != side)
            pm = pm.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (mode == QIcon::Disabled) {
            QPixmap faded(pm.size());
            faded.fill(Qt::transparent);
            QPainter p(&faded);
            p.setOpacity(0.4);
            p.drawPixmap(0, 0, pm);
            p.end();
            return faded;
        }
        return pm;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, pixmap(rect.size() * dpr, mode, state));
    }
};

} // namespace

QIcon appIcon()
{
    return QIcon(new EmbeddedPngIconEngine);
}

} // namespace r8::ui
