#include "app/vault/EnvImport.h"

#include "app/core/Redact.h"
#include "app/vault/EnvFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

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

// A token name from a folder's name: no control characters, one line, at most 60 characters (names
// are checked like typed ones, so a long or odd folder name must not make every item fail).
QString nameFromFolder(const QString& folder)
{
    QString n;
    for (const QChar c : folder)
        n += (c.unicode() < 0x20 || c.unicode() == 0x7F || (c.unicode() >= 0x80 && c.unicode() <= 0x9F))
                 ? QChar(u' ')
                 : c;
    n = n.simplified();
    if (n.size() > 60)
        n = n.left(59).trimmed() + QChar(u'…');
    return n;
}

constexpr qint64 kEnvFileLimit = 4 * 1024 * 1024;
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
        if (f.size() > kEnvFileLimit) {
            scan.errors.append(QObject::tr("%1 is larger than 4 MB; it is not a .env file.")
                                   .arg(QDir::toNativeSeparators(p)));
            continue;
        }
        // Bounded even when the size says nothing (a pipe, /dev/zero): a read error is reported.
        const QByteArray content = f.read(kEnvFileLimit + 1);
        if (content.size() > kEnvFileLimit || f.error() != QFileDevice::NoError) {
            scan.errors.append(
                f.error() != QFileDevice::NoError
                    ? QObject::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(p), f.errorString())
                    : QObject::tr("%1 is larger than 4 MB; it is not a .env file.")
                          .arg(QDir::toNativeSeparators(p)));
            continue;
        }
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
            const QString folder = nameFromFolder(fi.absoluteDir().dirName());
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
    const QString shown = QDir::toNativeSeparators(path);
    QFile in(target);
    if (!in.open(QIODevice::ReadOnly))
        return QObject::tr("%1 cannot be read: %2").arg(shown, in.errorString());
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::fstat(in.handle(), &st) != 0 || !S_ISREG(st.st_mode))
        return QObject::tr("%1 is not a regular file; it was left as it is.").arg(shown);
    if (st.st_nlink > 1)
        // Rewriting would give this name a new file while the other names keep the token.
        return QObject::tr("%1 has %2 names (hard links): rewriting it would leave the token in the others, "
                           "so it was left as it is. Remove the token line by hand in every copy.")
            .arg(shown)
            .arg(qulonglong(st.st_nlink));
#endif
    if (in.size() > kEnvFileLimit)
        return QObject::tr("%1 is larger than 4 MB; it is not a .env file.").arg(shown);
    const QByteArray content = in.read(kEnvFileLimit + 1);
    if (in.error() != QFileDevice::NoError)
        return QObject::tr("%1 cannot be read: %2").arg(shown, in.errorString());
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
            .arg(shown);
    const QByteArray updated = replaceAssignmentLines(content, reps);

    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly))
        return QObject::tr("%1 cannot be written: %2").arg(shown, out.errorString());
    bool kept = true;
#ifdef Q_OS_UNIX
    // The new file gets the old one's owner, group and every mode bit (setuid, sticky, read-only
    // included). Owner first: chown clears the set-id bits.
    if ((st.st_uid != ::geteuid() || st.st_gid != ::getegid()) &&
        ::fchown(out.handle(), st.st_uid, st.st_gid) != 0)
        kept = false;
    if (kept && ::fchmod(out.handle(), st.st_mode & 07777) != 0)
        kept = false;
#else
    kept = out.setPermissions(perms);
#endif
    Q_UNUSED(perms);
    if (!kept) {
        out.cancelWriting();
        return QObject::tr("%1 was left as it is: its owner or permissions could not be kept.").arg(shown);
    }
    if (out.write(updated) != updated.size()) {
        out.cancelWriting();
        return QObject::tr("%1 cannot be written: %2").arg(shown, out.errorString());
    }
    if (!out.commit())
        return QObject::tr("%1 cannot be written: %2").arg(shown, out.errorString());
    return {};
}

EnvImporter::EnvImporter(TokenVault* vault, QObject* parent) : QObject(parent), m_vault(vault) {}

void EnvImporter::run(const QList<Item>& items)
{
    m_items = items;
    m_results.clear();
    m_rewritten.clear();
    // Always from the event loop: even when every item fails at once, finished() comes after run()
    // has returned, so a caller that starts its loop after run() never waits forever.
    QTimer::singleShot(0, this, &EnvImporter::next);
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
            res.keychainTrouble = r.keychainTrouble;
        }
        // One rewrite replaces every line of the file that holds this secret: a repeated line is
        // done by then, not "changed since it was read".
        const QString rewriteKey = item.finding.path + QLatin1Char('\n') + item.finding.secret;
        if (res.stored && item.rewriteFile && m_rewritten.contains(rewriteKey)) {
            res.rewritten = true;
        } else if (res.stored && item.rewriteFile) {
            const QString err = commentOutToken(item.finding.path, item.finding.secret, res.storedAs);
            res.rewritten = err.isEmpty();
            if (!err.isEmpty())
                res.message = err;
            else
                m_rewritten.insert(rewriteKey);
        }
        m_results.append(res);
        emit itemDone(index, res);
        QTimer::singleShot(0, this, &EnvImporter::next); // no recursion, however many fail at once
    });
}

} // namespace r8
