#pragma once
#include <QByteArray>
#include <QString>

namespace r8::api {

// An error answer (RFC 7807 problem+json, as Replicate sends it). Every field may be missing;
// a body that is not JSON still gives a usable message.
struct Problem
{
    int httpStatus = 0; // from the HTTP status line (authoritative)
    int bodyStatus = 0; // "status" in the body, 0 when absent
    QString type;
    QString title;
    QString detail;
    QString instance;
    bool json = false; // the body was a JSON object

    // A translated, one-line message: the server's detail (or title), else a description of the
    // HTTP status. Never contains a token (redacted).
    QString message() const;
};

// Pure: any bytes in, a Problem out (never fails).
Problem parseProblem(const QByteArray& body, int httpStatus);

// "Not found (HTTP 404)", "Too many requests (HTTP 429)", … translated.
QString httpStatusText(int status);

} // namespace r8::api
