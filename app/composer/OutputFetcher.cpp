#include "app/composer/OutputFetcher.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/composer/OutputItems.h"
#include "app/core/Redact.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

namespace r8::composer {

OutputFetcher::OutputFetcher(api::ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

OutputFetcher::~OutputFetcher()
{
    abort();
}

void OutputFetcher::abort()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    m_call = nullptr;
    delete m_file; // QSaveFile without commit(): the half-written file is discarded
    m_file = nullptr;
}

void OutputFetcher::fetch(const QString& url, const api::ApiTarget& target, const QString& path)
{
    abort();
    m_path = path;
    m_data.clear();
    m_bytes = 0;
    m_tooBig = false;
    if (url.startsWith(QLatin1String("data:"))) {
        QString error;
        const auto d = decodeDataUri(url, &error);
        QTimer::singleShot(0, this, [this, d, error, path] {
            if (!d) {
                emit failed(error);
                return;
            }
            if (path.isEmpty()) {
                emit fetched(d->data, d->mimeType);
                return;
            }
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(d->data) != d->data.size() || !f.commit()) {
                emit failed(tr("Cannot write %1: %2").arg(path, f.errorString()));
                return;
            }
            emit saved(path, d->data.size());
        });
        return;
    }
    if (!path.isEmpty()) {
        m_file = new QSaveFile(path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            const QString error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
            delete m_file;
            m_file = nullptr;
            QTimer::singleShot(0, this, [this, error] { emit failed(error); });
            return;
        }
    }
    api::ApiRequest req = api::ApiRequest::get(QUrl(url));
    req.streaming = true;
    m_call = m_client->send(req, target);
    connect(m_call, &api::ApiCall::chunk, this, [this](const QByteArray& data) {
        m_bytes += data.size();
        if (m_file) {
            if (m_file->write(data) != data.size())
                m_tooBig = true; // reported at the end with the file's error
        } else if (m_bytes > maxMemoryBytes) {
            m_tooBig = true;
        } else {
            m_data += data;
        }
    });
    connect(m_call, &api::ApiCall::finished, this, &OutputFetcher::finishFile);
}

void OutputFetcher::finishFile(const api::ApiResult& result)
{
    m_call = nullptr;
    QSaveFile* file = m_file;
    m_file = nullptr;
    if (!result.ok()) {
        delete file;
        emit failed(redact(result.error));
        return;
    }
    QString mime =
        QString::fromLatin1(result.header("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed();
    if (file) {
        const bool ok = !m_tooBig && file->commit();
        const QString error = file->errorString();
        delete file;
        if (!ok) {
            emit failed(tr("Cannot write %1: %2").arg(m_path, error));
            return;
        }
        emit saved(m_path, m_bytes);
        return;
    }
    if (m_tooBig) {
        emit failed(tr("The file is larger than %1 MB; save it to disk instead.")
                        .arg(maxMemoryBytes / (1024 * 1024)));
        return;
    }
    emit fetched(m_data, mime);
}

} // namespace r8::composer
