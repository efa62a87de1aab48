#pragma once
#include <QByteArray>
#include <QString>

namespace r8::sandbox {

// Draws a real image: a seeded two-colour gradient with soft circles and the prompt written over it,
// encoded as "png", "webp" or "jpg" (WebP needs qt6-image-formats-plugins; falls back to PNG when the
// plugin is missing — *actualFormat says which). Needs a QGuiApplication (fonts).
QByteArray generateImage(const QString& prompt, quint32 seed, int width, int height, const QString& format,
                         QString* actualFormat = nullptr);

QByteArray mimeTypeForFormat(const QString& format);

} // namespace r8::sandbox
