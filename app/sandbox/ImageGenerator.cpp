#include "app/sandbox/ImageGenerator.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

namespace r8::sandbox {

QByteArray mimeTypeForFormat(const QString& format)
{
    if (format == QLatin1String("webp"))
        return "image/webp";
    if (format == QLatin1String("jpg") || format == QLatin1String("jpeg"))
        return "image/jpeg";
    return "image/png";
}

QByteArray generateImage(const QString& prompt, quint32 seed, int width, int height, const QString& format,
                         QString* actualFormat)
{
    QRandomGenerator rng(seed);
    QImage image(width, height, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor a = QColor::fromHsv(int(rng.bounded(360)), 140 + int(rng.bounded(100)), 200);
    const QColor b = QColor::fromHsv(int(rng.bounded(360)), 120 + int(rng.bounded(100)), 90);
    QLinearGradient g(0, 0, width, height);
    g.setColorAt(0, a);
    g.setColorAt(1, b);
    p.fillRect(image.rect(), g);
    for (int i = 0; i < 6; ++i) {
        QColor c = QColor::fromHsv(int(rng.bounded(360)), 160, 240, 70);
        const int r = 20 + int(rng.bounded(std::max(21, std::min(width, height) / 3)));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QPoint(int(rng.bounded(width)), int(rng.bounded(height))), r, r);
    }
    QFont f = p.font();
    f.setPixelSize(std::max(10, std::min(width, height) / 14));
    p.setFont(f);
    p.setPen(QColor(255, 255, 255, 230));
    p.drawText(image.rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, prompt.left(200));
    p.end();

    QString fmt = format == QLatin1String("jpeg") ? QStringLiteral("jpg") : format;
    if (fmt != QLatin1String("webp") && fmt != QLatin1String("jpg"))
        fmt = QStringLiteral("png");
    if (!QImageWriter::supportedImageFormats().contains(fmt.toLatin1()))
        fmt = QStringLiteral("png");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, fmt.toLatin1().constData(), fmt == QLatin1String("png") ? -1 : 80);
    if (actualFormat)
        *actualFormat = fmt;
    return bytes;
}

} // namespace r8::sandbox
