#include "app/api/HttpRoundTrip.h"

namespace r8::api {

QByteArray HttpRoundTrip::header(const QByteArray& name) const
{
    return findHeader(m_headers, name);
}

qint64 HttpRoundTrip::contentLength() const
{
    bool ok = false;
    const qint64 n = header("Content-Length").trimmed().toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace r8::api
