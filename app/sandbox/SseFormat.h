#pragma once
#include <QByteArray>
#include <QString>

namespace r8::sandbox {

// One Server-Sent Event, framed: "event: NAME\nid: ID\ndata: …\n\n". Multi-line data becomes
// several data: lines (joined by "\n" on the client side). Every event carries an id.
QByteArray formatSseEvent(const QByteArray& event, const QByteArray& id, const QString& data);

// "UNIXSECONDS:SEQ", the id style of the real stream.
QByteArray sseEventId(qint64 unixSeconds, int sequence);

} // namespace r8::sandbox
