#pragma once
#include "app/composer/ComposerRequest.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace r8::composer {

// "Copy as": the same request as code to take away. Never the secret: every format reads the token
// from the REPLICATE_API_TOKEN environment variable (which `r8 exec --token NAME -- …` provides).
enum class CodeFormat
{
    Curl, // the docs' shape: -H "Authorization: Bearer $REPLICATE_API_TOKEN"
    HTTPie,
    PythonReplicate, // official `replicate` package
    PythonRequests,
    NodeReplicate, // official `replicate` npm package
    NodeFetch,
    HttpFile, // VS Code REST Client / JetBrains HTTP Client
    R8Exec,   // r8 exec --token NAME -- sh -c '<curl>'
};

struct ExportOptions
{
    QUrl baseUrl;      // the environment's; default (api.replicate.com) keeps the code short
    QString tokenName; // for the r8 exec line (else --env environment)
    QString environment;
    // No token field on purpose: generators cannot leak what they never get.
};

QList<CodeFormat> allCodeFormats();
QString codeFormatName(CodeFormat format); // "curl", "HTTPie", "Python (replicate)", … translated
QString codeFormatId(CodeFormat format);   // "curl", "httpie", "python", "python-requests", "node",
                                           // "node-fetch", "http", "r8-exec"

// Pure generators.
QString generateCode(CodeFormat format, const ComposerRequest& request, const ExportOptions& options);

// POSIX shell single-quoting ('…', with ' as '\''). Pure.
QString shellQuote(const QString& text);
// A JSON value as a Python literal (True/False/None), indented by `indent` levels of 4 spaces. Pure.
QString pythonLiteral(const QJsonValue& value, int indent = 0);

} // namespace r8::composer
