#include "app/sandbox/SseFormat.h"

#include <QList>

namespace r8::sandbox {

QByteArray formatSseEvent(const QByteArray& event, const QByteArray& id, const QString& data)
{
    QByteArray out = "event: " + event + "\nid: " + id + '\n';
    QByteArray bytes = data.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    for (const QByteArray& line : bytes.split('\n'))
        out += "data: " + line + '\n';
    out += '\n';
    return out;
}

QByteArray sseEventId(qint64 unixSeconds, int sequence)
{
    return QByteArray::number(unixSeconds) + ':' + QByteArray::number(sequence);
}

} // namespace r8::sandbox
