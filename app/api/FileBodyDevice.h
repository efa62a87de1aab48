#pragma once
#include "app/api/FileBody.h"

#include <QFile>
#include <QIODevice>

namespace r8::api {

// A FileBody as a read-only, seekable device, for the HTTP backends (libcurl's read callback,
// QNetworkAccessManager's upload device): it reads the file in the backend's chunks, so an upload
// costs a buffer, not the file's size. open() fails (with errorString()) when the file cannot be
// opened or no longer has the size the request was built with; a read fails (-1) when the file
// cannot be read or its size changes meanwhile. failed() tells such a failure apart afterwards.
class FileBodyDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit FileBodyDevice(FileBody body, QObject* parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= size(); }

    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 fail(const QString& why);

    FileBody m_body;
    QFile m_file;
    bool m_failed = false;
};

} // namespace r8::api
