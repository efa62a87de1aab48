#pragma once
#include <QByteArray>
#include <QList>

namespace r8::sandbox {

// One part of a multipart/form-data body (POST /v1/files sends the file in "content").
struct FormPart
{
    QByteArray name, fileName, contentType, data;
    bool isFile = false;
};

// multipart/form-data (RFC 7578) → its parts; false when the body is not well-formed. Pure: it reads
// what any client sends, and is fuzzed (tests/fuzz/fuzz_multipart.cpp).
bool parseMultipart(const QByteArray& contentType, const QByteArray& body, QList<FormPart>* parts);

// The value of `key` in a header like `form-data; name="content"; filename="a.png"` (quotes removed).
QByteArray headerParam(const QByteArray& header, const QByteArray& key);

} // namespace r8::sandbox
