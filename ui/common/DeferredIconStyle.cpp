#include "ui/common/DeferredIconStyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionToolButton>

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

namespace {
// The room between a menu button's text and its arrow.
int menuArrowGap(const QStyleOption* option)
{
    return option->fontMetrics.averageCharWidth() * 3 / 2;
}
bool hasMenu(const QStyleOption* option)
{
    if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option))
        return button->features & QStyleOptionButton::HasMenu;
    // A tool button whose whole face opens the menu (its arrow drawn in a corner).
    if (const auto* tool = qstyleoption_cast<const QStyleOptionToolButton*>(option))
        return (tool->features & QStyleOptionToolButton::HasMenu) &&
               !(tool->features & QStyleOptionToolButton::MenuButtonPopup) &&
               tool->toolButtonStyle == Qt::ToolButtonTextOnly;
    return false;
}
} // namespace

QSize DeferredIconStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                          const QWidget* widget) const
{
    QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
    if ((type == CT_PushButton || type == CT_ToolButton) && hasMenu(option))
        s.rwidth() += menuArrowGap(option);
    return s;
}

void DeferredIconStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                                    const QWidget* widget) const
{
    if (element == CE_ToolButtonLabel && hasMenu(option)) {
        QStyleOptionToolButton label = *qstyleoption_cast<const QStyleOptionToolButton*>(option);
        const int gap = menuArrowGap(option);
        label.rect.adjust(label.direction == Qt::RightToLeft ? gap : 0, 0,
                          label.direction == Qt::RightToLeft ? 0 : -gap, 0);
        QProxyStyle::drawControl(element, &label, painter, widget);
        return;
    }
    if (element == CE_PushButtonLabel && hasMenu(option)) {
        QStyleOptionButton label = *qstyleoption_cast<const QStyleOptionButton*>(option);
        const int gap = menuArrowGap(option);
        label.rect.adjust(label.direction == Qt::RightToLeft ? gap : 0, 0,
                          label.direction == Qt::RightToLeft ? 0 : -gap, 0);
        QProxyStyle::drawControl(element, &label, painter, widget);
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void installDeferredIconStyle()
{
    if (qobject_cast<DeferredIconStyle*>(QApplication::style()))
        return;
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));
}

} // namespace r8::ui
