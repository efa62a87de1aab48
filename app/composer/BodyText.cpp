#include "app/composer/BodyText.h"
#include "app/core/FileTr.h"

#include "app/core/Redact.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstring>

namespace r8::composer {

R8_FILE_TR(r8::composer::BodyText)

namespace {

constexpr int maxDepth = 512;
constexpr qint64 cancelEvery = 1 << 20;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Appends to a byte buffer without QByteArray's per-call overhead.
class Writer
{
public:
    explicit Writer(qsizetype reserve) { m_buf.resize(reserve); }
    void put(char c)
    {
        ensure(1);
        m_buf.data()[m_size++] = c;
    }
    void put(const char* p, qsizetype n)
    {
        ensure(n);
        std::memcpy(m_buf.data() + m_size, p, size_t(n));
        m_size += n;
    }
    void newline(int depth)
    {
        ensure(1 + 2 * qsizetype(depth));
        char* d = m_buf.data() + m_size;
        *d++ = '\n';
        std::memset(d, ' ', size_t(2 * depth));
        m_size += 1 + 2 * depth;
    }
    QByteArray take()
    {
        m_buf.truncate(m_size);
        return std::move(m_buf);
    }

private:
    void ensure(qsizetype n)
    {
        if (m_size + n > m_buf.size())
            m_buf.resize(std::max(m_buf.size() * 3 / 2, m_size + n + 4096));
    }
    QByteArray m_buf;
    qsizetype m_size = 0;
};

struct Parser
{
    const char* p;
    const char* end;
    const char* begin;
    QString error;
    const char* errorAt = nullptr;

