#include "app/composer/FileInput.h"

#include "app/api/UrlPolicy.h"
#include "app/core/BoundedRead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

api::ApiRequest uploadRequest(const QUrl& baseUrl, const QByteArray& boundary, QByteArray body)
{
    body += "\r\n--" + boundary + "--\r\n";
    api::ApiRequest r;
    r.method = "POST";
    r.url = api::resolveApiUrl(baseUrl, QStringLiteral("files"));
    r.body = body;
    r.headers.append({"Content-Type", "multipart/form-data; boundary=" + boundary});
    // The read timeout is an inactivity timer that the upload itself does not reset: allow for a
    // slow line (64 KB/s) on top of the usual 30 s.
    r.readTimeoutMs = int(std::min<qint64>(30000 + body.size() / 64, 3600000));
    return r;
}
} // namespace

api::ApiRequest fileUploadRequest(const QUrl& baseUrl, const QString& fileName, const QByteArray& data,
                                  const QString& mimeType)
{
    const QByteArray boundary =
        "r8desk-" + QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(24);
    QByteArray body = partHeader(boundary, fileName, mimeType);
    body += data;
    api::ApiRequest r = uploadRequest(baseUrl, boundary, body);
    r.readTimeoutMs = 0; // as before: the caller decides
    return r;
}

std::optional<api::ApiRequest> fileUploadRequestFromFile(const QUrl& baseUrl, const QString& path,
                                                         const QString& mimeType, qint64 limit,
                                                         QString* error, bool* tooLarge)
{
    const QByteArray boundary = "r8desk-" + QUuid::createUuid().toRfc4122().toHex();
    QByteArray body = partHeader(boundary, QFileInfo(path).fileName(), mimeType);
    if (!appendFileBounded(path, limit, &body, error, tooLarge))
        return std::nullopt;
    return uploadRequest(baseUrl, boundary, std::move(body));
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
