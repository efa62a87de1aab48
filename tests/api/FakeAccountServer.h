#pragma once
// A loopback server speaking GET /v1/account and the tokens contract, for verifier, account-token
// and rotation tests (until they also run against the sandbox).
#include "tests/api/ScriptedServer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::test {

class FakeAccountServer
{
public:
    struct Tok
    {
        QString secret;
        QString account;
        QString id;
        bool disabled = false;
    };
    QList<Tok> tokens;
    bool tokensApi = true; // false: 404 like api.replicate.com
    int pageSize = 2;
    ScriptedServer server{[this](const RawRequest& r) { return handle(r); }};

    Tok* bySecret(const QByteArray& auth)
    {
        for (Tok& t : tokens) {
            if (auth == "Bearer " + t.secret.toUtf8())
                return &t;
        }
        return nullptr;
    }

    Action handle(const RawRequest& r)
    {
        Tok* me = bySecret(r.headers.value("authorization"));
        if (!me || me->disabled)
            return respond(
                401,
                me ? R"({"title":"Unauthenticated","detail":"This API token has been disabled","status":401})"
                   : R"({"title":"Unauthenticated","detail":"You did not pass a valid authentication token","status":401})",
                "application/problem+json");
        if (r.target == "/v1/account")
            return respond(200, QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("user")},
                                                          {QStringLiteral("username"), me->account},
                                                          {QStringLiteral("name"), me->account.toUpper()}})
                                    .toJson());
        if (!tokensApi)
            return respond(404, R"({"detail":"The requested resource could not be found.","status":404})",
                           "application/problem+json");
        if (r.method == "GET" && r.target.startsWith("/v1/tokens")) {
            const int from =
                r.target.contains("cursor=") ? r.target.mid(r.target.indexOf("cursor=") + 7).toInt() : 0;
            QList<Tok*> mine;
            for (Tok& t : tokens) {
                if (t.account == me->account)
                    mine.append(&t);
            }
            QJsonArray results;
            for (int i = from; i < qMin(int(mine.size()), from + pageSize); ++i) {
                const Tok* t = mine[i];
                results.append(QJsonObject{
                    {QStringLiteral("id"), t->id},
                    {QStringLiteral("name"), t->id},
                    {QStringLiteral("hint"), t->secret.right(4)},
                    {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00.123456Z")},
                    {QStringLiteral("disabled_at"),
                     t->disabled ? QJsonValue(QStringLiteral("2024-02-01T00:00:00Z")) : QJsonValue()},
                    {QStringLiteral("current"), t == me}});
            }
            QJsonObject page{{QStringLiteral("results"), results},
                             {QStringLiteral("previous"), QJsonValue()}};
            page.insert(
                QStringLiteral("next"),
                from + pageSize < mine.size()
                    ? QJsonValue(
                          server.url(QStringLiteral("/v1/tokens?cursor=%1").arg(from + pageSize)).toString())
                    : QJsonValue());
            return respond(200, QJsonDocument(page).toJson());
        }
        if (r.method == "POST" && r.target.startsWith("/v1/tokens/") && r.target.endsWith("/disable")) {
            const QString id = QString::fromLatin1(r.target.mid(11, r.target.size() - 11 - 8));
            for (Tok& t : tokens) {
                if (t.id == id && t.account == me->account) {
                    t.disabled = true;
                    return respond(200, QJsonDocument(QJsonObject{{QStringLiteral("id"), t.id},
                                                                  {QStringLiteral("hint"), t.secret.right(4)},
                                                                  {QStringLiteral("disabled_at"),
                                                                   QStringLiteral("2024-03-01T00:00:00Z")},
                                                                  {QStringLiteral("disabled_reason"),
                                                                   QStringLiteral("user")}})
                                            .toJson());
                }
            }
            return respond(404, R"({"title":"Not found","detail":"No such token","status":404})",
                           "application/problem+json");
        }
        return respond(404, R"({"detail":"nope"})", "application/problem+json");
    }
};

} // namespace r8::test
