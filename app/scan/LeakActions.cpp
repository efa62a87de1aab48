#include "app/scan/LeakActions.h"
#include "app/core/FileTr.h"

#include "app/core/Redact.h"
#include "app/vault/EnvFile.h"
#include "app/vault/EnvImport.h"
#include "app/vault/TokenInput.h"
#include "app/vault/TokenVault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace r8::scan {

R8_FILE_TR(r8::scan::LeakActions)

namespace {

bool inAssignment(const Finding& f)
{
    // Never inside an archive, a notebook cell or a binary file (SQLite, caches): rewriting a
    // "line" there would damage the file.
    QFile file(f.filePath());
    if (f.cell > 0 || !f.member.isEmpty() || !file.open(QIODevice::ReadOnly) ||
        file.size() > 16 * 1024 * 1024)
        return false;
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return false;
    for (const EnvAssignment& a : findTokenAssignments(bytes)) {
        const TokenInput t = cleanTokenInput(QString::fromUtf8(a.value));
        if ((t.accepted() ? t.token : QString::fromUtf8(a.value)) == f.secret)
            return true;
    }
    return false;
}
} // namespace

QString gitHistoryAdvice()
{
    return tr("This token is in the repository's history. Removing it with a history rewrite "
              "(git filter-repo, BFG) is not enough once the commit has been pushed: clones, forks, "
              "caches and scanners may already have it. Rotate the token — create a new one, switch to "
              "it, and disable this one — then clean the history if you still want to.");
}

MoveAdvice moveAdvice(const Finding& f)
{
    MoveAdvice a;
    a.canImport = cleanTokenInput(f.secret).accepted();
    if (f.kind == Finding::Kind::GitCommit) {
        a.text = gitHistoryAdvice();
        return a;
    }
    if (f.inName) {
        // The token is the name itself: the contents are not touched (not even a matching
        // REPLICATE_API_TOKEN line in that file — it would be a finding of its own). Renaming is
        // left to the user: tools that named a cache after the key may look it up by that name.
        a.text = (f.nameOfFolder ? tr("The token will be stored in the keychain. It is in the name of the "
                                      "folder %1, not in a file: nothing is edited. Rename or delete the "
                                      "folder by hand (check first which tool made it).")
                                 : tr("The token will be stored in the keychain. It is in the name of the "
                                      "file %1, not in its contents: nothing is edited. Rename or delete "
                                      "the file by hand (check first which tool made it)."))
                     .arg(QDir::toNativeSeparators(f.path));
        return a;
    }
    a.canRewrite = inAssignment(f);
    if (a.canRewrite)
        a.text =
            tr("The token will be stored in the keychain and line %1 of %2 replaced by a comment naming it "
               "(every other byte of the file is kept).")
                .arg(f.line)
                .arg(QDir::toNativeSeparators(f.path));
    else if (f.kind == Finding::Kind::ShellHistory)
        a.text =
            tr("The token will be stored in the keychain. Shell history is not rewritten: delete the line "
               "by hand (for bash: `history -d N`, then `history -w`) or clear the history file.");
    else
        a.text = tr("The token will be stored in the keychain. It is not in a REPLICATE_API_TOKEN= line, so "
                    "%1 must be edited by hand at this place: %2.")
                     .arg(QDir::toNativeSeparators(f.path), f.location());
    return a;
}

void moveToKeychain(TokenVault* vault, const Finding& f, const QString& name, const QString& environment,
                    QObject* context, std::function<void(const MoveResult&)> done)
{
    TokenVault::AddRequest req;
    req.name = name;
    req.environment = environment;
    req.rawInput = f.secret;
    req.note = tr("Found by the leak check in %1").arg(QDir::toNativeSeparators(f.location()));
    const MoveAdvice advice = moveAdvice(f);
    vault->add(req, context, [vault, f, advice, done](const TokenVault::AddResult& r) {
        MoveResult res;
        if (r.ok) {
            res.stored = true;
            res.recordId = r.id;
            res.message = r.warning;
        } else if (!r.duplicateOf.isEmpty()) {
            res.stored = res.alreadyStored = true;
            res.recordId = r.duplicateOf;
        } else {
            res.message = r.error;
            done(res);
            return;
        }
        const auto rec = vault->record(res.recordId);
        if (advice.canRewrite && rec) {
            const QString err = commentOutToken(f.filePath(), f.secret, rec->name);
            res.rewritten = err.isEmpty();
            if (!err.isEmpty())
                res.message = redact(err); // it names the file, whose path may hold a token
        } else if (!advice.canRewrite) {
            res.message = advice.text;
        }
        done(res);
    });
}

} // namespace r8::scan
