#include "app/composer/FileInput.h"

#include "app/api/UrlPolicy.h"
#include "app/core/BoundedRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <algorithm>

namespace r8::composer {

namespace {
QByteArray partHeader(const QByteArray& boundary, const QString& fileName, const QString& mimeType)
{
    QString safeName = fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'));
    safeName.replace(QLatin1Char('\r'), QLatin1Char('_'));
    safeName.replace(QLatin1Char('\n'), QLatin1Char('_'));
    QByteArray header;
    header += "--" + boundary + "\r\n";
    header += "Content-Disposition: form-data; name=\"content\"; filename=\"" + safeName.toUtf8() + "\"\r\n";
    header += "Content-Type: " +
              (mimeType.isEmpty() ? QByteArray("application/octet-stream") : mimeType.toLatin1()) +
              "\r\n\r\n";
    return header;
}

QByteArray closing(const QByteArray& boundary)
{
    return "\r\n--" + boundary + "--\r\n";
}

api::ApiRequest uploadRequest(const QUrl& baseUrl, const QByteArray& boundary, qint64 bodySize)
{
    api::ApiRequest r;
    r.method = "POST";
    r.url = api::resolveApiUrl(baseUrl, QStringLiteral("files"));
    r.headers.append({"Content-Type", "multipart/form-data; boundary=" + boundary});
    // The read timeout is an inactivity timer that the upload itself does not reset: allow for a
    // slow line (64 KB/s) on top of the usual 30 s.
    r.readTimeoutMs = int(std::min<qint64>(30000 + bodySize / 64, 3600000));
    return r;
}
} // namespace

api::ApiRequest fileUploadRequest(const QUrl& baseUrl, const QString& fileName, const QByteArray& data,
                                  const QString& mimeType)
{
    const QByteArray boundary =
        "r8desk-" + QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(24);
    api::ApiRequest r = uploadRequest(baseUrl, boundary, 0);
    r.body = partHeader(boundary, fileName, mimeType) + data + closing(boundary);
    r.readTimeoutMs = 0; // as before: the caller decides
    return r;
}

std::optional<api::ApiRequest> fileUploadRequestFromFile(const QUrl& baseUrl, const QString& path,
                                                         const QString& mimeType, qint64 limit,
                                                         QString* error, bool* tooLarge)
{
    const QByteArray boundary = "r8desk-" + QUuid::createUuid().toRfc4122().toHex();
    const QByteArray head = partHeader(boundary, QFileInfo(path).fileName(), mimeType);
    const qint64 size = regularFileSize(path);
    QFile probe(path);
    if (size < 0 || size > limit || !probe.open(QIODevice::ReadOnly) || probe.isSequential()) {
        // Not a regular file (a pipe, a device): read into memory, bounded. Too large or
        // unreadable: refused before anything is read, in BoundedRead's words.
        QByteArray body = head;
        if (!appendFileBounded(path, limit, &body, error, tooLarge))
            return std::nullopt;
        body += closing(boundary);
        api::ApiRequest r = uploadRequest(baseUrl, boundary, body.size());
        r.body = std::move(body);
        return r;
    }
    // A regular file is streamed from disk while it is sent (see api::FileBodyDevice).
    auto fileBody = std::make_shared<api::FileBody>();
    fileBody->head = head;
    fileBody->path = path;
    fileBody->fileSize = size;
    fileBody->tail = closing(boundary);
    api::ApiRequest r = uploadRequest(baseUrl, boundary, fileBody->size());
    r.fileBody = std::move(fileBody);
    if (tooLarge)
        *tooLarge = false;
    return r;
}

std::optional<QString> uploadedFileUrl(const QByteArray& body, QString* error)
{
    const QString url = QJsonDocument::fromJson(body)
                            .object()
                            .value(QLatin1String("urls"))
                            .toObject()
                            .value(QLatin1String("get"))
                            .toString();
    if (url.isEmpty()) {
        *error = QCoreApplication::translate("r8::composer::FileInput", "The upload answer has no urls.get.");
        return std::nullopt;
    }
    return url;
}

} // namespace r8::composer
