#include "app/api/AccountTokens.h"

#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/api/UrlPolicy.h"
#include "app/core/AppInfo.h"

#include <memory>

namespace r8::api {

AccountTokens::AccountTokens(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

QString AccountTokens::notOfferedText()
{
    return tr("This server does not offer token management over HTTP (api.replicate.com does not, today). "
              "Manage the account's tokens on %1.")
        .arg(QString::fromLatin1(appinfo::kTokensDashboardUrl));
}

void AccountTokens::cancel()
{
    if (m_call)
        m_call->abort();
}

void AccountTokens::list(const ApiTarget& target, ListFn done)
{
    fetchPage(resolveApiUrl(target.baseUrl, tokens::listPath()), target, 0, std::make_shared<ListResult>(),
              std::move(done));
}

void AccountTokens::fetchPage(const QUrl& url, const ApiTarget& target, int pages,
                              std::shared_ptr<ListResult> acc, ListFn done)
{
    ApiCall* call = m_client->send(ApiRequest::get(url), target);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, target, pages, acc, done](const ApiResult& r) {
        if (r.kind == ApiResult::Kind::Canceled) {
            acc->outcome = Outcome::Canceled;
            acc->error = r.error;
            done(*acc);
            return;
        }
        if (!r.ok()) {
            const bool notOffered =
                r.kind == ApiResult::Kind::HttpError && tokens::isNotOffered(r.status) && pages == 0;
            acc->outcome = notOffered ? Outcome::NotOffered : Outcome::Failed;
            acc->error = notOffered ? notOfferedText() : r.error;
            acc->unreachable = isUnreachable(r);
            done(*acc);
            return;
        }
        tokens::TokenPage page;
        QString error;
        if (!tokens::parseTokenPage(r.body, &page, &error)) {
            acc->outcome = Outcome::Failed;
            acc->error = error;
            done(*acc);
            return;
        }
        acc->tokens += page.tokens;
        if (!page.next.isEmpty()) {
            if (pages >= 100) {
                acc->outcome = Outcome::Failed;
                acc->error = tr("The token list goes on for more than 100 pages; stopped.");
                done(*acc);
                return;
            }
            fetchPage(page.next, target, pages + 1, acc, done);
            return;
        }
        acc->outcome = Outcome::Ok;
        done(*acc);
    });
}

bool AccountTokens::isUnreachable(const ApiResult& r)
{
    using K = ApiResult::Kind;
    return r.kind == K::Network || r.kind == K::Timeout || r.kind == K::Tls ||
           (r.kind == K::HttpError && r.status >= 500);
}

void AccountTokens::disable(const ApiTarget& target, const QString& tokenId, DisableFn done)
{
    ApiCall* call = m_client->send(
        ApiRequest::postJson(resolveApiUrl(target.baseUrl, tokens::disablePath(tokenId))), target);
    m_call = call;
    connect(call, &ApiCall::finished, this, [done, tokenId](const ApiResult& r) {
        DisableResult d;
        if (r.kind == ApiResult::Kind::Canceled) {
            d.outcome = Outcome::Canceled;
            d.error = r.error;
        } else if (r.ok()) {
            QString error;
            d.outcome = tokens::parseToken(r.body, &d.token, &error) ? Outcome::Ok : Outcome::Failed;
            d.error = error;
        } else if (r.kind == ApiResult::Kind::HttpError && r.status == 405) {
            d.outcome = Outcome::NotOffered;
            d.error = notOfferedText();
        } else if (r.kind == ApiResult::Kind::HttpError && r.status == 404) {
            // 404 means "no such token" under the contract, and "no such endpoint" elsewhere.
            d.outcome = Outcome::Failed;
            d.error =
                tr("No token “%1” on this account, or this server does not offer token management (%2).")
                    .arg(tokenId, r.problem.message());
        } else {
            d.outcome = Outcome::Failed;
            d.error = r.error;
            d.unreachable = isUnreachable(r);
        }
        done(d);
    });
}

QStringList matchLocalRecords(const tokens::RemoteToken& remote, const QString& remoteAccount,
                              const QList<TokenRecord>& records)
{
    QStringList ids;
    if (remote.hint.isEmpty())
        return ids;
    for (const TokenRecord& r : records) {
        if (r.hint != remote.hint)
            continue;
        if (!remoteAccount.isEmpty() && !r.account.isEmpty() && r.account != remoteAccount)
            continue;
        ids.append(r.id);
    }
    return ids;
}

} // namespace r8::api
