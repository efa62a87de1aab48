#pragma once
#include "app/composer/FieldSpec.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace r8::cli {

// A file input too large for a data: URI: it is uploaded (POST /v1/files) before the run. A regular
// file is read only then (its size already checked); `data` holds what was read from anything else
// (a pipe, a device), bounded by kUploadLimitBytes.
struct PendingUpload
{
    QString key;
    QString path;
    qint64 size = 0;
    QByteArray data;
    QString mimeType;
};

// What the files API accepts ("Files must be less than 100MB in size"): larger files are refused
// before anything is read.
qint64 uploadLimitBytes();
// A text or JSON input read from a file travels inside the request body: at most this much.
constexpr qint64 kInlineFileLimitBytes = 10 * 1024 * 1024;

// `key=value` arguments → input values, typed by the schema's fields (`fields` empty and
// `haveSchema` false: numbers/true/false/null/JSON are recognised, the rest is text). `key=@path`
// reads a file: for uri (or unknown) fields a data: URI (≤ 256 KB) or a PendingUpload; for text
// fields the file's text; for JSON fields its JSON. `key=@@x` is the literal "@x". Applied over
// `base` (from --input-json). Empty + *error (translated, naming the key) on bad input.
std::optional<QJsonObject> buildRunInput(const QList<composer::FieldSpec>& fields, bool haveSchema,
                                         const QStringList& assignments, const QJsonObject& base,
                                         QList<PendingUpload>* uploads, QString* error);

} // namespace r8::cli
