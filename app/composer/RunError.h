#pragma once
#include "app/api/ApiRequest.h"
#include "app/composer/FieldSpec.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace r8::composer {

// Why a request of the composer went wrong, explained where it happened.
struct RunError
{
    enum class Kind
    {
        TokenRejected, // 401: the token is not (or no longer) valid — verify or rotate it
        Forbidden,     // 403
        NotFound,      // 404: no such model/version/deployment/prediction
        InvalidInput,  // 422: `fields` names the offending inputs (when the server named them)
        RateLimited,   // 429: `retryAt` says when to try again
        Server,        // 5xx
        Network,       // unreachable, connection dropped
        Timeout,       // connect or read timeout
        Tls,
        Refused,   // r8desk refused to send it (e.g. plain http to a remote host)
        Canceled,  // the request was aborted locally
        BadAnswer, // 2xx but not a prediction
        Other,
    };
    Kind kind = Kind::Other;
    int status = 0;
    QString message;            // translated, one paragraph, no secrets
    QList<FieldProblem> fields; // InvalidInput: key (without "input.") + the server's words
    QDateTime retryAt;          // RateLimited: when to retry (UTC), if known
};

// Pure: an ApiResult that is not ok() → an explained error.
RunError explainResult(const api::ApiResult& result);

// The fields a 422 names: from "invalid_fields" [{field: "input.width", description}] or, failing
// that, from detail lines "- input.width: Must be …" (the sandbox and the real API). Pure.
QList<FieldProblem> parseValidationFields(const QByteArray& body);

// When a 429 says to retry: Retry-After, else "resets in ~30s" in the detail; invalid if unknown. Pure.
QDateTime retryTimeFor(const api::ApiResult& result, const QDateTime& now);

} // namespace r8::composer
