#include "app/composer/CodeExport.h"
#include "app/core/FileTr.h"

#include "app/api/Environment.h"
#include "app/api/UrlPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace r8::composer {

R8_FILE_TR(r8::composer::CodeExport)

namespace {

constexpr qsizetype kInlineBodyLimit = 4096; // larger bodies go through a here-document (-d @-)

bool isDefaultBase(const QUrl& base)
{
    return !base.isValid() || base.isEmpty() ||
           base.adjusted(QUrl::StripTrailingSlash) ==
               api::defaultApiBase().adjusted(QUrl::StripTrailingSlash);
}

QUrl baseOf(const ExportOptions& o)
{
    return isDefaultBase(o.baseUrl) ? api::defaultApiBase() : o.baseUrl;
}

QString createUrl(const ComposerRequest& r, const ExportOptions& o)
{
    return api::resolveApiUrl(baseOf(o), r.target.createPath()).toString();
}

// Base URL without /v1 (the Python client adds /v1 itself).
QString pythonBase(const QUrl& base)
{
    QString s = base.adjusted(QUrl::StripTrailingSlash).toString();
    if (s.endsWith(QLatin1String("/v1")))
        s.chop(3);
    return s;
}

QString jsonString(const QString& s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// Headers the request carries besides Authorization, in order.
QList<api::Header> visibleHeaders(const ComposerRequest& r)
{
    return buildApiRequest(r, api::defaultApiBase()).headers;
}

QString indentLines(const QString& text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = pad + lines[i];
    return lines.join(QLatin1Char('\n'));
}

QString jsIndented(const QJsonValue& v, int spaces)
{
    QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Indented);
    // Strip the wrapping array: "[\n    X\n]\n" → X (indented by 4).
    QString s = QString::fromUtf8(json).trimmed();
    s = s.mid(1, s.size() - 2).trimmed();
    QStringList lines = s.split(QLatin1Char('\n'));
    for (QString& l : lines) {
        if (l.startsWith(QLatin1String("    ")))
            l.remove(0, 4);
    }
    return indentLines(lines.join(QLatin1Char('\n')), spaces);
}

QString curl(const ComposerRequest& r, const ExportOptions& o)
{
    QStringList parts;
    parts << QStringLiteral("curl -s -X POST");
    parts << QStringLiteral("-H \"Authorization: Bearer $REPLICATE_API_TOKEN\"");
    for (const api::Header& h : visibleHeaders(r))
        parts << QStringLiteral("-H ") + shellQuote(QString::fromLatin1(h.first) + QStringLiteral(": ") +
                                                    QString::fromUtf8(h.second));
    const QString body = QString::fromUtf8(requestBody(r));
    const QString url = shellQuote(createUrl(r, o));
    if (body.size() <= kInlineBodyLimit) {
        parts << QStringLiteral("-d ") + shellQuote(body);
        parts << url;
        return parts.join(QStringLiteral(" \\\n  "));
    }
    parts << QStringLiteral("--data-binary @-");
    parts << url + QStringLiteral(" <<'JSON'");
    return parts.join(QStringLiteral(" \\\n  ")) + QLatin1Char('\n') + body + QStringLiteral("\nJSON");
}

QString httpie(const ComposerRequest& r, const ExportOptions& o)
{
    QStringList parts;
    parts << QStringLiteral("http POST ") + shellQuote(createUrl(r, o));
    parts << QStringLiteral("\"Authorization:Bearer $REPLICATE_API_TOKEN\"");
    for (const api::Header& h : visibleHeaders(r))
        parts << shellQuote(QString::fromLatin1(h.first) + QLatin1Char(':') + QString::fromUtf8(h.second));
    const QJsonObject body = requestBodyObject(r);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isString())
            parts << shellQuote(it.key() + QLatin1Char('=') + it.value().toString());
        else
            parts << shellQuote(
                it.key() + QStringLiteral(":=") +
                QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                    .mid(1)
                    .chopped(1));
    }
    return parts.join(QStringLiteral(" \\\n  "));
}

