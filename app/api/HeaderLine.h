#pragma once
#include <QByteArray>

namespace r8::api {

// One line of an HTTP answer's head, as libcurl hands it over (CRLF included). Pure.
struct HeaderLine
{
    enum class Kind
    {
        Status,       // "HTTP/1.1 200 OK", "HTTP/2 404": a new answer starts (after a 1xx too)
        Field,        // "Name: value"
        Continuation, // obsolete line folding: more of the previous field's value
        End,          // the empty line that ends the head
        Junk,         // anything else (ignored)
    };
    Kind kind = Kind::Junk;
    int status = 0;   // Status: 100–999, or 0 when the line has no three-digit code
    QByteArray name;  // Field: never empty, no ':' and no whitespace around it
    QByteArray value; // Field, Continuation: trimmed
};

HeaderLine parseHeaderLine(const QByteArray& line);

} // namespace r8::api
