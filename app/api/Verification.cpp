#include "app/api/Verification.h"

#include "app/api/Account.h"
#include "app/api/ApiClient.h"
#include "app/api/UrlPolicy.h"
#include "app/core/Redact.h"

#include <QCoreApplication>

namespace r8::api {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("r8::api::Verification", s);
}
} // namespace

bool workedBefore(const TokenRecord& record)
{
    return record.status == TokenStatus::Valid || record.status == TokenStatus::StoppedWorking ||
           !record.account.isEmpty();
}

VerifyOutcome classifyAccountAnswer(const ApiResult& result, bool workedBefore)
{
    VerifyOutcome v;
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
