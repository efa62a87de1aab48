#include "app/api/FileBodyDevice.h"

#include <QDir>

#include <cstring>

namespace r8::api {

FileBodyDevice::FileBodyDevice(FileBody body, QObject* parent)
    : QIODevice(parent), m_body(std::move(body)), m_file(m_body.path)
{}

qint64 FileBodyDevice::fail(const QString& why)
{
    m_failed = true;
    setErrorString(why);
    return -1;
}

bool FileBodyDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly))
        return false;
    m_failed = false;
    const QString shown = QDir::toNativeSeparators(m_body.path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(tr("cannot read %1: %2").arg(shown, m_file.errorString()));
        return false;
    }
    if (m_file.isSequential() || m_file.size() != m_body.fileSize) {
        fail(tr("%1 changed after its size (%2 bytes) was checked; it was not uploaded.")
                 .arg(shown)
                 .arg(m_body.fileSize));
        m_file.close();
        return false;
    }
    // Unbuffered: the backends read in chunks of their own; QIODevice's buffer would copy twice.
    return QIODevice::open(ReadOnly | Unbuffered);
}

void FileBodyDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileBodyDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > size())
        return false;
    return QIODevice::seek(pos);
}

qint64 FileBodyDevice::readData(char* data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    const QString shown = QDir::toNativeSeparators(m_body.path);
    const qint64 headSize = m_body.head.size();
    const qint64 fileEnd = headSize + m_body.fileSize;
    qint64 at = pos();
    qint64 done = 0;
    while (done < maxSize && at < size()) {
        if (at < headSize) {
            const qint64 n = std::min(maxSize - done, headSize - at);
            std::memcpy(data + done, m_body.head.constData() + at, size_t(n));
            done += n;
            at += n;
        } else if (at < fileEnd) {
            const qint64 offset = at - headSize;
            if (m_file.pos() != offset && !m_file.seek(offset))
                return fail(tr("cannot read %1: %2").arg(shown, m_file.errorString()));
            const qint64 want = std::min(maxSize - done, fileEnd - at);
            const qint64 got = m_file.read(data + done, want);
            if (got < 0)
                return fail(tr("cannot read %1: %2").arg(shown, m_file.errorString()));
            if (got == 0 || m_file.size() != m_body.fileSize)
                return fail(tr("%1 changed while it was being uploaded (it was %2 bytes); the upload "
                               "was stopped.")
                                .arg(shown)
                                .arg(m_body.fileSize));
            done += got;
            at += got;
        } else {
            const qint64 offset = at - fileEnd;
            const qint64 n = std::min(maxSize - done, qint64(m_body.tail.size()) - offset);
            std::memcpy(data + done, m_body.tail.constData() + offset, size_t(n));
            done += n;
            at += n;
        }
    }
    return done;
}

} // namespace r8::api
