#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace r8::api {

// GET /v1/account: the user or organisation that owns the token.
struct Account
{
    QString type;     // "user" or "organization"
    QString username; // required
    QString name;
    QUrl githubUrl;
    QUrl avatarUrl;
    QJsonObject extra; // fields this version does not know
};

// Pure. False (with a translated message) when the body is not an account object.
bool parseAccount(const QByteArray& body, Account* out, QString* error);

} // namespace r8::api
