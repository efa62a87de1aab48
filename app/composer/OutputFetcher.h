#pragma once
#include "app/api/ApiRequest.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QString>

namespace r8::api {
class ApiCall;
class ApiClient;
} // namespace r8::api

namespace r8::composer {

// Downloads one output file: an http(s) URL through ApiClient (the token goes only to the API
// origin — never to replicate.delivery or any other host), or a data: URI decoded locally. Into
// memory (fetched(data)) or straight to a file (saved(path), written as it arrives, then renamed).
class OutputFetcher : public QObject
{
    Q_OBJECT
public:
    explicit OutputFetcher(api::ApiClient* client, QObject* parent = nullptr);
    ~OutputFetcher() override;

    // `path` empty: into memory (bounded by maxMemoryBytes). One fetch at a time per fetcher.
    void fetch(const QString& url, const api::ApiTarget& target, const QString& path = {});
    void abort();
    static constexpr qint64 maxMemoryBytes = 512LL * 1024 * 1024;

signals:
    void fetched(const QByteArray& data, const QString& mimeType);
    void saved(const QString& path, qint64 bytes);
    void failed(const QString& error); // translated, no secrets

private:
    void finishFile(const api::ApiResult& result);

    api::ApiClient* m_client;
    QPointer<api::ApiCall> m_call;
    QString m_path;
    QSaveFile* m_file = nullptr;
    QByteArray m_data;
    qint64 m_bytes = 0;
    bool m_tooBig = false;
};

} // namespace r8::composer
