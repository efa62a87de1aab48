#include "app/scan/ContentScanner.h"

#include <algorithm>
#include <cstring>

namespace r8::scan {

TextEncoding sniffEncoding(QByteArrayView head)
{
    const auto* u = reinterpret_cast<const unsigned char*>(head.data());
    const qsizetype n = std::min<qsizetype>(head.size(), ContentScanner::kSniffBytes);
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return TextEncoding::Utf8Bom;
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return TextEncoding::Utf16LE;
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return TextEncoding::Utf16BE;
    const qsizetype pairs = n / 2;
    if (pairs < 4)
        return TextEncoding::Bytes;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i + 1 < n; i += 2) {
        zeroEven += u[i] == 0;
        zeroOdd += u[i + 1] == 0;
    }
    if (zeroOdd * 10 >= pairs * 9 && zeroEven == 0)
        return TextEncoding::Utf16LE;
    if (zeroEven * 10 >= pairs * 9 && zeroOdd == 0)
        return TextEncoding::Utf16BE;
    return TextEncoding::Bytes;
}

namespace {
thread_local std::vector<char> t_spare; // the last scanner's buffer on this thread
}

ContentScanner::ContentScanner(ByteTransform::Kind transform, qsizetype chunkSize)
    : m_requested(transform), m_transform(transform),
      m_cap(std::max<qsizetype>(chunkSize, kSniffBytes) + kSniffBytes + 1024)
{
    if (qsizetype(t_spare.size()) >= m_cap)
        m_buf.swap(t_spare);
    else
        m_buf.resize(size_t(m_cap));
}

ContentScanner::~ContentScanner()
{
    if (m_buf.size() > t_spare.size())
        t_spare.swap(m_buf);
}

void ContentScanner::reset()
{
    m_transform = ByteTransform(m_requested);
    m_matcher.reset();
    m_kept = 0;
    m_decided = false;
    m_binary = false;
    m_encoding = TextEncoding::Bytes;
}

void ContentScanner::decide()
{
    m_decided = true;
    m_encoding = sniffEncoding(QByteArrayView(m_buf.data(), m_kept));
    if (m_encoding == TextEncoding::Utf16LE)
        m_transform = ByteTransform(ByteTransform::Kind::Utf16LE);
    else if (m_encoding == TextEncoding::Utf16BE)
        m_transform = ByteTransform(ByteTransform::Kind::Utf16BE);
    else
        m_binary = std::memchr(m_buf.data(), 0, size_t(std::min<qsizetype>(m_kept, kSniffBytes))) != nullptr;
}

void ContentScanner::scanFrom(qsizetype raw)
{
    const qsizetype added = m_transform.apply(m_buf.data() + raw, m_kept - raw);
    const qsizetype total = raw + added;
    const qsizetype drop = m_matcher.feedBlock(m_buf.data(), total);
    m_kept = total - drop;
    if (drop > 0 && m_kept > 0)
        std::memmove(m_buf.data(), m_buf.data() + drop, size_t(m_kept));
}

void ContentScanner::commit(qsizetype n)
{
    if (n <= 0)
        return;
    const qsizetype raw = m_kept;
    m_kept += n;
    if (!m_decided) {
        if (m_kept < kSniffBytes)
            return; // wait for enough bytes to tell the encoding
        decide();
        scanFrom(0);
        return;
    }
    scanFrom(raw);
}

void ContentScanner::feed(QByteArrayView data)
{
    while (!data.isEmpty()) {
        const qsizetype n = std::min(spaceSize(), data.size());
        std::memcpy(space(), data.data(), size_t(n));
        commit(n);
        data = data.sliced(n);
    }
}

void ContentScanner::finish()
{
    if (!m_decided) {
        decide();
        const qsizetype added = m_transform.apply(m_buf.data(), m_kept);
        m_kept = added;
    }
    m_matcher.finishBlock(m_buf.data(), m_kept);
    m_kept = 0;
}

} // namespace r8::scan
