#include "app/composer/OutputItems.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace r8::composer {

R8_FILE_TR(r8::composer::OutputItems)

namespace {

bool isUrl(const QString& s)
{
    return s.startsWith(QLatin1String("https://")) || s.startsWith(QLatin1String("http://")) ||
           s.startsWith(QLatin1String("data:"));
}

QString extensionFor(const QString& mime)
{
    static const QList<QPair<const char*, const char*>> map = {
        {"image/png", "png"},         {"image/jpeg", "jpg"},     {"image/webp", "webp"},
        {"image/gif", "gif"},         {"image/svg+xml", "svg"},  {"audio/mpeg", "mp3"},
        {"audio/wav", "wav"},         {"video/mp4", "mp4"},      {"text/plain", "txt"},
        {"application/json", "json"}, {"application/zip", "zip"}};
    for (const auto& [m, e] : map) {
        if (mime.startsWith(QLatin1String(m)))
            return QLatin1String(e);
    }
    return QStringLiteral("bin");
}

void addString(const QString& s, const QString& path, int index, QList<OutputItem>* out)
{
    OutputItem item;
    item.path = path;
    if (!isUrl(s)) {
        item.kind = OutputItem::Kind::Text;
        item.text = s;
        out->append(item);
        return;
    }
    item.url = s;
    if (s.startsWith(QLatin1String("data:"))) {
        item.mimeType = s.mid(5, s.indexOf(QLatin1Char(',')) - 5).section(QLatin1Char(';'), 0, 0);
        item.fileName = QStringLiteral("out-%1.%2").arg(index).arg(extensionFor(item.mimeType));
    } else {
        item.fileName = QFileInfo(QUrl(s).path()).fileName();
        if (item.fileName.isEmpty())
            item.fileName = QStringLiteral("out-%1").arg(index);
        item.mimeType = mimeTypeForName(item.fileName);
    }
    item.kind =
        item.mimeType.startsWith(QLatin1String("image/")) ? OutputItem::Kind::Image : OutputItem::Kind::File;
    out->append(item);
}

void walk(const QJsonValue& v, const QString& path, QList<OutputItem>* out, int depth)
{
    if (depth > 32) {
        out->append({OutputItem::Kind::Json, {}, {}, v, {}, {}, path});
        return;
    }
    if (v.isString()) {
        addString(v.toString(), path, int(out->size()), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            walk(a.at(i), path + QStringLiteral("[%1]").arg(i), out, depth + 1);
    } else if (v.isObject()) {
        // The object itself as a tree, plus every file in it as a preview.
        out->append({OutputItem::Kind::Json, {}, {}, v, {}, {}, path});
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue c = it.value();
            if ((c.isString() && isUrl(c.toString())) || c.isArray() || c.isObject()) {
                QList<OutputItem> inner;
                walk(c, path + QLatin1Char('.') + it.key(), &inner, depth + 1);
                for (const OutputItem& item : inner) {
                    if (item.kind == OutputItem::Kind::Image || item.kind == OutputItem::Kind::File)
                        out->append(item);
                }
            }
        }
    } else if (!v.isUndefined() && !v.isNull()) {
        out->append({OutputItem::Kind::Json, {}, {}, v, {}, {}, path});
    }
}

bool allPlainStrings(const QJsonArray& a)
{
    for (const auto& v : a) {
        if (!v.isString() || isUrl(v.toString()))
            return false;
    }
    return !a.isEmpty();
}

void collectUrls(const QJsonValue& v, QStringList* out, int depth)
{
    if (depth > 32)
        return;
    if (v.isString() && isUrl(v.toString()))
        out->append(v.toString());
    else if (v.isArray())
        for (const auto& c : v.toArray())
            collectUrls(c, out, depth + 1);
    else if (v.isObject())
        for (const auto& c : v.toObject())
            collectUrls(c, out, depth + 1);
}
} // namespace

QList<OutputItem> outputItems(const QJsonValue& output, const QJsonObject& outputSchema)
{
    QList<OutputItem> out;
    const bool concatenate =
        outputSchema.value(QLatin1String("x-cog-array-display")).toString() == QLatin1String("concatenate");
    if (output.isArray() && (concatenate || (outputSchema.isEmpty() && allPlainStrings(output.toArray())))) {
        QString text;
        bool strings = true;
        for (const auto& v : output.toArray())
            strings = strings && v.isString();
        if (strings) {
            for (const auto& v : output.toArray())
                text += v.toString();
            out.append({OutputItem::Kind::Text,
                        {},
                        text,
                        {},
                        QStringLiteral("text/plain"),
                        {},
                        QStringLiteral("output")});
            return out;
        }
    }
    walk(output, QStringLiteral("output"), &out, 0);
    return out;
}

QString outputText(const QJsonValue& output)
{
    if (output.isString())
        return output.toString();
    QString text;
    if (output.isArray()) {
        for (const auto& v : output.toArray()) {
            if (!v.isString())
                return {};
            text += v.toString();
        }
    }
    return text;
}

QStringList outputUrls(const QJsonValue& output)
{
    QStringList out;
    collectUrls(output, &out, 0);
    return out;
}

std::optional<DataUri> decodeDataUri(const QString& uri, QString* error)
{
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        *error = tr("Not a data: URI.");
        return std::nullopt;
    }
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (comma < 0) {
        *error = tr("The data: URI has no “,” before its data.");
        return std::nullopt;
    }
    QString meta = uri.mid(5, comma - 5);
    const bool base64 = meta.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive);
    if (base64)
        meta.chop(7);
    DataUri d;
    d.mimeType = meta.isEmpty() ? QStringLiteral("text/plain;charset=US-ASCII") : meta;
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (base64) {
        const auto r = QByteArray::fromBase64Encoding(QByteArray::fromPercentEncoding(payload),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!r) {
            *error = tr("The data: URI’s base64 data is damaged.");
            return std::nullopt;
        }
        d.data = *r;
    } else {
        d.data = QByteArray::fromPercentEncoding(uri.mid(comma + 1).toUtf8());
    }
    return d;
}

QString encodeDataUri(const QByteArray& data, const QString& mimeType)
{
    return QStringLiteral("data:%1;base64,")
               .arg(mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType) +
           QString::fromLatin1(data.toBase64());
}

QString mimeTypeForName(const QString& fileName)
{
    static const QList<QPair<const char*, const char*>> map = {
        {"png", "image/png"},      {"jpg", "image/jpeg"},        {"jpeg", "image/jpeg"},
        {"webp", "image/webp"},    {"gif", "image/gif"},         {"svg", "image/svg+xml"},
        {"mp3", "audio/mpeg"},     {"wav", "audio/wav"},         {"ogg", "audio/ogg"},
        {"flac", "audio/flac"},    {"mp4", "video/mp4"},         {"webm", "video/webm"},
        {"txt", "text/plain"},     {"json", "application/json"}, {"zip", "application/zip"},
        {"pdf", "application/pdf"}};
    const QString ext = QFileInfo(fileName).suffix().toLower();
    for (const auto& [e, m] : map) {
        if (ext == QLatin1String(e))
            return QLatin1String(m);
    }
    return {};
}

} // namespace r8::composer
