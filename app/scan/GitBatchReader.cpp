#include "app/scan/GitBatchReader.h"

#include <algorithm>

namespace r8::scan {

namespace {
constexpr qsizetype kMaxHeaderLine = 1024;
} // namespace

void GitBatchReader::header(QByteArrayView line)
{
    // "<oid> <type> <size>" or "<oid> missing" / "<oid> ambiguous"
    const qsizetype s1 = line.indexOf(' ');
    const qsizetype s2 = s1 < 0 ? -1 : line.indexOf(' ', s1 + 1);
    if (s1 <= 0 || s2 < 0) {
        if (s1 <= 0 || !(line.endsWith(" missing") || line.endsWith(" ambiguous")))
            m_malformed = true;
        return;
    }
    bool ok = false;
    const qint64 size = line.sliced(s2 + 1).toByteArray().toLongLong(&ok);
    if (!ok || size < 0) {
        m_malformed = true;
        return;
    }
    ++m_objects;
    m_left = size;
    m_state = State::Body;
    m_sink.begin(line.first(s1), line.sliced(s1 + 1, s2 - s1 - 1), size);
    if (m_left == 0) {
        m_sink.end();
        m_state = State::Trailer;
    }
}

void GitBatchReader::feed(QByteArrayView chunk)
{
    while (!chunk.isEmpty()) {
        switch (m_state) {
        case State::Header: {
            const qsizetype nl = chunk.indexOf('\n');
            const qsizetype take = nl < 0 ? chunk.size() : nl;
            if (m_header.size() + take > kMaxHeaderLine) {
                m_malformed = true;
                m_header.clear();
            } else {
                m_header.append(chunk.data(), take);
            }
            if (nl < 0)
                return;
            chunk = chunk.sliced(nl + 1);
            const QByteArray line = m_header;
            m_header.clear();
            if (!line.isEmpty())
                header(line);
            break;
        }
        case State::Body: {
            const qsizetype n = qsizetype(std::min<qint64>(m_left, chunk.size()));
            m_sink.bytes(chunk.first(n));
            m_left -= n;
            chunk = chunk.sliced(n);
            if (m_left == 0) {
                m_sink.end();
                m_state = State::Trailer;
            }
            break;
        }
        case State::Trailer:
            if (chunk.front() != '\n')
                m_malformed = true;
            chunk = chunk.sliced(1);
            m_state = State::Header;
            break;
        }
    }
}

void GitBatchReader::finish()
{
    if (m_state == State::Body)
        m_malformed = true; // the stream ended inside an object
    m_state = State::Header;
    m_header.clear();
}

} // namespace r8::scan
