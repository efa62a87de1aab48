#include "app/api/RotationController.h"

#include "app/api/AccountTokens.h"
#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/api/UrlPolicy.h"
#include "app/api/Verification.h"
#include "app/vault/TokenInput.h"
#include "app/vault/TokenVault.h"

namespace r8::api {

RotationController::RotationController(TokenVault* vault, ApiClient* client, const QUrl& baseUrl,
                                       QObject* parent)
    : QObject(parent), m_vault(vault), m_client(client), m_baseUrl(baseUrl),
      m_tokens(new AccountTokens(client, this))
{}

void RotationController::setStep(Step s)
{
    m_step = s;
    emit stepChanged(s);
}

void RotationController::fail(const QString& message)
{
    setStep(Step::Failed);
    emit failed(message);
}

void RotationController::cancel()
{
    if (m_step == Step::Done || m_step == Step::Failed || m_step == Step::Idle || m_step == Step::Canceled)
        return;
    ++m_generation;
    if (m_call)
        m_call->abort();
    m_tokens->cancel();
    setStep(Step::Canceled);
}

void RotationController::start(const Request& request)
{
    ++m_generation;
    m_request = request;
    m_newId.clear();
    m_note.clear();
    const auto old = m_vault->record(request.oldId);
    if (!old) {
        fail(tr("The token to rotate no longer exists."));
        return;
    }
    const TokenInput in = cleanTokenInput(request.newSecret);
    if (!in.accepted()) {
        fail(in.message);
        return;
    }
    m_request.newSecret = in.token;
    m_account = old->account;
    m_oldHint = old->hint;
    if (m_account.isEmpty())
        checkOld();
    else
        verifyNew();
}

void RotationController::getAccount(const QString& secret, std::function<void(const ApiResult&)> done)
{
    ApiCall* call = m_client->send(ApiRequest::get(resolveApiUrl(m_baseUrl, QStringLiteral("account"))),
                                   ApiTarget{m_baseUrl, secret});
    m_call = call;
    connect(call, &ApiCall::finished, this, std::move(done));
}

void RotationController::checkOld()
{
    setStep(Step::CheckingOld);
    const quint64 gen = m_generation;
    m_vault->readSecret(m_request.oldId, this, [this, gen](const SecretReadResult& s) {
        if (!live(gen))
            return;
        if (!s.error.ok()) {
            fail(s.error.userMessage());
            return;
        }
        getAccount(s.secret, [this, gen](const ApiResult& r) {
            if (!live(gen))
                return;
            const VerifyOutcome v = classifyAccountAnswer(r, false);
            if (v.status != TokenStatus::Valid) {
                fail(tr("Cannot tell which account the old token belongs to (%1), so the new one cannot be "
                        "checked against it. Nothing was changed.")
                         .arg(v.detail));
                return;
            }
            m_account = v.username;
            verifyNew();
        });
    });
}

void RotationController::verifyNew()
{
    setStep(Step::VerifyingNew);
    const quint64 gen = m_generation;
    getAccount(m_request.newSecret, [this, gen](const ApiResult& r) {
        if (!live(gen))
            return;
        const VerifyOutcome v = classifyAccountAnswer(r, false);
        if (v.status != TokenStatus::Valid) {
            fail(tr("The new token does not work: %1. Nothing was changed.").arg(v.detail));
            return;
        }
        if (v.username != m_account) {
            fail(tr("The new token belongs to the account “%1”, not “%2”. Nothing was changed.")
                     .arg(v.username, m_account));
            return;
        }
        store();
    });
}

void RotationController::store()
{
    setStep(Step::Storing);
    const auto old = m_vault->record(m_request.oldId);
    if (!old) {
        fail(tr("The token to rotate no longer exists."));
        return;
    }
    TokenVault::AddRequest add;
    add.name = m_request.newName.isEmpty() ? m_vault->uniqueName(old->name) : m_request.newName;
    add.environment = old->environment;
    add.note = tr("Rotated from “%1”").arg(old->name);
    add.rawInput = m_request.newSecret;
    const quint64 gen = m_generation;
    m_vault->add(add, this, [this, gen](const TokenVault::AddResult& r) {
        if (!r.ok) {
            if (live(gen))
                fail(r.error);
            return;
        }
        m_newId = r.id;
        // Record what we know right away (even if canceled now, the new token is kept).
        m_vault->updateStatus(r.id, TokenStatus::Valid, m_account, m_account,
                              QDateTime::currentDateTimeUtc());
        if (!live(gen))
            return;
        makeDefault();
    });
}

void RotationController::makeDefault()
{
    setStep(Step::MakingDefault);
    const auto o = m_vault->setDefault(m_newId);
    if (!o.ok) {
        fail(o.error);
        return;
    }
    if (m_request.disableOld)
        disableOld();
    else
        complete();
}

void RotationController::disableOld()
{
    setStep(Step::DisablingOld);
    const quint64 gen = m_generation;
    const ApiTarget target{m_baseUrl, m_request.newSecret};
    m_tokens->list(target, [this, gen, target](const AccountTokens::ListResult& list) {
        if (!live(gen))
            return;
        if (list.outcome == AccountTokens::Outcome::NotOffered) {
            m_note = list.error;
            complete();
            return;
        }
        if (list.outcome != AccountTokens::Outcome::Ok) {
            fail(tr("The new token is stored and is the default, but the old one was not disabled: %1")
                     .arg(list.error));
            return;
        }
        QString remoteId;
        int matches = 0;
        for (const auto& t : list.tokens) {
            if (!t.current && t.hint == m_oldHint && !t.disabled()) {
                remoteId = t.id;
                ++matches;
            }
        }
        if (matches != 1) {
            fail(matches == 0
                     ? tr("The new token is stored and is the default, but the server lists no active token "
                          "ending in “%1”: disable the old one on the dashboard.")
                           .arg(m_oldHint)
                     : tr("The new token is stored and is the default, but several tokens end in “%1”: "
                          "disable the old one on the dashboard.")
                           .arg(m_oldHint));
            return;
        }
        m_tokens->disable(target, remoteId, [this, gen](const AccountTokens::DisableResult& d) {
            if (!live(gen))
                return;
            if (d.outcome == AccountTokens::Outcome::NotOffered) {
                m_note = d.error;
                complete();
                return;
            }
            if (d.outcome != AccountTokens::Outcome::Ok) {
                fail(tr("The new token is stored and is the default, but the old one was not disabled: %1")
                         .arg(d.error));
                return;
            }
            m_vault->updateStatus(m_request.oldId, TokenStatus::StoppedWorking, QString(),
                                  tr("Disabled during rotation."), QDateTime::currentDateTimeUtc());
            complete();
        });
    });
}

void RotationController::complete()
{
    const auto o = m_vault->markRotated(m_request.oldId, QDateTime::currentDateTimeUtc());
    if (!o.ok) {
        fail(o.error);
        return;
    }
    setStep(Step::Done);
    emit finished();
}

} // namespace r8::api
