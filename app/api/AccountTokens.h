#pragma once
#include "app/api/ApiRequest.h"
#include "app/api/TokensApi.h"
#include "app/vault/TokenRecord.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace r8::api {

class ApiClient;
class ApiCall;

// The tokens of the account behind a token, over HTTP (the contract in TokensApi.h): list (all
// pages) and disable. A server without the endpoint (404/405) gives NotOffered, which callers show
// plainly with a link to the dashboard.
class AccountTokens : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Ok,
        NotOffered,
        Failed,
        Canceled
    };
    struct ListResult
    {
        Outcome outcome = Outcome::Failed;
        QList<tokens::RemoteToken> tokens;
        QString error;            // translated, redacted
        bool unreachable = false; // Failed because the server was not reached or failed (5xx), not refused
    };
    struct DisableResult
    {
        Outcome outcome = Outcome::Failed;
        tokens::RemoteToken token;
        QString error;
        bool unreachable = false; // as in ListResult
    };
    using ListFn = std::function<void(const ListResult&)>;
    using DisableFn = std::function<void(const DisableResult&)>;

    AccountTokens(ApiClient* client, QObject* parent = nullptr);

    void list(const ApiTarget& target, ListFn done);
    void disable(const ApiTarget& target, const QString& tokenId, DisableFn done);
    void cancel();

    static QString notOfferedText(); // translated: "This server does not offer …"
    // The request never got a refusal from the server: it was not reached, timed out, or failed (5xx).
    static bool isUnreachable(const ApiResult& r);

private:
    void fetchPage(const QUrl& url, const ApiTarget& target, int pages, std::shared_ptr<ListResult> acc,
                   ListFn done);

    ApiClient* m_client;
    QPointer<ApiCall> m_call;
};

// Local records that match a remote token: same hint, and same account when both are known.
QStringList matchLocalRecords(const tokens::RemoteToken& remote, const QString& remoteAccount,
                              const QList<TokenRecord>& records);

} // namespace r8::api
