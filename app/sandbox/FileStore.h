#pragma once
#include <QByteArray>
#include <QHash>
#include <QString>

namespace r8::sandbox {

// Output files held in memory, served under /files/… (no auth, like replicate.delivery).
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

private:
    QHash<QString, File> m_files;
};

} // namespace r8::sandbox
