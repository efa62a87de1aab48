#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace r8::sandbox {

// Output files held in memory, served under /files/… (no auth, like replicate.delivery), and the
// files accounts upload with POST /v1/files (kept per account, listed newest first).
class FileStore
{
public:
    struct File
    {
        QByteArray bytes;
        QByteArray mimeType;
    };
    void put(const QString& path, const QByteArray& bytes, const QByteArray& mimeType);
    const File* get(const QString& path) const;
    void remove(const QString& path);
    QString dataUri(const QString& path) const; // "data:image/webp;base64,…", empty if absent

    struct Upload
    {
        QString id; // given by addUpload
        QString account;
        QString name;
        QByteArray contentType;
        QByteArray bytes;
        QJsonObject metadata;
        QDateTime createdAt, expiresAt; // given by addUpload (expiry: 24 h, as observed)
        qint64 seq = 0;
    };
    const Upload& addUpload(Upload upload);
    const Upload* upload(const QString& id) const;
    bool removeUpload(const QString& id);
    QList<const Upload*> uploadsFor(const QString& account) const; // newest first

private:
    QHash<QString, File> m_files;
    QHash<QString, Upload> m_uploads;
    qint64 m_nextUploadSeq = 1;
};

} // namespace r8::sandbox
