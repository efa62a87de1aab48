#pragma once
#include <QByteArray>
#include <QString>

namespace r8::api {

// A request body that is read from disk while it is sent, never held in memory: `head`, then the
// first `fileSize` bytes of the file at `path`, then `tail` (a multipart upload: part header, file,
// closing boundary). The file's size was checked when the request was built; if the file is not
// exactly that size while it is read (it grew, shrank or cannot be read), the request fails
// rather than send something else (see FileBodyDevice).
struct FileBody
{
    QByteArray head;
    QString path;
    qint64 fileSize = 0;
    QByteArray tail;

    qint64 size() const { return head.size() + fileSize + tail.size(); }
};

} // namespace r8::api
