#include "HttpExchange.h"

namespace r8::api {

QByteArray HttpExchange::header(const QByteArray& name) const
{
    for (const Header& h : m_headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

qint64 HttpExchange::contentLength() const
{
    bool ok = false;
    const qint64 n = header("Content-Length").trimmed().toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

} // namespace r8::api
