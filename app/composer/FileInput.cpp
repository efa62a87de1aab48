#include "app/composer/FileInput.h"

#include "app/api/UrlPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::composer {

api::ApiRequest fileUploadRequest(const QUrl& baseUrl, const QString& fileName, const QByteArray& data,
                                  const QString& mimeType)
{
    const QByteArray boundary =
        "r8desk-" + QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(24);
    QString safeName = fileName;
    safeName.replace(QLatin1Char('"'), QLatin1Char('_'));
    safeName.replace(QLatin1Char('\r'), QLatin1Char('_'));
    safeName.replace(QLatin1Char('\n'), QLatin1Char('_'));
    QByteArray body;
    body += "--" + boundary + "\r\n";
    body += "Content-Disposition: form-data; name=\"content\"; filename=\"" + safeName.toUtf8() + "\"\r\n";
    body += "Content-Type: " +
            (mimeType.isEmpty() ? QByteArray("application/octet-stream") : mimeType.toLatin1()) + "\r\n\r\n";
    body += data;
    body += "\r\n--" + boundary + "--\r\n";
    api::ApiRequest r;
    r.method = "POST";
    r.url = api::resolveApiUrl(baseUrl, QStringLiteral("files"));
    r.body = body;
    r.headers.append({"Content-Type", "multipart/form-data; boundary=" + boundary});
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
