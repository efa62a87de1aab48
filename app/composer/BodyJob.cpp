#include "app/composer/BodyJob.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace r8::composer {

namespace {
bool looksBinary(const QByteArray& body, const QString& contentType)
{
    const QString ct = contentType.toLower();
    if (ct.startsWith(QLatin1String("image/")) || ct.startsWith(QLatin1String("audio/")) ||
        ct.startsWith(QLatin1String("video/")) || ct.startsWith(QLatin1String("application/octet-stream")) ||
        ct.startsWith(QLatin1String("application/zip")) || ct.startsWith(QLatin1String("application/pdf")))
        return true;
    return body.left(8192).contains('\0');
}

bool looksJson(const QByteArray& body, const QString& contentType)
{
    if (contentType.contains(QLatin1String("json"), Qt::CaseInsensitive))
        return true;
    for (char c : body) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}
} // namespace

PreparedBody BodyJob::prepare(const QByteArray& body, const QString& contentType, const QStringList& secrets,
                              const std::atomic<bool>* cancel)
{
    PreparedBody out;
    out.bytes = body.size();
    if (body.isEmpty()) {
        out.note = tr("No body.");
        return out;
    }
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed();
    if (looksBinary(body, contentType)) {
        out.binary = true;
        out.note = tr("A binary body (%1, %2): not shown as text. Use “Save body…” to keep it.")
                       .arg(type.isEmpty() ? tr("no content type") : type, byteSizeText(body.size()));
        return out;
    }
    const QByteArray masked = maskSecrets(body, secrets);
    if (looksJson(masked, contentType)) {
        out.pretty = prettyJson(masked, cancel);
        if (out.pretty.canceled)
            return out;
        if (!out.pretty.error.isEmpty()) {
            out.note = tr("This body is not valid JSON: %1. It is shown as received.").arg(out.pretty.error);
            const qint64 line = out.pretty.errorLine;
            out.pretty = FormattedText();
            out.pretty.errorLine = line;
        }
    } else if (type == QLatin1String("text/event-stream")) {
        out.note = tr("An event stream (text/event-stream): shown as received.");
    } else {
        out.note = tr("Not JSON (%1): shown as received.").arg(type.isEmpty() ? tr("no content type") : type);
    }
    out.raw = textRows(masked, false, cancel);
    return out;
}

BodyJob::BodyJob(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<r8::composer::PreparedBody>();
}

BodyJob::~BodyJob()
{
    cancel();
}

void BodyJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation;
    m_running = false;
}

void BodyJob::start(const QByteArray& body, const QString& contentType, const QStringList& secrets)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    const quint64 generation = m_generation;
    auto flag = m_cancel;
    auto* watcher = new QFutureWatcher<PreparedBody>(this);
    connect(watcher, &QFutureWatcher<PreparedBody>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->isCanceled())
            return;
        m_running = false;
        const PreparedBody result = watcher->result();
        if (!result.pretty.canceled && !result.raw.canceled)
            emit ready(result);
    });
    watcher->setFuture(QtConcurrent::run(
        [body, contentType, secrets, flag] { return prepare(body, contentType, secrets, flag.get()); }));
}

JsonParseJob::JsonParseJob(QObject* parent) : QObject(parent) {}

JsonParseJob::~JsonParseJob()
{
    cancel();
}

void JsonParseJob::cancel()
{
    ++m_generation;
    m_running = false;
}

void JsonParseJob::start(const QByteArray& json)
{
    cancel();
    m_running = true;
    const quint64 generation = m_generation;
    using Result = QPair<QJsonValue, QString>;
    auto* watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_running = false;
        const Result r = watcher->result();
        emit parsed(r.first, r.second);
    });
    watcher->setFuture(QtConcurrent::run([json]() -> Result {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            return {QJsonValue(), error.errorString()};
        return {doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), QString()};
    }));
}

} // namespace r8::composer
