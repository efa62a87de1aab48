#include "app/composer/SseParser.h"

namespace r8::composer {

QList<SseEvent> SseParser::feed(const QByteArray& input)
{
    if (!m_started) {
        // A UTF-8 BOM may open the stream; wait until 3 bytes are there to decide.
        m_head += input;
        if (m_head.size() < 3 && QByteArray("\xEF\xBB\xBF").startsWith(m_head))
            return {};
        m_started = true;
        QByteArray data = m_head;
        m_head.clear();
        if (data.startsWith("\xEF\xBB\xBF"))
            data.remove(0, 3);
        return feedBytes(data);
    }
    return feedBytes(input);
}

QList<SseEvent> SseParser::feedBytes(const QByteArray& chunk)
{
    QList<SseEvent> out;
    qsizetype i = 0;
    const qsizetype n = chunk.size();
    while (i < n) {
        if (m_skipLf) {
            m_skipLf = false;
            if (chunk[i] == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype j = i;
        while (j < n && chunk[j] != '\n' && chunk[j] != '\r')
            ++j;
        if (!m_overflow) {
            m_line.append(chunk.constData() + i, j - i);
            if (m_line.size() > maxLineBytes) {
                m_line.clear();
                m_overflow = true; // drop the rest of this monster line
            }
        }
        if (j == n)
            break;
        if (chunk[j] == '\r')
            m_skipLf = true;
        if (!m_overflow)
            processLine(m_line, &out);
        m_line.clear();
        m_overflow = false;
        i = j + 1;
    }
    return out;
}

void SseParser::finish()
{
    m_line.clear();
    m_skipLf = false;
    m_overflow = false;
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}

void SseParser::processLine(const QByteArray& line, QList<SseEvent>* out)
{
    if (line.isEmpty()) {
        if (m_hasData || !m_event.isEmpty()) {
            SseEvent e;
            if (!m_event.isEmpty())
                e.event = m_event;
            e.data = m_data;
            e.id = m_lastId;
            e.retry = m_retry;
            out->append(e);
        }
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        m_retry = -1;
        return;
    }
    if (line.startsWith(':'))
        return; // comment (e.g. ":408: 408 Request Timeout" keep-alives)
    const qsizetype colon = line.indexOf(':');
    const QByteArray field = colon < 0 ? line : line.left(colon);
    QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    if (field == "event") {
        m_event = QString::fromUtf8(value);
    } else if (field == "data") {
        if (m_hasData)
            m_data += QLatin1Char('\n');
        m_data += QString::fromUtf8(value);
        m_hasData = true;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastId = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.startsWith('+'))
            m_retry = ms;
    }
}

} // namespace r8::composer
