#include "ui/common/Tone.h"

#include <QCoreApplication>
#include <QLabel>
#include <QWidget>

namespace r8::ui {

bool isDarkPalette(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(0x7b, 0xd8, 0x8f) : QColor(0x1b, 0x6e, 0x2e);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    case Tone::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0d, 0x47, 0xa1);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QPalette bannerPalette(Tone tone, const QPalette& palette)
{
    QPalette pal = palette;
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Error:
        pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x1a, 0x1a) : QColor(0xfd, 0xec, 0xea));
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xdd, 0xdd) : QColor(0x7a, 0x10, 0x10));
        break;
    case Tone::Warning:
        pal.setColor(QPalette::Window, dark ? QColor(0x4d, 0x3b, 0x0f) : QColor(0xff, 0xf4, 0xd6));
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xec, 0xc2) : QColor(0x5c, 0x40, 0x00));
        break;
    case Tone::Info:
        pal.setColor(QPalette::Window, dark ? QColor(0x1a, 0x33, 0x52) : QColor(0xe8, 0xf1, 0xfc));
        pal.setColor(QPalette::WindowText, dark ? QColor(0xdd, 0xea, 0xff) : QColor(0x0d, 0x2f, 0x5c));
        break;
    case Tone::Success:
        pal.setColor(QPalette::Window, dark ? QColor(0x17, 0x3d, 0x22) : QColor(0xe6, 0xf4, 0xea));
        pal.setColor(QPalette::WindowText, dark ? QColor(0xd6, 0xf5, 0xdd) : QColor(0x0f, 0x4a, 0x1f));
        break;
    case Tone::Neutral:
        break;
    }
    return pal;
}

void showBanner(QWidget* banner, QLabel* label, const QString& text, Tone tone)
{
    label->setText(text);
    label->setAccessibleName(QCoreApplication::translate("r8::ui::Banner", "Message: %1").arg(text));
    QPalette pal = banner->parentWidget() ? banner->parentWidget()->palette() : banner->palette();
    if (tone == Tone::Neutral)
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    else
        pal = bannerPalette(tone, pal);
    banner->setPalette(pal);
    label->setPalette(pal);
    banner->show();
}

void setTextRole(QWidget* widget, TextRole role)
{
    const qreal scale = role == TextRole::PageTitle ? 1.5 : role == TextRole::EmptyTitle ? 1.4 : 0.9;
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(role != TextRole::Secondary);
    widget->setFont(f);
}

} // namespace r8::ui
