#include "FileStore.h"

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
    return QStringLiteral("data:") + QString::fromLatin1(f->mimeType) + QStringLiteral(";base64,")
         + QString::fromLatin1(f->bytes.toBase64());
}

} // namespace r8::sandbox
