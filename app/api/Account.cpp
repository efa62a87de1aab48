#include "app/api/Account.h"

#include "app/api/JsonFields.h"

#include <QCoreApplication>

namespace r8::api {

bool parseAccount(const QByteArray& body, Account* out, QString* error)
{
    QJsonObject o;
    if (!parseObject(body, QCoreApplication::translate("r8::api", "an account"), &o, error))
        return false;
    JsonFields f(o);
    Account a;
    a.type = f.string("type");
    a.username = f.string("username");
    a.name = f.string("name");
    a.githubUrl = f.url("github_url");
    a.avatarUrl = f.url("avatar_url");
    a.extra = f.rest();
    if (a.username.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "The account answer has no “username”.");
        return false;
    }
    *out = a;
    return true;
}

} // namespace r8::api
