#include "app/sandbox/HttpRequestParser.h"

#include <algorithm>

namespace r8::sandbox {

namespace {
constexpr int kMaxChunkLine = 1024; // "SIZE;extensions" of one chunk

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(const QByteArray& s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!isTokenChar(c))
            return false;
    return true;
}

// Header values: visible characters, spaces and tabs (and obs-text). No CR, LF or other controls.
bool isFieldValue(const QByteArray& s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

// Comma-separated list elements, trimmed and lower-cased (empty elements dropped).
QList<QByteArray> listElements(const QByteArray& value)
{
    QList<QByteArray> out;
    for (const QByteArray& part : value.split(',')) {
        const QByteArray t = part.trimmed().toLower();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// Where the head ends (index just past its blank line), searching from `from`; -1 when not yet.
// Accepts CRLF and bare LF line ends, as clients in the wild send both.
qsizetype headEnd(const QByteArray& b, qsizetype from)
{
    for (qsizetype i = b.indexOf('\n', from); i >= 0; i = b.indexOf('\n', i + 1)) {
        if (i + 1 < b.size() && b.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < b.size() && b.at(i + 1) == '\r' && b.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}
} // namespace

HttpRequestParser::HttpRequestParser(int maxHeadBytes, qint64 maxBodyBytes, qint64 maxUploadBytes)
    : m_maxHead(maxHeadBytes), m_maxBody(maxBodyBytes), m_maxUpload(std::max(maxBodyBytes, maxUploadBytes))
{}

int HttpRequestParser::errorStatus() const
{
    switch (m_error) {
    case Error::None:
        return 0;
    case Error::BadRequest:
        return 400;
    case Error::HeadTooLarge:
        return 431;
    case Error::BodyTooLarge:
        return 413;
    case Error::NotImplemented:
        return 501;
    case Error::VersionUnsupported:
        return 505;
    }
    return 400;
}

HttpRequestParser::Status HttpRequestParser::fail(Error e)
{
    m_error = e;
    m_buffer.clear();
    m_current = {};
    return Status::Failed;
}

HttpRequestParser::Status HttpRequestParser::feed(const QByteArray& bytes)
{
    if (m_error != Error::None)
        return Status::Failed;
    m_buffer.append(bytes);
    if (m_ready)
        return Status::Ready;
    for (;;) {
        switch (m_stage) {
        case Stage::Idle: {
            // Blank lines before a request line are ignored (RFC 9112 §2.2).
            qsizetype skip = 0;
            while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n'))
                ++skip;
            m_buffer.remove(0, skip);
            if (m_buffer.isEmpty())
                return Status::NeedMore;
            m_stage = Stage::Head;
            m_scanned = 0;
            break;
        }
        case Stage::Head: {
            const qsizetype end = headEnd(m_buffer, std::max<qsizetype>(0, m_scanned - 2));
            if (end < 0) {
                if (m_buffer.size() > m_maxHead)
                    return fail(Error::HeadTooLarge);
                m_scanned = m_buffer.size();
                return Status::NeedMore;
            }
            if (end > m_maxHead)
                return fail(Error::HeadTooLarge);
            const Status s = parseHead(end);
            if (s != Status::NeedMore)
                return s;
            break; // a body follows
        }
        case Stage::Body:
            return m_chunked ? parseChunked() : parseBody();
        }
    }
}

HttpRequestParser::Status HttpRequestParser::parseHead(qsizetype end)
{
    QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end);
    for (QByteArray& l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return fail(Error::BadRequest);

    // Request line: METHOD SP request-target SP HTTP-version
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty())
        return fail(Error::BadRequest);
    for (char c : parts.at(1)) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return fail(Error::BadRequest);
    }
    const QByteArray& version = parts.at(2);
    if (version == "HTTP/1.1")
        m_current.minorVersion = 1;
    else if (version == "HTTP/1.0")
        m_current.minorVersion = 0;
    else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.')
        return fail(Error::VersionUnsupported);
    else
        return fail(Error::BadRequest);
    m_current.method = parts.at(0);
    m_current.target = parts.at(1);

    QByteArray contentLength;
    bool hasContentLength = false;
    QList<QByteArray> codings;
    bool hasTransferEncoding = false;
    bool close = false, keepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        // No obsolete line folding, no whitespace before the colon (RFC 9112 §5.1–5.2).
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t'))
            return fail(Error::BadRequest);
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isFieldValue(value))
            return fail(Error::BadRequest);
        m_current.headers.append({name, value});
        const QByteArray lower = name.toLower();
        if (lower == "content-length") {
            for (const QByteArray& v : value.split(',')) {
                const QByteArray t = v.trimmed();
                if (t.isEmpty() || t.size() > 18 || (hasContentLength && t != contentLength))
                    return fail(Error::BadRequest);
                for (char c : t)
                    if (c < '0' || c > '9')
                        return fail(Error::BadRequest);
                contentLength = t;
                hasContentLength = true;
            }
        } else if (lower == "transfer-encoding") {
            hasTransferEncoding = true;
            codings += listElements(value);
        } else if (lower == "connection") {
            const QList<QByteArray> options = listElements(value);
            close = close || options.contains("close");
            keepAlive = keepAlive || options.contains("keep-alive");
        } else if (lower == "expect") {
            m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    m_current.keepAlive = !close && (m_current.minorVersion == 1 || keepAlive);

    if (hasTransferEncoding) {
        // Both framings at once is how requests are smuggled: refuse (RFC 9112 §6.3).
        if (hasContentLength || codings.isEmpty() || codings.constLast() != "chunked")
            return fail(Error::BadRequest);
        if (codings.size() > 1)
            return fail(Error::NotImplemented);
        m_chunked = true;
        m_chunkState = ChunkState::Size;
        m_stage = Stage::Body;
        return Status::NeedMore;
    }
    m_contentLength = hasContentLength ? contentLength.toLongLong() : 0;
    const qsizetype query = m_current.target.indexOf('?');
    const QByteArray path = query < 0 ? m_current.target : m_current.target.left(query);
    m_upload = m_current.method == "POST" && (path == "/v1/files" || path == "/v1/files/");
    if (m_contentLength > (m_upload ? m_maxUpload : m_maxBody))
        return fail(Error::BodyTooLarge); // decided on the header: not one byte of the body is read
    if (m_contentLength == 0) {
        m_ready = true;
        return Status::Ready;
    }
    m_stage = Stage::Body;
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseBody()
{
    const qint64 need = m_contentLength - m_current.body.size();
    const qint64 n = std::min<qint64>(need, m_buffer.size());
    if (n > 0) {
        m_current.body.append(m_buffer.constData(), n);
        m_buffer.remove(0, n);
    }
    if (m_current.body.size() < m_contentLength)
        return Status::NeedMore;
    m_ready = true;
    return Status::Ready;
}

HttpRequestParser::Status HttpRequestParser::parseChunked()
{
    for (;;) {
        switch (m_chunkState) {
        case ChunkState::Size: {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_buffer.size() > kMaxChunkLine)
                    return fail(Error::BadRequest);
                return Status::NeedMore;
            }
            if (nl > kMaxChunkLine)
                return fail(Error::BadRequest);
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype semi = line.indexOf(';');
            const QByteArray hex = (semi < 0 ? line : line.left(semi)).trimmed();
            if (hex.isEmpty() || hex.size() > 15)
                return fail(Error::BadRequest);
            qint64 size = 0;
            for (char c : hex) {
                int d = -1;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                if (d < 0)
                    return fail(Error::BadRequest);
                size = size * 16 + d;
            }
            if (size == 0) {
                m_chunkState = ChunkState::Trailers;
                break;
            }
            if (size > m_maxBody - m_current.body.size())
                return fail(Error::BodyTooLarge); // refused on the chunk's size, before its data
            m_chunkLeft = size;
            m_chunkState = ChunkState::Data;
            break;
        }
        case ChunkState::Data: {
            const qint64 n = std::min<qint64>(m_chunkLeft, m_buffer.size());
            m_current.body.append(m_buffer.constData(), n);
            m_buffer.remove(0, n);
            m_chunkLeft -= n;
            if (m_chunkLeft > 0)
                return Status::NeedMore;
            m_chunkState = ChunkState::DataEnd;
            break;
        }
        case ChunkState::DataEnd:
            if (m_buffer.startsWith("\r\n"))
                m_buffer.remove(0, 2);
            else if (m_buffer.startsWith('\n'))
                m_buffer.remove(0, 1);
            else if (m_buffer.isEmpty() || m_buffer == "\r")
                return Status::NeedMore;
            else
                return fail(Error::BadRequest);
            m_chunkState = ChunkState::Size;
            break;
        case ChunkState::Trailers: {
            const qsizetype nl = m_buffer.indexOf('\n');
            if (nl < 0) {
                if (m_trailerBytes + m_buffer.size() > m_maxHead)
                    return fail(Error::HeadTooLarge);
                return Status::NeedMore;
            }
            m_trailerBytes += nl + 1;
            if (m_trailerBytes > m_maxHead)
                return fail(Error::HeadTooLarge);
            QByteArray line = m_buffer.left(nl);
            m_buffer.remove(0, nl + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.isEmpty()) {
                m_ready = true;
                return Status::Ready;
            }
            if (line.indexOf(':') <= 0 || !isFieldValue(line))
                return fail(Error::BadRequest);
            break; // trailer fields are read and dropped
        }
        }
    }
}

ParsedRequest HttpRequestParser::take()
{
    ParsedRequest r = std::move(m_current);
    m_current = {};
    m_ready = false;
    m_stage = Stage::Idle;
    m_expectContinue = false;
    m_contentLength = -1;
    m_upload = false;
    m_chunked = false;
    m_chunkState = ChunkState::Size;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_scanned = 0;
    return r;
}

} // namespace r8::sandbox
