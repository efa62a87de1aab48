#pragma once
#include "app/api/ApiRequest.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace r8::api {
class ApiCall;
class ApiClient;
} // namespace r8::api

namespace r8::composer {

// Uploads one local file for a uri input: POST {base}/files (multipart, field "content") through
// ApiClient — so the token goes only to the API origin — and reports the file's urls.get.
// One upload at a time per uploader; a new upload() aborts the previous one (which then reports
// nothing). The file is streamed from disk while it is sent, never read whole into memory.
class FileUploader : public QObject
{
    Q_OBJECT
public:
    FileUploader(api::ApiClient* client, const api::ApiTarget& target, QObject* parent = nullptr);
    ~FileUploader() override;

    void setTarget(const api::ApiTarget& target) { m_target = target; }
    // Starts the upload; uploaded() or failed() follows, always asynchronously.
    void upload(const QString& path);
    void abort();
    bool isBusy() const { return !m_call.isNull(); }
    // The API's answer for the last successful upload ({id, name, content_type, size, …, urls}).
    QJsonObject lastFile() const { return m_lastFile; }

    static constexpr qint64 maxBytes = 100LL * 1024 * 1024; // "Files must be less than 100MB in size"

signals:
    void uploaded(const QString& url);
    void failed(const QString& error); // translated, names the file, never the token

private:
    void fail(const QString& error);

    api::ApiClient* m_client;
    api::ApiTarget m_target;
    QPointer<api::ApiCall> m_call;
    QString m_fileName;
    QJsonObject m_lastFile;
};

} // namespace r8::composer
