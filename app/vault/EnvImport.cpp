#include "app/vault/EnvImport.h"

#include "app/core/Redact.h"
#include "app/vault/EnvFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace r8 {

namespace {
QString suggestEnvironment(const QString& fileName)
{
    const QString f = fileName.toLower();
    if (f.contains(QLatin1String("prod")))
        return env::Production;
    if (f.contains(QLatin1String("stag")))
        return env::Staging;
    return env::Development;
}
} // namespace

EnvScan scanEnvFiles(const QStringList& paths)
{
    EnvScan scan;
    for (const QString& p : paths) {
        QFileInfo fi(p);
        QFile f(fi.absoluteFilePath());
        if (!fi.exists()) {
            scan.errors.append(QObject::tr("%1: no such file.").arg(QDir::toNativeSeparators(p)));
            continue;
        }
        if (fi.isDir()) {
            scan.errors.append(QObject::tr("%1 is a folder; choose the .env file inside it.")
                                   .arg(QDir::toNativeSeparators(p)));
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            scan.errors.append(
                QObject::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(p), f.errorString()));
            continue;
        }
        if (f.size() > 4 * 1024 * 1024) {
            scan.errors.append(QObject::tr("%1 is larger than 4 MB; it is not a .env file.")
                                   .arg(QDir::toNativeSeparators(p)));
            continue;
        }
        const QByteArray content = f.readAll();
        for (const EnvAssignment& a : findTokenAssignments(content)) {
            EnvFinding fd;
            fd.path = fi.absoluteFilePath();
            fd.line = a.line;
            fd.exported = a.exported;
            const TokenInput in = cleanTokenInput(QString::fromUtf8(a.value));
            fd.verdict = in.verdict;
            fd.secret = in.accepted() ? in.token : QString::fromUtf8(a.value);
            fd.masked = maskToken(fd.secret);
            fd.warning = in.message;
            QString folder = fi.absoluteDir().dirName();
            fd.suggestedName = folder.isEmpty() ? QObject::tr("imported") : folder;
            fd.suggestedEnvironment = suggestEnvironment(fi.fileName());
            scan.findings.append(fd);
        }
    }
    return scan;
}

QString commentOutToken(const QString& path, const QString& secret, const QString& tokenName)
{
    // Write through a symlink to its target, so the link stays a link.
    const QFileInfo fi(path);
    const QString target = fi.isSymLink() ? fi.canonicalFilePath() : fi.absoluteFilePath();
    QFile in(target);
    if (!in.open(QIODevice::ReadOnly))
        return QObject::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), in.errorString());
    const QByteArray content = in.readAll();
    const QFileDevice::Permissions perms = in.permissions();
    in.close();

    QList<EnvLineReplacement> reps;
    for (const EnvAssignment& a : findTokenAssignments(content)) {
        const TokenInput t = cleanTokenInput(QString::fromUtf8(a.value));
        const QString value = t.accepted() ? t.token : QString::fromUtf8(a.value);
        if (value == secret)
            reps.append({a, movedToKeychainComment(tokenName, a.exported)});
    }
    if (reps.isEmpty())
        return QObject::tr(
                   "%1 changed since it was read: the token is no longer in it, so it was left as it is.")
            .arg(QDir::toNativeSeparators(path));
    const QByteArray updated = replaceAssignmentLines(content, reps);

    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return QObject::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    if (out.write(updated) != updated.size() || !out.setPermissions(perms)) {
        out.cancelWriting();
        return QObject::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    }
    if (!out.commit())
        return QObject::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString());
    return {};
}

EnvImporter::EnvImporter(TokenVault* vault, QObject* parent) : QObject(parent), m_vault(vault) {}

void EnvImporter::run(const QList<Item>& items)
{
    m_items = items;
    m_results.clear();
    next();
}

void EnvImporter::next()
{
    const int index = int(m_results.size());
    if (index >= m_items.size()) {
        const QList<ItemResult> results = m_results;
        m_items.clear();
        emit finished(results);
        return;
    }
    const Item item = m_items.at(index);
    TokenVault::AddRequest req;
    req.name = item.name;
    req.environment = item.environment;
    req.rawInput = item.finding.secret;
    req.note = tr("Imported from %1").arg(QDir::toNativeSeparators(item.finding.path));
    m_vault->add(req, this, [this, item, index](const TokenVault::AddResult& r) {
        ItemResult res;
        res.path = item.finding.path;
        res.line = item.finding.line;
        if (r.ok) {
            res.stored = true;
            res.storedAs = item.name;
            res.message = r.warning;
        } else if (!r.duplicateOf.isEmpty()) {
            res.stored = true;
            res.alreadyStored = true;
            const auto rec = m_vault->record(r.duplicateOf);
            res.storedAs = rec ? rec->name : item.name;
            res.message = r.error;
        } else {
            res.message = r.error;
        }
        if (res.stored && item.rewriteFile) {
            const QString err = commentOutToken(item.finding.path, item.finding.secret, res.storedAs);
            res.rewritten = err.isEmpty();
            if (!err.isEmpty())
                res.message = err;
        }
        m_results.append(res);
        emit itemDone(index, res);
        next();
    });
}

} // namespace r8
