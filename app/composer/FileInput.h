#pragma once
#include "app/api/ApiRequest.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace r8::composer {

// A local file given as an input: small files travel inline as a data: URI (the API suggests this
// up to 256 KB); larger ones are uploaded with POST /v1/files and their urls.get is used.
constexpr qint64 kDataUriLimitBytes = 256 * 1024;

// POST {base}/files, multipart/form-data with the file in the "content" field. Pure.
api::ApiRequest fileUploadRequest(const QUrl& baseUrl, const QString& fileName, const QByteArray& data,
                                  const QString& mimeType);
// urls.get of a POST /v1/files answer; empty + *error (translated) otherwise. Pure.
std::optional<QString> uploadedFileUrl(const QByteArray& body, QString* error);

} // namespace r8::composer
