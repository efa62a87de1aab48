#pragma once
#include "app/composer/ComposerRequest.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace r8::composer {

// One request of a .http file (VS Code REST Client / JetBrains HTTP Client format).
struct HttpFileRequest
{
    QString name; // the text after "###" (or a "# @name x" line), may be empty
    QByteArray method = "GET";
    QString url; // file variables ({{baseUrl}}) substituted; system variables ({{$dotenv …}}) kept
    QList<api::Header> headers;
    QByteArray body;
    int line = 0; // 1-based line of the request line, for messages
};

// Parses a .http file: requests separated by "###" lines, "@name = value" file variables, "#"/"//"
// comments, request line "METHOD URL [HTTP/x]" (or a bare URL = GET), headers, a blank line, the
// body. Problems that skip a request go to *warnings (translated, with line numbers). Pure.
QList<HttpFileRequest> parseHttpFile(const QString& text, QStringList* warnings = nullptr);

// A parsed request → a composer request (target from the path below the API base, input and stream
// from the JSON body, Prefer/Cancel-After headers; Authorization, Content-Type, Host and
// User-Agent are dropped). Empty + *error (translated) when it is not a prediction create. Pure.
std::optional<ComposerRequest> composerRequestFromHttp(const HttpFileRequest& request, QString* error);

// Named requests → one .http file (the format CodeExport writes for one). Pure.
QString exportHttpFile(const QList<QPair<QString, ComposerRequest>>& requests, const QUrl& baseUrl);

} // namespace r8::composer
