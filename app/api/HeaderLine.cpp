#include "app/api/HeaderLine.h"

#include <algorithm>

namespace r8::api {

HeaderLine parseHeaderLine(const QByteArray& raw)
{
    HeaderLine h;
    if (raw.startsWith("HTTP/")) {
        h.kind = HeaderLine::Kind::Status;
        const qsizetype space = raw.indexOf(' ');
        const QByteArray code = space > 0 ? raw.mid(space + 1, 3) : QByteArray();
        const bool digits = code.size() == 3 && std::all_of(code.begin(), code.end(),
                                                            [](char c) { return c >= '0' && c <= '9'; });
        const int n = digits ? code.toInt() : 0;
        h.status = n >= 100 ? n : 0;
        return h;
    }
    const QByteArray line = raw.trimmed();
    if (line.isEmpty()) {
        h.kind = raw.isEmpty() ? HeaderLine::Kind::Junk : HeaderLine::Kind::End;
        return h;
    }
    if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
        return h; // one line holds one line
    if (raw.front() == ' ' || raw.front() == '\t') {
        h.kind = HeaderLine::Kind::Continuation;
        h.value = line;
        return h;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return h;
    h.name = line.left(colon);
    const bool token = std::all_of(h.name.begin(), h.name.end(), [](char c) {
        return c > ' ' && c < 127; // visible ASCII: no space, tab or control character
    });
    if (!token) {
        h.name.clear();
        return h;
    }
    h.kind = HeaderLine::Kind::Field;
    h.value = line.mid(colon + 1).trimmed();
    return h;
}

} // namespace r8::api
