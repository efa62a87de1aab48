#include "app/core/BoundedRead.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace r8 {

R8_FILE_TR(r8::BoundedRead)

namespace {
QString sizeText(qint64 bytes)
{
    return tr("%1 (%2 bytes)")
        .arg(QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat))
        .arg(bytes);
}
} // namespace

qint64 regularFileSize(const QString& path)
{
    const QFileInfo fi(path);
    return fi.exists() && fi.isFile() ? fi.size() : -1;
}

bool appendFileBounded(const QString& path, qint64 limit, QByteArray* out, QString* error, bool* tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(shown, f.errorString());
        return false;
    }
    const bool regular = QFileInfo(path).isFile() && !f.isSequential();
    if (regular && f.size() > limit) {
        if (tooLarge)
            *tooLarge = true;
        *error = tr("%1 is %2; the limit is %3.").arg(shown, sizeText(f.size()), sizeText(limit));
        return false;
    }
    const qsizetype start = out->size();
    if (regular)
        out->reserve(start + f.size() + 256); // room for a multipart trailer: no reallocation
    constexpr qint64 kChunk = 1 << 20;
    qint64 total = 0;
    while (total <= limit) {
        const qint64 want = std::min<qint64>(kChunk, limit + 1 - total);
        const qsizetype at = out->size();
        out->resize(at + want);
        const qint64 got = f.read(out->data() + at, want);
        if (got < 0) {
            out->resize(start);
            *error = tr("cannot read %1: %2").arg(shown, f.errorString());
            return false;
        }
        out->resize(at + got);
        total += got;
        if (got == 0)
            break;
    }
    if (total > limit) {
        out->resize(start);
        out->squeeze();
        if (tooLarge)
            *tooLarge = true;
        *error = tr("%1 is larger than the limit of %2.").arg(shown, sizeText(limit));
        return false;
    }
    return true;
}

std::optional<QByteArray> readFileBounded(const QString& path, qint64 limit, QString* error, bool* tooLarge)
{
    QByteArray data;
    if (!appendFileBounded(path, limit, &data, error, tooLarge))
        return std::nullopt;
    return data;
}

} // namespace r8
