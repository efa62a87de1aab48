#pragma once
#include "app/api/ApiRequest.h"
#include "app/composer/Target.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace r8::composer {

// Everything the composer sends to create one prediction. A value type: the GUI edits it, presets
// and .http files store it, the builder turns it into an ApiRequest, Copy-as turns it into code.
struct ComposerRequest
{
    Target target;
    QJsonObject input;
    // Prefer: wait (hold the connection until done) is on by default, like the official clients.
    bool wait = true;
    int waitSeconds = 0;       // 0: bare "Prefer: wait" (60 s); 1–60: "Prefer: wait=N"
    QString cancelAfter;       // "Cancel-After" value ("90s", "1h30m", "300"); empty: none
    bool stream = false;       // ask for a stream ("stream": true) and follow urls.stream; implies no Prefer
    QString webhook;           // optional "webhook" URL
    QStringList webhookEvents; // optional "webhook_events_filter"
    QList<api::Header> extraHeaders; // user headers (never Authorization)

    // The Prefer value that will be sent, or empty when none (async or streaming).
    QByteArray preferHeader() const;
};

// The JSON request body: {"version"?, "input", "stream"?, "webhook"?, "webhook_events_filter"?}. Pure.
QByteArray requestBody(const ComposerRequest& request, bool indented = false);
QJsonObject requestBodyObject(const ComposerRequest& request);

// ComposerRequest → the HTTP request (URL below `baseUrl`, Content-Type, Prefer, Cancel-After, extra
// headers). Never an Authorization header: ApiClient adds the token for the API origin only. Pure.
api::ApiRequest buildApiRequest(const ComposerRequest& request, const QUrl& baseUrl);

// What would make the request fail before it is sent (translated): wait seconds outside 1–60, a bad
// Cancel-After, an Authorization or malformed extra header, a bad webhook URL. Empty when fine. Pure.
QStringList requestProblems(const ComposerRequest& request);

// Cancel-After ("300", "90s", "1h30m45s") in seconds; -1 when malformed or outside 5 s … 24 h. Pure.
qint64 parseCancelAfter(const QString& text);

// JSON for presets and history (never a token: Authorization headers are dropped) and back.
QJsonObject composerRequestToJson(const ComposerRequest& request);
std::optional<ComposerRequest> composerRequestFromJson(const QJsonObject& o, QString* error);

} // namespace r8::composer
