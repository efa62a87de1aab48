#include "app/api/TokensApi.h"

#include "app/api/JsonFields.h"
#include "app/api/Page.h"

#include <QCoreApplication>

namespace r8::api::tokens {

namespace {
bool tokenFromJson(const QJsonObject& o, RemoteToken* out, QString* error)
{
    JsonFields f(o);
    RemoteToken t;
    t.id = f.string("id");
    t.name = f.string("name");
    t.hint = f.string("hint");
    t.createdAt = f.time("created_at");
    t.lastUsedAt = f.time("last_used_at");
    t.disabledAt = f.time("disabled_at");
    t.disabledReason = f.string("disabled_reason");
    t.current = f.value("current").toBool();
    t.extra = f.rest();
    if (t.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("r8::api", "A token in the server's answer has no “id”.");
        return false;
    }
    *out = t;
    return true;
}
} // namespace

QString listPath()
{
    return QStringLiteral("tokens");
}

QString disablePath(const QString& id)
{
    return QStringLiteral("tokens/%1/disable").arg(QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

bool isNotOffered(int httpStatus)
{
    return httpStatus == 404 || httpStatus == 405;
}

bool parseToken(const QByteArray& body, RemoteToken* out, QString* error)
{
    QJsonObject o;
    if (!parseObject(body, QCoreApplication::translate("r8::api", "a token"), &o, error))
        return false;
    return tokenFromJson(o, out, error);
}

bool parseTokenPage(const QByteArray& body, TokenPage* out, QString* error)
{
    Page page;
    if (!parsePage(body, &page, error))
        return false;
    TokenPage tp;
    tp.next = page.next;
    for (const QJsonValue& v : std::as_const(page.results)) {
        if (!v.isObject()) {
            if (error)
                *error = QCoreApplication::translate("r8::api",
                                                     "The token list holds something that is not a token.");
            return false;
        }
        RemoteToken t;
        if (!tokenFromJson(v.toObject(), &t, error))
            return false;
        tp.tokens.append(t);
    }
    *out = tp;
    return true;
}

} // namespace r8::api::tokens
