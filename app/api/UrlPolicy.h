#pragma once
#include <QString>
#include <QUrl>

namespace r8::api {

// Scheme, host and port (default ports filled in) are equal. The token goes only where this holds
// between the request URL and the environment's base URL.
bool sameOrigin(const QUrl& a, const QUrl& b);

// 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString& host);

// Empty when r8desk may send a request to `url`; otherwise a translated reason: not http(s),
// no host, or plain http to a host that is not loopback.
QString transportProblem(const QUrl& url);

// base ".../v1" + "account" → ".../v1/account"; base may or may not end with "/".
// An absolute `path` (http:// …) is returned unchanged.
QUrl resolveApiUrl(const QUrl& base, const QString& path);

// Checks a user-given base URL (r8 env add, --base-url): translated reason, or empty when usable.
QString baseUrlProblem(const QUrl& base);

} // namespace r8::api
