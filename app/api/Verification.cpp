#include "app/api/Verification.h"
#include "app/core/FileTr.h"

#include "app/api/Account.h"
#include "app/api/ApiClient.h"
#include "app/api/UrlPolicy.h"
#include "app/core/Redact.h"

#include <QCoreApplication>

namespace r8::api {

R8_FILE_TR(r8::api::Verification)

bool workedBefore(const TokenRecord& record)
{
    return record.status == TokenStatus::Valid || record.status == TokenStatus::StoppedWorking ||
           !record.account.isEmpty();
}

VerifyOutcome classifyAccountAnswer(const ApiResult& result, bool workedBefore)
{
    VerifyOutcome v;
    if (result.tokenWithheld && result.kind != ApiResult::Kind::Canceled) {
        // The answer came from a server the token was not sent to: nothing was learnt about it.
        v.status = TokenStatus::Unknown;
        v.recordable = false;
        v.detail =
            tr("The request was redirected to %1, another origin than the API; the token was not "
               "sent there, so its answer (%2) says nothing about the token.")
                .arg(result.url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString(),
                     result.status > 0 ? QStringLiteral("HTTP %1").arg(result.status) : redact(result.error));
        return v;
    }
    switch (result.kind) {
    case ApiResult::Kind::Ok: {
        Account a;
        QString error;
        if (!parseAccount(result.body, &a, &error)) {
            v.status = TokenStatus::Unknown;
            v.detail = error;
            return v;
        }
        v.status = TokenStatus::Valid;
        v.username = a.username;
        v.accountType = a.type;
        v.accountName = a.name;
        v.detail = a.name.isEmpty() ? a.username : tr("%1 (%2)").arg(a.username, a.name);
        return v;
    }
    case ApiResult::Kind::HttpError:
        if (result.status == 401) {
            const QString server =
                result.problem.detail.isEmpty() ? result.problem.message() : redact(result.problem.detail);
            if (workedBefore) {
                v.status = TokenStatus::StoppedWorking;
                v.detail = tr("Stopped working: %1 — maybe disabled after a leak; rotate it.").arg(server);
            } else {
                v.status = TokenStatus::Rejected;
                v.detail = server;
            }
            return v;
        }
        v.status = TokenStatus::Unknown;
        v.detail = result.error;
        return v;
    case ApiResult::Kind::Network:
    case ApiResult::Kind::Timeout:
    case ApiResult::Kind::Tls:
    case ApiResult::Kind::Refused:
        v.status = TokenStatus::Unreachable;
        v.detail = result.error;
        return v;
    case ApiResult::Kind::Canceled:
        v.recordable = false;
        v.detail = result.error;
        return v;
    }
    return v;
}

ApiCall* sendAccountCheck(ApiClient* client, const QUrl& base, const QString& secret)
{
    return client->send(ApiRequest::get(resolveApiUrl(base, QStringLiteral("account"))),
                        ApiTarget{base, secret});
}

} // namespace r8::api
