#include "app/sandbox/FileStore.h"

#include <QUuid>

#include <algorithm>

namespace r8::sandbox {

void FileStore::put(const QString& path, const QByteArray& bytes, const QByteArray& mimeType)
{
    m_files.insert(path, {bytes, mimeType});
}

const FileStore::File* FileStore::get(const QString& path) const
{
    auto it = m_files.constFind(path);
    return it == m_files.constEnd() ? nullptr : &it.value();
}

void FileStore::remove(const QString& path)
{
    m_files.remove(path);
}

QString FileStore::dataUri(const QString& path) const
{
    const File* f = get(path);
    if (!f)
        return {};
    return QStringLiteral("data:") + QString::fromLatin1(f->mimeType) + QStringLiteral(";base64,") +
           QString::fromLatin1(f->bytes.toBase64());
}

const FileStore::Upload& FileStore::addUpload(Upload upload)
{
    // Ids as the API writes them: base64 of a UUID's text form.
    do {
        upload.id =
            QString::fromLatin1(QUuid::createUuid()
                                    .toString(QUuid::WithoutBraces)
                                    .toLatin1()
                                    .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
    } while (m_uploads.contains(upload.id));
    upload.createdAt = QDateTime::currentDateTimeUtc();
    upload.expiresAt = upload.createdAt.addSecs(24 * 3600);
    upload.seq = m_nextUploadSeq++;
    return *m_uploads.insert(upload.id, upload);
}

const FileStore::Upload* FileStore::upload(const QString& id) const
{
    auto it = m_uploads.constFind(id);
    if (it == m_uploads.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc())
        return nullptr;
    return &it.value();
}

bool FileStore::removeUpload(const QString& id)
{
    return m_uploads.remove(id) > 0;
}

QList<const FileStore::Upload*> FileStore::uploadsFor(const QString& account) const
{
    QList<const Upload*> out;
    for (const Upload& u : m_uploads) {
        if (u.account == account && u.expiresAt >= QDateTime::currentDateTimeUtc())
            out.append(&u);
    }
    std::sort(out.begin(), out.end(), [](const Upload* a, const Upload* b) { return a->seq > b->seq; });
    return out;
}

} // namespace r8::sandbox
