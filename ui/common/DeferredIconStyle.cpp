#include "ui/common/DeferredIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>

#include <optional>

namespace r8::ui {
namespace {

// An icon that asks `style` for standard icon `sp` the first time it is needed.
class DeferredStandardIconEngine : public QIconEngine
{
public:
    DeferredStandardIconEngine(QStyle* style, QStyle::StandardPixmap sp) : m_style(style), m_sp(sp) {}

    QIconEngine* clone() const override
    {
        auto* copy = new DeferredStandardIconEngine(m_style, m_sp);
        copy->m_icon = m_icon;
        return copy;
    }
    QString key() const override { return QStringLiteral("r8desk-deferred-standard-icon"); }
    // Not resolved yet: the base style has these icons. (Resolving here would defeat the deferral:
    // widgets ask isNull() while they lay out.)
    bool isNull() override { return m_icon ? m_icon->isNull() : false; }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return real().availableSizes(mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().actualSize(size, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return real().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return real().pixmap(size, scale, mode, state);
    }
    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        real().paint(painter, rect, Qt::AlignCenter, mode, state);
    }

private:
    const QIcon& real()
    {
        if (!m_icon)
            m_icon = m_style ? m_style->standardIcon(m_sp) : QIcon();
        return *m_icon;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_sp;
    std::optional<QIcon> m_icon;
};

} // namespace

DeferredIconStyle::DeferredIconStyle(const QString& baseKey) : QProxyStyle(baseKey) {}

QIcon DeferredIconStyle::standardIcon(StandardPixmap sp, const QStyleOption* option,
                                      const QWidget* widget) const
{
    if (sp == SP_ToolBarHorizontalExtensionButton || sp == SP_ToolBarVerticalExtensionButton)
        return QIcon(new DeferredStandardIconEngine(baseStyle(), sp));
    return QProxyStyle::standardIcon(sp, option, widget);
}

void installDeferredIconStyle()
{
    if (qobject_cast<DeferredIconStyle*>(QApplication::style()))
        return;
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));
}

} // namespace r8::ui
