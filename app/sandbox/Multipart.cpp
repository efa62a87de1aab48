#include "app/sandbox/Multipart.h"

namespace r8::sandbox {

QByteArray headerParam(const QByteArray& header, const QByteArray& key)
{
    for (QByteArray part : header.split(';')) {
        part = part.trimmed();
        const int eq = part.indexOf('=');
        if (eq > 0 && part.left(eq).trimmed().toLower() == key) {
            QByteArray v = part.mid(eq + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
                v = v.mid(1, v.size() - 2);
            return v;
        }
    }
    return {};
}

bool parseMultipart(const QByteArray& contentType, const QByteArray& body, QList<FormPart>* parts)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return false;
    const QByteArray boundary = headerParam(contentType, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return false;
        FormPart part;
        for (const QByteArray& line : body.mid(pos, headersEnd - pos).split('\n')) {
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower(),
                             value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = headerParam(value, "name");
                part.isFile = value.contains("filename=");
                part.fileName = headerParam(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const qsizetype dataStart = headersEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return false;
        part.data = body.mid(dataStart, next - dataStart);
        parts->append(part);
        pos = next + 2;
    }
}

} // namespace r8::sandbox
