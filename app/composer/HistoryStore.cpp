#include "app/composer/HistoryStore.h"

#include "app/core/Paths.h"
#include "app/core/Redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace r8::composer {

namespace {
const char* kSchema = "CREATE TABLE IF NOT EXISTS history ("
                      " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                      " sent_at TEXT NOT NULL, environment TEXT, token_name TEXT, method TEXT, url TEXT,"
                      " target TEXT, request_body BLOB, body_truncated INTEGER DEFAULT 0, body_bytes INTEGER,"
                      " options TEXT, http_status INTEGER, prediction_id TEXT, final_status TEXT, error TEXT,"
                      " ttfb_ms INTEGER, total_ms INTEGER, output_urls TEXT)";

const char* kColumns =
    "id, sent_at, environment, token_name, method, url, target, body_truncated, body_bytes,"
    " options, http_status, prediction_id, final_status, error, ttfb_ms, total_ms, output_urls";

HistoryEntry fromQuery(const QSqlQuery& q, bool withBody)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.sentAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.sentAt.setTimeSpec(Qt::UTC);
    e.environment = q.value(2).toString();
    e.tokenName = q.value(3).toString();
    e.method = q.value(4).toString().toLatin1();
    e.url = q.value(5).toString();
    e.target = q.value(6).toString();
    e.bodyTruncated = q.value(7).toBool();
    e.bodyBytes = q.value(8).toLongLong();
    e.options = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    e.httpStatus = q.value(10).toInt();
    e.predictionId = q.value(11).toString();
    e.finalStatus = q.value(12).toString();
    e.error = q.value(13).toString();
    e.ttfbMs = q.value(14).isNull() ? -1 : q.value(14).toLongLong();
    e.totalMs = q.value(15).toLongLong();
    for (const auto& u : QJsonDocument::fromJson(q.value(16).toByteArray()).array())
        e.outputUrls << u.toString();
    if (withBody)
        e.requestBody = q.value(17).toByteArray();
    return e;
}

QString likePattern(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}
} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : QObject(parent),
      m_connection(QStringLiteral("r8history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryStore::~HistoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString HistoryStore::defaultPath()
{
    return QDir(appDataDir()).absoluteFilePath(QStringLiteral("history.sqlite"));
}

bool HistoryStore::exec(const QString& sql, QString* error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool HistoryStore::openAt(const QString& path, QString* error)
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("the SQLite driver (QSQLITE) is not installed");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyMs));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // quick_check reads every page: a damaged file is found now, not halfway through a write.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        *error = check.lastError().text();
        return false;
    }
    if (check.value(0).toString() != QLatin1String("ok")) {
        *error = tr("the file is damaged (%1)").arg(check.value(0).toString());
        return false;
    }
    return exec(QString::fromLatin1(kSchema), error) &&
           exec(QStringLiteral("CREATE INDEX IF NOT EXISTS history_prediction ON history(prediction_id)"),
                error);
}

bool HistoryStore::open(const QString& path)
{
    m_path = path;
    m_message.clear();
    QString error;
    if (path != QLatin1String(":memory:")) {
        makePrivateDir(QFileInfo(path).absolutePath());
        if (!QFileInfo::exists(path)) { // created owner-only whatever the umask (SQLite's journals follow it)
            QFile create(path);
            if (create.open(QIODevice::WriteOnly))
                create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    if (openAt(path, &error)) {
        m_mode = path == QLatin1String(":memory:") ? Mode::Memory : Mode::File;
        return true;
    }
    fallBack(error);
    return false;
}

void HistoryStore::fallBack(const QString& reason)
{
    const bool locked = reason.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
                        reason.contains(QLatin1String("busy"), Qt::CaseInsensitive);
    m_message = locked ? tr("The history file %1 is locked by another program (%2). History is kept in "
                            "memory for this session "
                            "only.")
                             .arg(QDir::toNativeSeparators(m_path), reason)
                       : tr("The history file %1 cannot be used (%2). History is kept in memory for this "
                            "session only; move "
                            "or delete the file to start a new one.")
                             .arg(QDir::toNativeSeparators(m_path), reason);
    QString error;
    if (openAt(QStringLiteral(":memory:"), &error)) {
        m_mode = Mode::Memory;
    } else {
        m_mode = Mode::Closed;
        m_message += QLatin1Char(' ') + tr("History is off: %1").arg(error);
    }
}

void HistoryStore::noteFailure(const QString& what, const QString& error)
{
    m_message = tr("%1 failed: %2").arg(what, error);
}

void HistoryStore::setMaxEntries(int max)
{
    m_max = std::max(1, max);
    prune();
}

void HistoryStore::prune()
{
    if (m_mode == Mode::Closed)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "DELETE FROM history WHERE id <= (SELECT id FROM history ORDER BY id DESC LIMIT 1 OFFSET ?)"));
    q.addBindValue(m_max);
    q.exec();
}

QStringList HistoryStore::summariseOutputUrls(const QStringList& urls)
{
    QStringList out;
    for (const QString& u : urls) {
        if (u.startsWith(QLatin1String("data:"))) {
            const qsizetype comma = u.indexOf(QLatin1Char(','));
            out << QStringLiteral("%1 (%2 bytes, not kept)")
                       .arg(u.left(comma < 0 ? std::min<qsizetype>(u.size(), 64) : comma))
                       .arg(u.size() - comma - 1);
        } else {
            out << redact(u);
        }
    }
    return out;
}

