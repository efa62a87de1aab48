#pragma once
#include "app/api/ApiRequest.h"
#include "app/api/TokensApi.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace r8 {
class TokenVault;
}

namespace r8::api {

class ApiClient;
class ApiCall;
class AccountTokens;

// The steps of a guided rotation, in order. The wizard shows them; the CLI could drive them too.
// Nothing is ever deleted: cancelling at any step keeps both the old and (once stored) the new token.
class RotationController : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        Idle,
        CheckingOld,   // learning the old token's account (if the record does not know it)
        VerifyingNew,  // GET /v1/account with the new token: same username?
        Storing,       // new token into the keychain (a new record, same environment)
        MakingDefault, // the new record becomes its environment's default
        DisablingOld,  // optional: list tokens and disable the old one, authenticated with the NEW token
        Done,
        Failed,
        Canceled,
    };
    Q_ENUM(Step)

    struct Request
    {
        QString oldId;
        QString newSecret; // as pasted; cleaned by the vault
        QString newName;   // empty: a unique name derived from the old one
        bool disableOld = false;
    };

    RotationController(TokenVault* vault, ApiClient* client, const QUrl& baseUrl, QObject* parent = nullptr);

    void start(const Request& request);
    void cancel();
    Step step() const { return m_step; }
    QString newId() const { return m_newId; }
    QString account() const { return m_account; }
    QString note() const { return m_note; } // e.g. "the server does not offer disabling"

signals:
    void stepChanged(r8::api::RotationController::Step step);
    void failed(const QString& message); // translated, redacted; both tokens are kept
    void finished();                     // Done

private:
    void setStep(Step s);
    void fail(const QString& message);
    void checkOld();
    void verifyNew();
    void store();
    void makeDefault();
    void disableOld();
    void complete();
    void getAccount(const QString& secret, std::function<void(const ApiResult&)> done);
    bool live(quint64 gen) const { return gen == m_generation && m_step != Step::Canceled; }

    TokenVault* m_vault;
    ApiClient* m_client;
    QUrl m_baseUrl;
    AccountTokens* m_tokens;
    Request m_request;
    Step m_step = Step::Idle;
    QString m_account;
    QString m_oldHint;
    QString m_newId;
    QString m_note;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
};

} // namespace r8::api
