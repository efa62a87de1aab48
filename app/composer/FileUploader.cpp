#include "app/composer/FileUploader.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/composer/FileInput.h"
#include "app/core/Redact.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QMimeDatabase>
#include <QTimer>

#include <algorithm>

namespace r8::composer {

FileUploader::FileUploader(api::ApiClient* client, const api::ApiTarget& target, QObject* parent)
    : QObject(parent), m_client(client), m_target(target)
{}

FileUploader::~FileUploader()
{
    abort();
}

void FileUploader::abort()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    m_call = nullptr;
}

void FileUploader::fail(const QString& error)
{
    QTimer::singleShot(0, this, [this, error] { emit failed(error); });
}

void FileUploader::upload(const QString& path)
{
    abort();
    const QFileInfo info(path);
    m_fileName = info.fileName();
    if (!info.isFile()) {
        fail(tr("Cannot upload %1: there is no such file.").arg(path));
        return;
    }
    if (info.size() >= maxBytes) {
        fail(tr("Cannot upload %1: it is %2, and the API takes files of less than 100 MB.")
                 .arg(m_fileName, QLocale().formattedDataSize(info.size())));
        return;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    const QByteArray start = f.read(4096); // only for the type: the file itself is streamed
    f.close();
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, start).name();
    QString error;
    const auto built = fileUploadRequestFromFile(m_target.baseUrl, path, mime, maxBytes - 1, &error);
    if (!built) {
        fail(tr("Cannot upload %1: %2").arg(m_fileName, error));
        return;
    }
    api::ApiRequest req = *built;
    req.headers.append(api::Header("Accept", "application/json"));
    m_call = m_client->send(req, m_target);
    connect(m_call, &api::ApiCall::finished, this, [this](const api::ApiResult& result) {
        m_call = nullptr;
        if (!result.ok()) {
            emit failed(
                redact(tr("Uploading %1 failed: %2").arg(m_fileName, result.error), {m_target.token}));
            return;
        }
        QString error;
        const auto url = uploadedFileUrl(result.body, &error);
        if (!url) {
            emit failed(redact(tr("Uploading %1 failed: %2").arg(m_fileName, error), {m_target.token}));
            return;
        }
        m_lastFile = QJsonDocument::fromJson(result.body).object();
        emit uploaded(*url);
    });
}

} // namespace r8::composer