    bool fail(const QString& message, const char* at)
    {
        error = message;
        errorAt = at;
        return false;
    }
    void skipWs()
    {
        while (p < end && isWs(*p))
            ++p;
    }
    QString unexpected() const
    {
        if (p >= end)
            return tr("the data ends too early");
        const uchar c = uchar(*p);
        if (c >= 0x20 && c < 0x7f)
            return tr("unexpected “%1”").arg(QLatin1Char(char(c)));
        return tr("unexpected byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    // A string starting at p (on the quote). Moves p past it.
    bool string()
    {
        const char* start = p++;
        while (true) {
            // Fast path: plain bytes.
            while (p < end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20)
                ++p;
            if (p >= end)
                return fail(tr("a string is not closed"), start);
            if (*p == '"') {
                ++p;
                return true;
            }
            if (*p == '\\') {
                if (p + 1 >= end)
                    return fail(tr("a string is not closed"), start);
                const char e = p[1];
                if (e == 'u') {
                    if (end - p < 6 || !isHex(p[2]) || !isHex(p[3]) || !isHex(p[4]) || !isHex(p[5]))
                        return fail(tr("a \\u escape needs four hex digits"), p);
                    p += 6;
                } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' ||
                           e == 'r' || e == 't') {
                    p += 2;
                } else {
                    return fail(tr("“\\%1” is not a JSON escape").arg(QLatin1Char(e)), p);
                }
                continue;
            }
            return fail(tr("a control character inside a string (escape it)"), p);
        }
    }
    bool number()
    {
        const char* start = p;
        if (*p == '-')
            ++p;
        if (p >= end || !isDigit(*p))
            return fail(tr("not a number"), start);
        if (*p == '0')
            ++p;
        else
            while (p < end && isDigit(*p))
                ++p;
        if (p < end && *p == '.') {
            ++p;
            if (p >= end || !isDigit(*p))
                return fail(tr("a number needs digits after its “.”"), start);
            while (p < end && isDigit(*p))
                ++p;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (p >= end || !isDigit(*p))
                return fail(tr("a number’s exponent needs digits"), start);
            while (p < end && isDigit(*p))
                ++p;
        }
        return true;
    }
    bool literal(const char* word, qsizetype n)
    {
        if (end - p < n || std::memcmp(p, word, size_t(n)) != 0)
            return fail(unexpected(), p);
        p += n;
        return true;
    }
};
} // namespace

FormattedText prettyJson(const QByteArray& body, const std::atomic<bool>* cancel)
{
    FormattedText out;
    Parser ps{body.constData(), body.constData() + body.size(), body.constData(), {}, nullptr};
    if (body.startsWith("\xEF\xBB\xBF"))
        ps.p += 3;
    Writer w(body.size() + body.size() / 2 + 64);
    // The stack of open containers: '{' or '[' and whether it has members yet.
    QByteArray stack;
    QVector<bool> hasMembers;
    const char* nextCancelCheck = ps.p + cancelEvery;
    bool ok = true;
    bool expectValue = true; // else: after a value (expect , or a close or the end)

    auto closeContainer = [&](char close) {
        const bool members = hasMembers.takeLast();
        stack.chop(1);
        if (members)
            w.newline(int(stack.size()));
        w.put(close);
    };

    while (ok) {
        if (cancel && ps.p >= nextCancelCheck) {
            nextCancelCheck = ps.p + cancelEvery;
            if (cancel->load(std::memory_order_relaxed)) {
                out.canceled = true;
                return out;
            }
        }
        ps.skipWs();
        if (expectValue) {
            if (ps.p >= ps.end) {
                ok = ps.fail(body.trimmed().isEmpty() ? tr("the body is empty") : ps.unexpected(), ps.p);
                break;
            }
            const char c = *ps.p;
            const char* start = ps.p;
            if (c == '{' || c == '[') {
                if (stack.size() >= maxDepth) {
                    ok = ps.fail(tr("nested deeper than %1 levels").arg(maxDepth), ps.p);
                    break;
                }
                ++ps.p;
                w.put(c);
                stack.append(c);
                hasMembers.append(false);
                ps.skipWs();
                const char close = c == '{' ? '}' : ']';
                if (ps.p < ps.end && *ps.p == close) {
                    ++ps.p;
                    closeContainer(close);
                    expectValue = false;
                    continue;
                }
                hasMembers.last() = true;
                w.newline(int(stack.size()));
                if (c == '{') {
                    ps.skipWs();
                    if (ps.p >= ps.end || *ps.p != '"') {
                        ok = ps.fail(tr("expected a key (a string in double quotes) but found %1")
                                         .arg(ps.unexpected()),
                                     ps.p);
                        break;
                    }
                    const char* k = ps.p;
                    if (!(ok = ps.string()))
                        break;
                    w.put(k, ps.p - k);
                    ps.skipWs();
                    if (ps.p >= ps.end || *ps.p != ':') {
                        ok = ps.fail(tr("expected “:” after a key but found %1").arg(ps.unexpected()), ps.p);
                        break;
                    }
                    ++ps.p;
                    w.put(": ", 2);
                }
                continue; // expect a value
            }
            if (c == '"')
                ok = ps.string();
            else if (c == '-' || isDigit(c))
                ok = ps.number();
            else if (c == 't')
                ok = ps.literal("true", 4);
            else if (c == 'f')
                ok = ps.literal("false", 5);
            else if (c == 'n')
                ok = ps.literal("null", 4);
            else
                ok = ps.fail(ps.unexpected(), ps.p);
            if (!ok)
                break;
            w.put(start, ps.p - start);
            expectValue = false;
            continue;
        }
        // After a value.
        if (stack.isEmpty()) {
            if (ps.p < ps.end)
                ok = ps.fail(tr("more data after the end of the JSON value"), ps.p);
            break;
        }
        if (ps.p >= ps.end) {
            ok = ps.fail(ps.unexpected(), ps.p);
            break;
        }
        const char top = stack.back();
        const char close = top == '{' ? '}' : ']';
        if (*ps.p == close) {
            ++ps.p;
            closeContainer(close);
            continue;
        }
        if (*ps.p != ',') {
            ok = ps.fail(
                tr("expected “,” or “%1” but found %2").arg(QString(QLatin1Char(close)), ps.unexpected()),
                ps.p);
            break;
        }
        ++ps.p;
        w.put(',');
        w.newline(int(stack.size()));
        expectValue = true;
        if (top == '{') {
            ps.skipWs();
            if (ps.p >= ps.end || *ps.p != '"') {
                ok = ps.fail(
                    tr("expected a key (a string in double quotes) but found %1").arg(ps.unexpected()), ps.p);
                break;
            }
            const char* k = ps.p;
            if (!(ok = ps.string()))
                break;
            w.put(k, ps.p - k);
            ps.skipWs();
            if (ps.p >= ps.end || *ps.p != ':') {
                ok = ps.fail(tr("expected “:” after a key but found %1").arg(ps.unexpected()), ps.p);
                break;
            }
            ++ps.p;
            w.put(": ", 2);
        }
    }
    if (!ok) {
        const qint64 offset = ps.errorAt - ps.begin;
        out.errorOffset = offset;
        const QByteArrayView before(ps.begin, offset);
        out.errorLine = before.count('\n') + 1;
        const qsizetype lastBreak = QByteArray::fromRawData(ps.begin, offset).lastIndexOf('\n');
        out.errorColumn = offset - lastBreak;
        out.error =
            tr("%1 (line %2, column %3)")
                .arg(ps.error, QLocale().toString(out.errorLine), QLocale().toString(out.errorColumn));
        return out;
    }
    FormattedText rows = textRows(w.take(), true, cancel);
    rows.json = true;
    return rows;
}

FormattedText textRows(const QByteArray& text, bool json, const std::atomic<bool>* cancel)
{
    FormattedText out;
    out.text = text;
    const char* base = text.constData();
    const qsizetype size = text.size();
    out.rows.reserve(qsizetype(size / 40) + 16);
    quint32 line = 0;
    qsizetype pos = 0;
    qsizetype nextCancelCheck = cancelEvery;
    while (pos <= size) {
        if (cancel && pos >= nextCancelCheck) {
            nextCancelCheck = pos + cancelEvery;
            if (cancel->load(std::memory_order_relaxed)) {
                out.canceled = true;
                return out;
            }
        }
        const void* nl = std::memchr(base + pos, '\n', size_t(size - pos));
        const qsizetype lineEnd = nl ? static_cast<const char*>(nl) - base : size;
        qsizetype contentEnd = lineEnd;
        if (contentEnd > pos && base[contentEnd - 1] == '\r')
            --contentEnd;
        if (contentEnd - pos <= rowBytesLimit) {
            const quint16 len = quint16(contentEnd - pos);
            out.rows.append({quint32(pos), line, len, 0});
            out.maxRowBytes = std::max<int>(out.maxRowBytes, len);
        } else {
            // A long line: rows of at most rowBytesLimit bytes, cut between UTF-8 sequences.
            bool inString = false;
            bool escaped = false;
            qsizetype s = pos;
            bool first = true;
            while (s < contentEnd) {
                qsizetype e = std::min(contentEnd, s + rowBytesLimit);
                while (e < contentEnd && e > s + 1 && (uchar(base[e]) & 0xC0) == 0x80)
                    --e;
                quint8 flags = first ? 0 : TextRow::Continuation;
                if (json && inString)
                    flags |= TextRow::InString;
                out.rows.append({quint32(s), line, quint16(e - s), flags});
                out.maxRowBytes = std::max<int>(out.maxRowBytes, int(e - s));
                if (json) {
                    for (qsizetype i = s; i < e; ++i) {
                        const char c = base[i];
                        if (escaped)
                            escaped = false;
                        else if (inString && c == '\\')
                            escaped = true;
                        else if (c == '"')
                            inString = !inString;
                    }
                }
                first = false;
                s = e;
            }
        }
        ++line;
        if (!nl)
            break;
        pos = lineEnd + 1;
        if (pos == size) { // a final line break does not open an empty last line
            break;
        }
    }
    out.lineCount = line;
    return out;
}

QByteArray maskSecrets(const QByteArray& body, const QStringList& knownSecrets)
{
    QByteArray out = body;
    for (const QString& known : knownSecrets) {
        if (known.size() < 8)
            continue;
        const QByteArray secret = known.toUtf8();
        if (out.contains(secret))
            out.replace(secret, maskToken(known).toUtf8());
    }
    qsizetype from = 0;
    QByteArray result;
    qsizetype copied = 0;
    while ((from = out.indexOf("r8_", from)) >= 0) {
        qsizetype e = from + 3;
        while (e < out.size() && isTokenChar(out.at(e)))
            ++e;
        if (e - from - 3 >= 37) {
            result += QByteArrayView(out.constData() + copied, from - copied);
            result += maskToken(QString::fromLatin1(out.constData() + from, e - from)).toUtf8();
            copied = e;
        }
        from = e;
    }
    if (copied == 0)
        return out;
    result += QByteArrayView(out.constData() + copied, out.size() - copied);
    return result;
}

QString byteSizeText(qint64 bytes)
{
    if (bytes < 1024)
        return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

} // namespace r8::composer