QString pythonReplicate(const ComposerRequest& r, const ExportOptions& o)
{
    QString s = QStringLiteral("import replicate\n\n");
    QString client = QStringLiteral("replicate");
    if (!isDefaultBase(o.baseUrl)) {
        s += QStringLiteral("client = replicate.Client(base_url=%1)  # token: REPLICATE_API_TOKEN\n")
                 .arg(jsonString(pythonBase(o.baseUrl)));
        client = QStringLiteral("client");
    }
    const QString input = pythonLiteral(r.input, 1);
    QStringList notes;
    if (!r.cancelAfter.isEmpty() || !r.extraHeaders.isEmpty())
        notes << tr(
            "# Cancel-After and extra headers are not sent by this client; see the requests version.");
    if (!notes.isEmpty())
        s += notes.join(QLatin1Char('\n')) + QLatin1Char('\n');
    QString wait;
    if (!r.wait)
        wait = QStringLiteral("    wait=False,\n");
    else if (r.waitSeconds > 0)
        wait = QStringLiteral("    wait=%1,\n").arg(r.waitSeconds);
    switch (r.target.kind) {
    case Target::Kind::Deployment:
        s += QStringLiteral(
                 "deployment = %1.deployments.get(%2)\nprediction = deployment.predictions.create(\n    "
                 "input=%3,\n%4)\nprediction.wait()\nprint(prediction.output)\n")
                 .arg(client, jsonString(r.target.modelRef()), input, wait);
        return s;
    case Target::Kind::Version:
        if (r.target.owner.isEmpty()) {
            s += QStringLiteral("prediction = %1.predictions.create(\n    version=%2,\n    "
                                "input=%3,\n%4)\nprediction.wait()\nprint(prediction.output)\n")
                     .arg(client, jsonString(r.target.version), input, wait);
            return s;
        }
        break;
    case Target::Kind::Model:
        break;
    }
    if (r.stream) {
        s += QStringLiteral("for event in %1.stream(\n    %2,\n    input=%3,\n):\n    print(str(event), "
                            "end=\"\")\nprint()\n")
                 .arg(client, jsonString(r.target.text()), input);
        return s;
    }
    s += QStringLiteral("output = %1.run(\n    %2,\n    input=%3,\n%4)\nprint(output)\n")
             .arg(client, jsonString(r.target.text()), input, wait);
    return s;
}

QString pythonRequests(const ComposerRequest& r, const ExportOptions& o)
{
    QString headers =
        QStringLiteral("        \"Authorization\": f\"Bearer {os.environ['REPLICATE_API_TOKEN']}\",\n");
    for (const api::Header& h : visibleHeaders(r))
        headers +=
            QStringLiteral("        %1: %2,\n")
                .arg(jsonString(QString::fromLatin1(h.first)), jsonString(QString::fromUtf8(h.second)));
    const int timeout = r.wait && !r.stream ? (r.waitSeconds > 0 ? r.waitSeconds : 60) + 5 : 30;
    return QStringLiteral(
               "import os\n\nimport requests\n\nresponse = requests.post(\n    %1,\n    headers={\n%2    },\n"
               "    json=%3,\n    timeout=%4,\n)\nresponse.raise_for_status()\nprint(response.json())\n")
        .arg(jsonString(createUrl(r, o)), headers, pythonLiteral(requestBodyObject(r), 1))
        .arg(timeout);
}

QString nodeReplicate(const ComposerRequest& r, const ExportOptions& o)
{
    QString s = QStringLiteral("import Replicate from \"replicate\";\n\n");
    s += isDefaultBase(o.baseUrl)
             ? QStringLiteral("const replicate = new Replicate(); // token: REPLICATE_API_TOKEN\n")
             : QStringLiteral(
                   "const replicate = new Replicate({ baseUrl: %1 }); // token: REPLICATE_API_TOKEN\n")
                   .arg(jsonString(o.baseUrl.adjusted(QUrl::StripTrailingSlash).toString()));
    if (!r.cancelAfter.isEmpty() || !r.extraHeaders.isEmpty())
        s += tr("// Cancel-After and extra headers are not sent by this client; see the fetch version.") +
             QLatin1Char('\n');
    const QString input = jsIndented(r.input, 2);
    switch (r.target.kind) {
    case Target::Kind::Deployment:
        s += QStringLiteral(
                 "let prediction = await replicate.deployments.predictions.create(%1, %2, {\n  input: "
                 "%3,\n});\n"
                 "prediction = await replicate.wait(prediction);\nconsole.log(prediction.output);\n")
                 .arg(jsonString(r.target.owner), jsonString(r.target.name), input);
        return s;
    case Target::Kind::Version:
        if (r.target.owner.isEmpty()) {
            s += QStringLiteral(
                     "let prediction = await replicate.predictions.create({\n  version: %1,\n  input: "
                     "%2,\n});\n"
                     "prediction = await replicate.wait(prediction);\nconsole.log(prediction.output);\n")
                     .arg(jsonString(r.target.version), input);
            return s;
        }
        break;
    case Target::Kind::Model:
        break;
    }
    if (r.stream) {
        s += QStringLiteral("for await (const event of replicate.stream(%1, {\n  input: %2,\n})) {\n  "
                            "process.stdout.write(event.toString());\n}\n")
                 .arg(jsonString(r.target.text()), input);
        return s;
    }
    s += QStringLiteral("const output = await replicate.run(%1, {\n  input: %2,\n});\nconsole.log(output);\n")
             .arg(jsonString(r.target.text()), input);
    return s;
}

QString nodeFetch(const ComposerRequest& r, const ExportOptions& o)
{
    QString headers = QStringLiteral("    Authorization: `Bearer ${process.env.REPLICATE_API_TOKEN}`,\n");
    for (const api::Header& h : visibleHeaders(r))
        headers +=
            QStringLiteral("    %1: %2,\n")
                .arg(jsonString(QString::fromLatin1(h.first)), jsonString(QString::fromUtf8(h.second)));
    return QStringLiteral(
               "const response = await fetch(%1, {\n  method: \"POST\",\n  headers: {\n%2  },\n"
               "  body: JSON.stringify(%3),\n});\nconsole.log(response.status, await response.json());\n")
        .arg(jsonString(createUrl(r, o)), headers, jsIndented(requestBodyObject(r), 2));
}

