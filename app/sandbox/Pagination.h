#pragma once
#include <QByteArray>
#include <QList>

namespace r8::sandbox {

// Cursor pagination over items identified by increasing sequence numbers, listed newest first.
// Cursors are opaque to clients (base64url of "b:SEQ" = older than SEQ, "a:SEQ" = newer than SEQ).
struct Page
{
    QList<qint64> seqs;        // the page, newest first
    QByteArray nextCursor;     // empty when there is no older page
    QByteArray previousCursor; // empty when there is no newer page
    bool valid = true;         // false when the cursor could not be decoded
};

// `all` must be sorted newest first (descending seq).
Page paginate(const QList<qint64>& all, const QByteArray& cursor, int pageSize);

} // namespace r8::sandbox
