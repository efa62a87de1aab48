#include "app/composer/HttpFile.h"
#include "app/core/FileTr.h"

#include "app/api/Environment.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace r8::composer {

R8_FILE_TR(r8::composer::HttpFile)

namespace {

QString substitute(QString text, const QHash<QString, QString>& vars)
{
    static const QRegularExpression ref(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*\\}\\}"));
    for (int round = 0; round < 5; ++round) { // variables may refer to variables
        bool changed = false;
        QString out;
        qsizetype last = 0;
        auto it = ref.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            if (vars.contains(m.captured(1))) {
                out += vars.value(m.captured(1));
                changed = true;
            } else {
                out += m.captured(0);
            }
            last = m.capturedEnd();
        }
        out += text.mid(last);
        text = out;
        if (!changed)
            break;
    }
    return text;
}
} // namespace

QList<HttpFileRequest> parseHttpFile(const QString& text, QStringList* warnings)
{
    QList<HttpFileRequest> out;
    QHash<QString, QString> vars;
    static const QRegularExpression variable(QStringLiteral("^@([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*)$"));
    static const QRegularExpression requestLine(QStringLiteral(
        "^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|QUERY)\\s+(\\S+)(?:\\s+HTTP/[0-9.]+)?\\s*$"));
    static const QRegularExpression nameComment(QStringLiteral("^(?:#|//)\\s*@name\\s+(.+)$"));
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));

    enum class State
    {
        Before,
        Headers,
        Body
    } state = State::Before;
    HttpFileRequest cur;
    QString pendingName;
    QStringList body;
    auto flush = [&] {
        if (state == State::Before)
            return;
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        cur.body = substitute(body.join(QLatin1Char('\n')), vars).toUtf8();
        out.append(cur);
        cur = HttpFileRequest();
        body.clear();
        state = State::Before;
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString& raw = lines.at(i);
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("###"))) {
            flush();
            pendingName = line.mid(3).trimmed();
            continue;
        }
        if (state == State::Body) {
            body << raw;
            continue;
        }
        if (const auto m = nameComment.match(line); m.hasMatch()) {
            pendingName = m.captured(1).trimmed();
            continue;
        }
        if (line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("//")))
            continue;
        if (state == State::Before) {
            if (line.isEmpty())
                continue;
            if (const auto m = variable.match(line); m.hasMatch()) {
                vars.insert(m.captured(1), m.captured(2).trimmed());
                continue;
            }
            cur = HttpFileRequest();
            cur.line = i + 1;
            cur.name = pendingName;
            pendingName.clear();
            if (const auto m = requestLine.match(line); m.hasMatch()) {
                cur.method = m.captured(1).toLatin1();
                cur.url = substitute(m.captured(2), vars);
            } else if (line.startsWith(QLatin1String("http://")) ||
                       line.startsWith(QLatin1String("https://")) || line.startsWith(QLatin1String("{{"))) {
                cur.url = substitute(line.section(QLatin1Char(' '), 0, 0), vars);
            } else {
                if (warnings)
                    *warnings << tr("Line %1: “%2” is not a request line (METHOD URL).").arg(i + 1).arg(line);
                continue;
            }
            state = State::Headers;
            continue;
        }
        // Headers
        if (line.isEmpty()) {
            state = State::Body;
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            if (warnings)
                *warnings << tr("Line %1: “%2” is not a header (Name: value).").arg(i + 1).arg(line);
            continue;
        }
        cur.headers.append({line.left(colon).trimmed().toLatin1(),
                            substitute(line.mid(colon + 1).trimmed(), vars).toUtf8()});
    }
    flush();
    return out;
}

std::optional<ComposerRequest> composerRequestFromHttp(const HttpFileRequest& h, QString* error)
{
    if (h.method != "POST") {
        *error = tr("Line %1: only prediction requests (POST …/predictions) can be opened in the composer.")
                     .arg(h.line);
        return std::nullopt;
    }
    const QString path = QUrl(h.url).path();
    static const QRegularExpression models(QStringLiteral("/models/([^/]+)/([^/]+)/predictions/?$"));
    static const QRegularExpression deployments(
        QStringLiteral("/deployments/([^/]+)/([^/]+)/predictions/?$"));
    static const QRegularExpression versions(QStringLiteral("/predictions/?$"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(h.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("Line %1: the body is not a JSON object (%2).").arg(h.line).arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonObject body = doc.object();
    QString targetText;
    if (const auto m = models.match(path); m.hasMatch())
        targetText = m.captured(1) + QLatin1Char('/') + m.captured(2);
    else if (const auto d = deployments.match(path); d.hasMatch())
        targetText = QStringLiteral("deployments/") + d.captured(1) + QLatin1Char('/') + d.captured(2);
    else if (versions.match(path).hasMatch())
        targetText = body.value(QLatin1String("version")).toString();
    else {
        *error = tr("Line %1: “%2” is not a prediction endpoint.").arg(h.line).arg(h.url);
        return std::nullopt;
    }
    QString targetError;
    const auto target = parseTarget(targetText, &targetError);
    if (!target) {
        *error = tr("Line %1: %2").arg(h.line).arg(targetError);
        return std::nullopt;
    }
    ComposerRequest r;
    r.target = *target;
    r.input = body.value(QLatin1String("input")).toObject();
    r.stream = body.value(QLatin1String("stream")).toBool();
    r.webhook = body.value(QLatin1String("webhook")).toString();
    r.wait = false;
    for (const api::Header& hd : h.headers) {
        const QByteArray n = hd.first.toLower();
        if (n == "prefer") {
            static const QRegularExpression wait(QStringLiteral("^wait(?:=(\\d+))?$"));
            const auto m = wait.match(QString::fromLatin1(hd.second).trimmed());
            if (m.hasMatch()) {
                r.wait = true;
                r.waitSeconds = m.captured(1).toInt();
            }
        } else if (n == "cancel-after") {
            r.cancelAfter = QString::fromLatin1(hd.second);
        } else if (n != "authorization" && n != "content-type" && n != "host" && n != "user-agent" &&
                   n != "content-length") {
            r.extraHeaders.append(hd);
        }
    }
    return r;
}

QString exportHttpFile(const QList<QPair<QString, ComposerRequest>>& requests, const QUrl& baseUrl)
{
    const QUrl base = baseUrl.isValid() && !baseUrl.isEmpty() ? baseUrl : api::defaultApiBase();
    QString s = QStringLiteral("@baseUrl = %1\n@token = {{$dotenv REPLICATE_API_TOKEN}}\n")
                    .arg(base.adjusted(QUrl::StripTrailingSlash).toString());
    for (const auto& [name, r] : requests) {
        s += QStringLiteral("\n### %1\n").arg(name.isEmpty() ? r.target.text() : name);
        s += QStringLiteral("POST {{baseUrl}}/%1\n").arg(r.target.createPath());
        s += QStringLiteral("Authorization: Bearer {{token}}\n");
        for (const api::Header& h : buildApiRequest(r, base).headers)
            s += QString::fromLatin1(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second) +
                 QLatin1Char('\n');
        s += QLatin1Char('\n') + QString::fromUtf8(requestBody(r, true));
    }
    return s;
}

} // namespace r8::composer