QString httpFile(const ComposerRequest& r, const ExportOptions& o)
{
    QString s = QStringLiteral("@baseUrl = %1\n@token = {{$dotenv REPLICATE_API_TOKEN}}\n\n")
                    .arg(baseOf(o).adjusted(QUrl::StripTrailingSlash).toString());
    s += QStringLiteral("### %1\n").arg(r.target.text());
    s += QStringLiteral("POST {{baseUrl}}/%1\n").arg(r.target.createPath());
    s += QStringLiteral("Authorization: Bearer {{token}}\n");
    for (const api::Header& h : visibleHeaders(r))
        s += QString::fromLatin1(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second) +
             QLatin1Char('\n');
    s += QLatin1Char('\n') + QString::fromUtf8(requestBody(r, true));
    return s;
}

QString r8exec(const ComposerRequest& r, const ExportOptions& o)
{
    QString who =
        !o.tokenName.isEmpty()
            ? QStringLiteral("--token ") + shellQuote(o.tokenName)
            : QStringLiteral("--env ") +
                  shellQuote(o.environment.isEmpty() ? QStringLiteral("production") : o.environment);
    if (!isDefaultBase(o.baseUrl))
        who += QStringLiteral(" --base-url ") + shellQuote(o.baseUrl.toString());
    return QStringLiteral("r8 exec %1 -- sh -c %2").arg(who, shellQuote(curl(r, o)));
}
} // namespace

QList<CodeFormat> allCodeFormats()
{
    return {CodeFormat::Curl,           CodeFormat::HTTPie,        CodeFormat::PythonReplicate,
            CodeFormat::PythonRequests, CodeFormat::NodeReplicate, CodeFormat::NodeFetch,
            CodeFormat::HttpFile,       CodeFormat::R8Exec};
}

QString codeFormatName(CodeFormat f)
{
    switch (f) {
    case CodeFormat::Curl:
        return tr("curl");
    case CodeFormat::HTTPie:
        return tr("HTTPie");
    case CodeFormat::PythonReplicate:
        return tr("Python (replicate)");
    case CodeFormat::PythonRequests:
        return tr("Python (requests)");
    case CodeFormat::NodeReplicate:
        return tr("Node.js (replicate)");
    case CodeFormat::NodeFetch:
        return tr("Node.js (fetch)");
    case CodeFormat::HttpFile:
        return tr(".http file");
    case CodeFormat::R8Exec:
        return tr("r8 exec + curl");
    }
    return {};
}

QString codeFormatId(CodeFormat f)
{
    switch (f) {
    case CodeFormat::Curl:
        return QStringLiteral("curl");
    case CodeFormat::HTTPie:
        return QStringLiteral("httpie");
    case CodeFormat::PythonReplicate:
        return QStringLiteral("python");
    case CodeFormat::PythonRequests:
        return QStringLiteral("python-requests");
    case CodeFormat::NodeReplicate:
        return QStringLiteral("node");
    case CodeFormat::NodeFetch:
        return QStringLiteral("node-fetch");
    case CodeFormat::HttpFile:
        return QStringLiteral("http");
    case CodeFormat::R8Exec:
        return QStringLiteral("r8-exec");
    }
    return {};
}

QString generateCode(CodeFormat f, const ComposerRequest& r, const ExportOptions& o)
{
    switch (f) {
    case CodeFormat::Curl:
        return curl(r, o);
    case CodeFormat::HTTPie:
        return httpie(r, o);
    case CodeFormat::PythonReplicate:
        return pythonReplicate(r, o);
    case CodeFormat::PythonRequests:
        return pythonRequests(r, o);
    case CodeFormat::NodeReplicate:
        return nodeReplicate(r, o);
    case CodeFormat::NodeFetch:
        return nodeFetch(r, o);
    case CodeFormat::HttpFile:
        return httpFile(r, o);
    case CodeFormat::R8Exec:
        return r8exec(r, o);
    }
    return {};
}

QString shellQuote(const QString& text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (!text.isEmpty() && safe.match(text).hasMatch())
        return text;
    QString s = text;
    s.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString pythonLiteral(const QJsonValue& v, int indent)
{
    const QString pad(4 * (indent + 1), QLatin1Char(' '));
    const QString close(4 * indent, QLatin1Char(' '));
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return jsonString(v.toString()); // JSON escapes are valid Python escapes
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QStringLiteral("[]");
        QString s = QStringLiteral("[\n");
        for (const auto& item : a)
            s += pad + pythonLiteral(item, indent + 1) + QStringLiteral(",\n");
        return s + close + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            return QStringLiteral("{}");
        QString s = QStringLiteral("{\n");
        for (auto it = o.begin(); it != o.end(); ++it)
            s += pad + jsonString(it.key()) + QStringLiteral(": ") + pythonLiteral(it.value(), indent + 1) +
                 QStringLiteral(",\n");
        return s + close + QLatin1Char('}');
    }
    }
    return QStringLiteral("None");
}

} // namespace r8::composer
