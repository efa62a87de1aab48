#pragma once
#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace r8::sandbox {

// One HTTP answer as plain data (status, headers, body): built by pure functions, written by IncomingRequest.
struct Reply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    static Reply json(const QJsonValue& value, int status = 200);
    // application/problem+json with exactly the fields given (empty title → no "title" key).
    static Reply problem(int status, const QString& title, const QString& detail);
    static Reply detailOnly(int status, const QString& detail); // {"detail": …}, as the 429 is documented
};

// Common problems, with the exact texts of the real service where they are known.
namespace problems {
Reply missingToken();   // 401 "You did not pass an authentication token"
Reply invalidToken();   // 401 "You did not pass a valid authentication token"
Reply disabledToken();  // 401 "This API token has been disabled"
Reply notFound();       // 404 "The requested resource could not be found."
Reply invalidVersion(); // 422 "Invalid version or not permitted"
Reply badRequest(const QString& detail);
Reply validation(const QString& detail); // 422 "Input validation failed"
} // namespace problems

} // namespace r8::sandbox
