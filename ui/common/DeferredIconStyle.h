#pragma once

#include <QProxyStyle>

namespace r8::ui {

// r8desk's application style: the platform's own style, unchanged, except that the tool bar and
// menu bar "more" arrows are fetched from it when first drawn rather than when a QMenuBar is built.
// Fetching them loads the image files through QImageReader, which in Qt 6.4 first loads every image
// format plugin (TIFF, WebP, SVG, … and their libraries): about 8% of start-up instructions and
// 2 MB of memory, for an arrow that only shows when the menu bar overflows. Also: a push button
// with a menu (Samples, Presets, Copy as) keeps a gap between its text and its arrow.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // The base style is made from `baseKey` (e.g. "fusion"), owned by this style.
    explicit DeferredIconStyle(const QString& baseKey);

    QIcon standardIcon(StandardPixmap sp, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override;
};

// Makes the application style a DeferredIconStyle over the style Qt chose (platform, -style,
// QT_STYLE_OVERRIDE). Call once, after QApplication exists and before any window is built.
void installDeferredIconStyle();

} // namespace r8::ui