qint64 HistoryStore::add(HistoryEntry e)
{
    if (m_mode == Mode::Closed)
        return 0;
    e.bodyBytes = e.requestBody.size();
    QByteArray body = redact(QString::fromUtf8(e.requestBody)).toUtf8();
    if (body.size() > maxBodyBytes) {
        e.bodyTruncated = true;
        body.truncate(maxBodyBytes);
        // Cut at a UTF-8 boundary, then say what happened.
        while (!body.isEmpty() && (uchar(body.back()) & 0xC0) == 0x80)
            body.chop(1);
        if (!body.isEmpty() && (uchar(body.back()) & 0x80))
            body.chop(1);
        body += "\n[" +
                tr("truncated by r8desk: the body had %1 bytes; %2 kept")
                    .arg(e.bodyBytes)
                    .arg(body.size())
                    .toUtf8() +
                "]";
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO history (sent_at, environment, token_name, method, url, target, request_body,"
        " body_truncated, body_bytes, options, http_status, prediction_id, final_status, error,"
        " ttfb_ms, total_ms, output_urls) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue((e.sentAt.isValid() ? e.sentAt : QDateTime::currentDateTimeUtc())
                       .toUTC()
                       .toString(Qt::ISODateWithMs));
    q.addBindValue(e.environment);
    q.addBindValue(e.tokenName);
    q.addBindValue(QString::fromLatin1(e.method));
    q.addBindValue(redact(e.url));
    q.addBindValue(e.target);
    q.addBindValue(body);
    q.addBindValue(e.bodyTruncated ? 1 : 0);
    q.addBindValue(e.bodyBytes);
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.options).toJson(QJsonDocument::Compact)));
    q.addBindValue(e.httpStatus);
    q.addBindValue(e.predictionId);
    q.addBindValue(e.finalStatus);
    q.addBindValue(redact(e.error));
    q.addBindValue(e.ttfbMs < 0 ? QVariant() : QVariant(e.ttfbMs));
    q.addBindValue(e.totalMs);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(summariseOutputUrls(e.outputUrls)))
                              .toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        noteFailure(tr("Saving to history"), q.lastError().text());
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    prune();
    emit changed();
    return id;
}

bool HistoryStore::updateResult(const HistoryEntry& e)
{
    if (m_mode == Mode::Closed || e.id <= 0)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "UPDATE history SET http_status=?, prediction_id=?, final_status=?, error=?, ttfb_ms=?,"
        " total_ms=?, output_urls=? WHERE id=?"));
    q.addBindValue(e.httpStatus);
    q.addBindValue(e.predictionId);
    q.addBindValue(e.finalStatus);
    q.addBindValue(redact(e.error));
    q.addBindValue(e.ttfbMs < 0 ? QVariant() : QVariant(e.ttfbMs));
    q.addBindValue(e.totalMs);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(summariseOutputUrls(e.outputUrls)))
                              .toJson(QJsonDocument::Compact)));
    q.addBindValue(e.id);
    if (!q.exec()) {
        noteFailure(tr("Updating history"), q.lastError().text());
        return false;
    }
    emit changed();
    return q.numRowsAffected() > 0;
}

std::optional<HistoryEntry> HistoryStore::get(qint64 id) const
{
    if (m_mode == Mode::Closed)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1, request_body FROM history WHERE id=?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q, true);
}

QList<HistoryEntry> HistoryStore::search(const QString& text, int limit, bool withBodies) const
{
    QList<HistoryEntry> out;
    if (m_mode == Mode::Closed)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT %1%2 FROM history")
            .arg(QLatin1String(kColumns), withBodies ? QStringLiteral(", request_body") : QString());
    if (!text.isEmpty())
        sql += QStringLiteral(
            " WHERE target LIKE :p ESCAPE '\\' OR url LIKE :p ESCAPE '\\'"
            " OR CAST(request_body AS TEXT) LIKE :p ESCAPE '\\' OR prediction_id LIKE :p ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    q.prepare(sql);
    if (!text.isEmpty())
        q.bindValue(QStringLiteral(":p"), likePattern(text));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromQuery(q, withBodies));
    return out;
}

bool HistoryStore::remove(qint64 id)
{
    if (m_mode == Mode::Closed)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM history WHERE id=?"));
    q.addBindValue(id);
    const bool ok = q.exec() && q.numRowsAffected() > 0;
    if (ok)
        emit changed();
    return ok;
}

bool HistoryStore::clear()
{
    if (m_mode == Mode::Closed)
        return false;
    const bool ok = exec(QStringLiteral("DELETE FROM history"));
    emit changed();
    return ok;
}

int HistoryStore::count() const
{
    if (m_mode == Mode::Closed)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM history")) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<ComposerRequest> HistoryStore::toComposerRequest(const HistoryEntry& e, QString* error)
{
    if (e.bodyTruncated) {
        *error =
            tr("The request body was over 1 MB and history kept only part of it, so it cannot be reopened.");
        return std::nullopt;
    }
    QJsonObject o = e.options;
    o.insert(QStringLiteral("target"), e.target);
    QJsonParseError pe;
    const QJsonObject body = QJsonDocument::fromJson(e.requestBody, &pe).object();
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("The stored request body is not JSON: %1").arg(pe.errorString());
        return std::nullopt;
    }
    o.insert(QStringLiteral("input"), body.value(QLatin1String("input")).toObject());
    return composerRequestFromJson(o, error);
}

} // namespace r8::composer
