#include "app/sandbox/Pagination.h"

#include <algorithm>

namespace r8::sandbox {

namespace {
QByteArray encode(char dir, qint64 seq)
{
    return (QByteArray(1, dir) + ':' + QByteArray::number(seq))
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

Page paginate(const QList<qint64>& all, const QByteArray& cursor, int pageSize)
{
    Page page;
    pageSize = std::max(1, pageSize);
    int first = 0; // index into `all` of the page's first (newest) item
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray raw = decoded.decoded;
        bool ok = false;
        const qint64 seq = raw.size() > 2 ? raw.mid(2).toLongLong(&ok) : 0;
        if (!decoded || !ok || raw.at(1) != ':' || (raw.at(0) != 'a' && raw.at(0) != 'b')) {
            page.valid = false;
            return page;
        }
        if (raw.at(0) == 'b') {
            first =
                int(std::find_if(all.begin(), all.end(), [&](qint64 s) { return s < seq; }) - all.begin());
        } else {
            // Newer than seq: the pageSize items just above it.
            const int olderStart =
                int(std::find_if(all.begin(), all.end(), [&](qint64 s) { return s <= seq; }) - all.begin());
            first = std::max(0, olderStart - pageSize);
        }
    }
    const int last = std::min<int>(all.size(), first + pageSize);
    page.seqs = all.mid(first, last - first);
    if (last < all.size() && !page.seqs.isEmpty())
        page.nextCursor = encode('b', page.seqs.last());
    if (first > 0 && !page.seqs.isEmpty())
        page.previousCursor = encode('a', page.seqs.first());
    else if (first > 0 && page.seqs.isEmpty())
        page.previousCursor = encode('a', all.last() - 1);
    return page;
}

} // namespace r8::sandbox
