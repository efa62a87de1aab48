#include "app/scan/FindingsStore.h"

#include "app/core/Paths.h"
#include "app/vault/TokenVault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace r8::scan {

namespace {
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024; // a damaged or hostile file is not read whole
constexpr int kMaxFindings = 100000;

Finding::Kind kindFromKey(const QString& key)
{
    for (Finding::Kind k : {Finding::Kind::File, Finding::Kind::GitCommit, Finding::Kind::ShellHistory,
                            Finding::Kind::KnownHome}) {
        if (kindKey(k) == key)
            return k;
    }
    return Finding::Kind::File;
}

Finding::Live liveFromKey(const QString& key)
{
    for (Finding::Live l :
         {Finding::Live::NotChecked, Finding::Live::Live, Finding::Live::Rejected, Finding::Live::Unknown}) {
        if (liveKey(l) == key)
            return l;
    }
    return Finding::Live::NotChecked;
}

// Only the masked form may be kept: anything else in "token" is not trusted (a hand-edited file).
QString maskedOnly(const QString& text)
{
    const QString t = text.left(64);
    return t.contains(QChar(0x2022)) || t.isEmpty() ? t : QString();
}
} // namespace

FindingsStore::FindingsStore(const QString& path, TokenVault* vault, QObject* parent)
    : QObject(parent), m_path(path), m_vault(vault)
{
    if (m_vault) {
        connect(m_vault, &TokenVault::removed, this, &FindingsStore::prune);
        connect(m_vault, &TokenVault::changed, this, &FindingsStore::prune);
        connect(m_vault, &TokenVault::reset, this, &FindingsStore::prune);
    }
}

QString FindingsStore::defaultPath()
{
    return QDir(appDataDir()).filePath(QStringLiteral("findings.json"));
}

QByteArray FindingsStore::toJson(const QList<Finding>& findings, const QList<QDateTime>& foundAt)
{
    QJsonArray list;
    for (int i = 0; i < findings.size(); ++i) {
        QJsonObject o = findingToJson(findings.at(i)); // never the secret: the masked token only
        o.remove(QStringLiteral("in_keychain"));
        if (i < foundAt.size() && foundAt.at(i).isValid())
            o.insert(QStringLiteral("found_at"), foundAt.at(i).toUTC().toString(Qt::ISODate));
        list.append(o);
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("version"), kVersion}, {QStringLiteral("findings"), list}})
        .toJson(QJsonDocument::Indented);
}

QList<Finding> FindingsStore::fromJson(const QByteArray& json, QList<QDateTime>* foundAt, QString* error)
{
    QList<Finding> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The saved leak-check findings are damaged (%1); they were not loaded.")
                         .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : tr("not an object"));
        return out;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("findings")).toArray();
    for (const QJsonValue& v : list) {
        if (out.size() >= kMaxFindings)
            break;
        const QJsonObject o = v.toObject();
        Finding f;
        f.kind = kindFromKey(o.value(QStringLiteral("kind")).toString());
        f.source = o.value(QStringLiteral("source")).toString().left(64);
        f.path = o.value(QStringLiteral("path")).toString().left(4096);
        f.line = qMax<qint64>(0, o.value(QStringLiteral("line")).toInteger());
        f.cell = qMax(0, o.value(QStringLiteral("cell")).toInt());
        f.commit = o.value(QStringLiteral("commit")).toString().left(64);
        f.commitPath = o.value(QStringLiteral("commit_path")).toString().left(4096);
        f.masked = maskedOnly(o.value(QStringLiteral("token")).toString());
        f.legacyShape = o.value(QStringLiteral("legacy_shape")).toBool();
        f.gitIgnored = o.value(QStringLiteral("git_ignored")).toBool();
        f.inName = f.kind == Finding::Kind::File && o.value(QStringLiteral("in_name")).toBool();
        f.nameOfFolder = f.inName && o.value(QStringLiteral("name_of")).toString() == QLatin1String("folder");
        f.recordId = o.value(QStringLiteral("record_id")).toString().left(128);
        f.live = liveFromKey(o.value(QStringLiteral("live")).toString());
        f.liveDetail = o.value(QStringLiteral("live_detail")).toString().left(1000);
        if (f.path.isEmpty() || f.masked.isEmpty())
            continue; // nothing to show or act on
        out.append(f);
        if (foundAt)
            foundAt->append(
                QDateTime::fromString(o.value(QStringLiteral("found_at")).toString(), Qt::ISODate));
    }
    return out;
}

bool FindingsStore::load(QString* error)
{
    m_findings.clear();
    m_foundAt.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        if (error)
            *error = tr("The saved leak-check findings could not be read (%1).").arg(m_path);
        return false;
    }
    QString parseError;
    m_findings = fromJson(file.read(kMaxFileBytes), &m_foundAt, &parseError);
    if (!parseError.isEmpty()) {
        if (error)
            *error = parseError;
        return false;
    }
    const int before = int(m_findings.size());
    prune();
    if (int(m_findings.size()) == before)
        emit changed();
    return true;
}

QSet<QString> FindingsStore::exposedRecordIds() const
{
    QSet<QString> ids;
    for (const Finding& f : m_findings) {
        if (f.isKnownToken())
            ids.insert(f.recordId);
    }
    return ids;
}

bool FindingsStore::replaceAll(const QList<Finding>& findings, QString* error)
{
    m_findings = findings;
    m_foundAt.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (Finding& f : m_findings) {
        f.secret.clear();   // never kept, not even in this copy
        f.diskPath.clear(); // a real path that holds a token: `path` has it masked
        m_foundAt.append(now);
    }
    emit changed();
    return save(error);
}

bool FindingsStore::samePlace(const Finding& a, const Finding& b)
{
    return a.kind == b.kind && a.path == b.path && a.inName == b.inName && a.line == b.line &&
           a.cell == b.cell && a.commit == b.commit && a.commitPath == b.commitPath && a.masked == b.masked;
}

bool FindingsStore::update(const Finding& finding, QString* error)
{
    for (Finding& f : m_findings) {
        if (samePlace(f, finding)) {
            f = finding;
            f.secret.clear();
            f.diskPath.clear();
            emit changed();
            return save(error);
        }
    }
    return true;
}

bool FindingsStore::dismiss(const Finding& finding, QString* error)
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (samePlace(m_findings.at(i), finding)) {
            m_findings.removeAt(i);
            m_foundAt.removeAt(i);
            emit changed();
            return save(error);
        }
    }
    return true;
}

void FindingsStore::prune()
{
    if (!m_vault)
        return;
    bool dropped = false;
    for (int i = int(m_findings.size()) - 1; i >= 0; --i) {
        const Finding& f = m_findings.at(i);
        if (!f.isKnownToken())
            continue;
        const auto rec = m_vault->record(f.recordId);
        const QDateTime found = m_foundAt.value(i);
        const bool rotatedSince =
            rec && rec->rotatedAt.isValid() && found.isValid() && rec->rotatedAt > found;
        if (!rec || rotatedSince) {
            m_findings.removeAt(i);
            m_foundAt.removeAt(i);
            dropped = true;
        }
    }
    if (dropped) {
        emit changed();
        save(nullptr);
    }
}

bool FindingsStore::save(QString* error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("The leak-check findings could not be saved: %1").arg(file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson(m_findings, m_foundAt));
    if (!file.commit()) {
        if (error)
            *error = tr("The leak-check findings could not be saved: %1").arg(file.errorString());
        return false;
    }
    return true;
}

} // namespace r8::scan
