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
// The same request for the file at `path`, the boundary random. A regular file is streamed from
// disk while it is sent (ApiRequest::fileBody: never in memory; its size checked against `limit`
// now, before anything is read, and the upload fails if the size changes meanwhile); anything else
// (a pipe, a device) is read into the body, never more than `limit` bytes. nullopt + *error
// (translated) when it cannot be read, a read fails, or it is larger than `limit` (*tooLarge).
std::optional<api::ApiRequest> fileUploadRequestFromFile(const QUrl& baseUrl, const QString& path,
                                                         const QString& mimeType, qint64 limit,
                                                         QString* error, bool* tooLarge = nullptr);
// urls.get of a POST /v1/files answer; empty + *error (translated) otherwise. Pure.
std::optional<QString> uploadedFileUrl(const QByteArray& body, QString* error);

} // namespace r8::composer
