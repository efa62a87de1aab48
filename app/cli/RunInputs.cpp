#include "app/cli/RunInputs.h"
#include "app/core/FileTr.h"

#include "app/composer/FileInput.h"
#include "app/composer/FileUploader.h"
#include "app/composer/OutputItems.h"
#include "app/composer/SchemaForm.h"
#include "app/core/BoundedRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace r8::cli {

R8_FILE_TR(r8::cli::RunInputs)

namespace {

QJsonValue guessValue(const QString& text)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &pe);
    if (pe.error == QJsonParseError::NoError && doc.array().size() == 1 && !doc.array().first().isString())
        return doc.array().first();
    return text;
}
} // namespace

qint64 uploadLimitBytes()
{
    return composer::FileUploader::maxBytes;
}

std::optional<QJsonObject> buildRunInput(const QList<composer::FieldSpec>& fields, bool haveSchema,
                                         const QStringList& assignments, const QJsonObject& base,
                                         QList<PendingUpload>* uploads, QString* error)
{
    using composer::FieldKind;
    QJsonObject input = base;
    for (const QString& a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("“%1” is not an input: write key=value (or key=@file).").arg(a);
            return std::nullopt;
        }
        const QString key = a.left(eq);
        QString value = a.mid(eq + 1);
        const composer::FieldSpec* field = nullptr;
        for (const auto& f : fields) {
            if (f.key == key)
                field = &f;
        }
        if (haveSchema && !field) {
            QStringList keys;
            for (const auto& f : fields)
                keys << f.key;
            *error =
                tr("The model has no input “%1”. Its inputs: %2.").arg(key, keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        const FieldKind kind = field ? field->kind : FieldKind::Json;
        if (value.startsWith(QLatin1String("@@"))) {
            value.remove(0, 1);
        } else if (value.startsWith(QLatin1Char('@'))) {
            const QString path = value.mid(1);
            const bool inlineText = kind == FieldKind::String || kind == FieldKind::Text;
            const bool inlineJson = field && kind == FieldKind::Json &&
                                    field->declaredType != QLatin1String("string") &&
                                    !field->declaredType.isEmpty();
            if (inlineText || inlineJson) {
                QString why;
                const auto data = readFileBounded(path, kInlineFileLimitBytes, &why);
                if (!data) {
                    *error = tr("%1: %2").arg(key, why);
                    return std::nullopt;
                }
                if (inlineText) {
                    input.insert(key, QString::fromUtf8(*data));
                    continue;
                }
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + *data + "]", &pe);
                if (pe.error != QJsonParseError::NoError) {
                    *error = tr("%1: the file %2 is not JSON (%3).").arg(key, path, pe.errorString());
                    return std::nullopt;
                }
                input.insert(key, doc.array().first());
                continue;
            }
            QString mime = composer::mimeTypeForName(path);
            if (mime.isEmpty())
                mime = QStringLiteral("application/octet-stream");
            const qint64 size = regularFileSize(path);
            if (size > composer::kDataUriLimitBytes) {
                // Uploaded later, read from disk then: only the size is checked (and the file opened) now.
                if (size >= uploadLimitBytes()) {
                    *error = tr("%1: %2 is %3 bytes; the API takes files of less than %4 bytes (100 MB).")
                                 .arg(key, path)
                                 .arg(size)
                                 .arg(uploadLimitBytes());
                    return std::nullopt;
                }
                QFile probe(path);
                if (!probe.open(QIODevice::ReadOnly)) {
                    *error = tr("%1: cannot read the file %2: %3").arg(key, path, probe.errorString());
                    return std::nullopt;
                }
                uploads->append({key, path, size, QByteArray(), mime});
                input.insert(key, QStringLiteral("https://upload.pending/") + QFileInfo(path).fileName());
                continue;
            }
            // Small regular files, and anything that is not a regular file (bounded by the upload limit).
            QString why;
            bool tooLarge = false;
            const auto data = readFileBounded(path, uploadLimitBytes() - 1, &why, &tooLarge);
            if (!data) {
                *error = tooLarge ? tr("%1: %2 The API takes files of less than %3 bytes (100 MB).")
                                        .arg(key, why)
                                        .arg(uploadLimitBytes())
                                  : tr("%1: %2").arg(key, why);
                return std::nullopt;
            }
            if (data->size() <= composer::kDataUriLimitBytes) {
                input.insert(key, composer::encodeDataUri(*data, mime));
            } else {
                uploads->append({key, path, data->size(), *data, mime});
                input.insert(key, QStringLiteral("https://upload.pending/") + QFileInfo(path).fileName());
            }
            continue;
        }
        if (!field) {
            input.insert(key, guessValue(value));
            continue;
        }
        QString why;
        const auto v = composer::valueFromText(*field, value, &why);
        if (!v) {
            *error = tr("%1: %2").arg(key, why);
            return std::nullopt;
        }
        input.insert(key, *v);
    }
    return input;
}

} // namespace r8::cli
