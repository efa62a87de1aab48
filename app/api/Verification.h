#pragma once
#include "app/api/ApiRequest.h"
#include "app/vault/SecretStore.h"
#include "app/vault/TokenRecord.h"

#include <QString>

namespace r8::api {

class ApiCall;
class ApiClient;

// What one GET /v1/account said about a token.
struct VerifyOutcome
{
    TokenStatus status = TokenStatus::Unknown;
    QString username;    // when valid
    QString accountType; // "user" / "organization"
    QString accountName;
    QString detail;         // translated, redacted: the server's words or what went wrong
    bool recordable = true; // false when nothing was learnt about the token (keychain error, canceled)
    // The secret could not be read, so nothing was sent: what the keychain said (None otherwise).
    SecretError::Kind keychainError = SecretError::Kind::None;
};

// Pure: the answer to GET /v1/account → valid | rejected | stopped working (401 for a token that
// worked before: `workedBefore`) | unreachable | unknown (server errors, unexpected answers).
VerifyOutcome classifyAccountAnswer(const ApiResult& result, bool workedBefore);

// A record "worked before" when it was Valid (or already StoppedWorking), or an account was seen.
bool workedBefore(const TokenRecord& record);

// Sends GET /v1/account with `secret` to `base` — the one place this request is built (Verify,
// Verify all, the leak check's live check, `r8 scan --verify`). Classify its answer with
// classifyAccountAnswer().
ApiCall* sendAccountCheck(ApiClient* client, const QUrl& base, const QString& secret);

} // namespace r8::api
