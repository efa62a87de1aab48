#include "app/scan/Finding.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

namespace r8::scan {

R8_FILE_TR(r8::scan::Finding)

QString Finding::location() const
{
    if (kind == Kind::GitCommit) {
        const QString refs =
            gitRefs.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(gitRefs.join(QLatin1String(", ")));
        const QString at = line > 0 ? QStringLiteral(":%1").arg(line) : QString();
        switch (gitWhere) {
        case GitWhere::File:
            return tr("%1 @ %2%3: %4").arg(path, commit.left(10), refs, commitPath) + at;
        case GitWhere::CommitMessage:
            return tr("%1 @ %2%3: commit message").arg(path, commit.left(10), refs) +
                   (line > 0 ? tr(", line %1").arg(line) : QString());
        case GitWhere::TagMessage:
            return tr("%1 tag object %2%3: tag message").arg(path, gitObject.left(10), refs) +
                   (line > 0 ? tr(", line %1").arg(line) : QString());
        case GitWhere::FileName:
            if (commit.isEmpty())
                return tr("%1 tree %2 (in no commit): %3 (the name of a file or folder)")
                    .arg(path, gitObject.left(10), commitPath);
            return tr("%1 @ %2%3: %4 (the name of a file or folder it added)")
                .arg(path, commit.left(10), refs, commitPath);
        case GitWhere::LooseBlob:
            return tr("%1 blob %2 (in no commit)").arg(path, gitObject.left(10)) + at;
        }
    }
    if (inName)
        return nameOfFolder ? tr("%1 (the name of this folder)").arg(path)
                            : tr("%1 (the name of this file)").arg(path);
    const QString where = member.isEmpty() ? path : path + QLatin1String("!/") + member;
    if (cell > 0)
        return line > 0 ? tr("%1 cell %2, line %3").arg(where).arg(cell).arg(line)
                        : tr("%1 cell %2 (output)").arg(where).arg(cell);
    return line > 0 ? where + QLatin1Char(':') + QString::number(line) : where;
}

QString gitWhereKey(Finding::GitWhere w)
{
    switch (w) {
    case Finding::GitWhere::File:
        return QStringLiteral("file");
    case Finding::GitWhere::CommitMessage:
        return QStringLiteral("commit-message");
    case Finding::GitWhere::TagMessage:
        return QStringLiteral("tag-message");
    case Finding::GitWhere::FileName:
        return QStringLiteral("file-name");
    case Finding::GitWhere::LooseBlob:
        return QStringLiteral("loose-blob");
    }
    return QString();
}

QString gitReachKey(Finding::GitReach r)
{
    switch (r) {
    case Finding::GitReach::Pushed:
        return QStringLiteral("pushed");
    case Finding::GitReach::OnRemote:
        return QStringLiteral("on-remote");
    case Finding::GitReach::LocalRef:
        return QStringLiteral("local-ref");
    case Finding::GitReach::ReflogOnly:
        return QStringLiteral("reflog-only");
    case Finding::GitReach::Unreachable:
        return QStringLiteral("unreachable");
    }
    return QString();
}

QString gitReachText(Finding::GitReach r)
{
    switch (r) {
    case Finding::GitReach::Pushed:
        return tr("a push carries it (reachable from a branch or tag)");
    case Finding::GitReach::OnRemote:
        return tr("already on a remote (remote-tracking branch)");
    case Finding::GitReach::LocalRef:
        return tr("local only (stash, notes or another local ref): a plain push does not carry it");
    case Finding::GitReach::ReflogOnly:
        return tr("only in the reflog: not pushed");
    case Finding::GitReach::Unreachable:
        return tr("unreachable: not pushed; removed by git gc");
    }
    return QString();
}

QString kindKey(Finding::Kind k)
{
    switch (k) {
    case Finding::Kind::File:
        return QStringLiteral("file");
    case Finding::Kind::GitCommit:
        return QStringLiteral("git-commit");
    case Finding::Kind::ShellHistory:
        return QStringLiteral("shell-history");
    case Finding::Kind::KnownHome:
        return QStringLiteral("known-home");
    }
    return QString();
}

QString kindText(Finding::Kind k)
{
    switch (k) {
    case Finding::Kind::File:
        return tr("File");
    case Finding::Kind::GitCommit:
        return tr("Git history");
    case Finding::Kind::ShellHistory:
        return tr("Shell history");
    case Finding::Kind::KnownHome:
        return tr("Known token place");
    }
    return QString();
}

QString kindText(const Finding& f)
{
    if (f.kind == Finding::Kind::File && f.inName)
        return f.nameOfFolder ? tr("Folder name") : tr("File name");
    return kindText(f.kind);
}

QString liveKey(Finding::Live l)
{
    switch (l) {
    case Finding::Live::NotChecked:
        return QStringLiteral("not-checked");
    case Finding::Live::Live:
        return QStringLiteral("live");
    case Finding::Live::Rejected:
        return QStringLiteral("rejected");
    case Finding::Live::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

QString liveText(Finding::Live l)
{
    switch (l) {
    case Finding::Live::NotChecked:
        return tr("not checked");
    case Finding::Live::Live:
        return tr("live — anyone with it can use the account");
    case Finding::Live::Rejected:
        return tr("rejected by the API (disabled or never valid)");
    case Finding::Live::Unknown:
        return tr("could not be checked");
    }
    return QString();
}

QJsonObject findingToJson(const Finding& f, const QString& recordName)
{
    QJsonObject o{{QStringLiteral("kind"), kindKey(f.kind)},
                  {QStringLiteral("source"), f.source},
                  {QStringLiteral("path"), f.path},
                  {QStringLiteral("line"), f.line},
                  {QStringLiteral("token"), f.masked},
                  {QStringLiteral("legacy_shape"), f.legacyShape},
                  {QStringLiteral("git_ignored"), f.gitIgnored},
                  {QStringLiteral("in_keychain"), f.isKnownToken()},
                  {QStringLiteral("live"), liveKey(f.live)}};
    if (f.cell > 0)
        o.insert(QStringLiteral("cell"), f.cell);
    if (!f.member.isEmpty())
        o.insert(QStringLiteral("archive_member"), f.member);
    // Whether the token is in a file or folder name (masked in "path" or "commit_path"), not in
    // the contents.
    o.insert(QStringLiteral("in_name"),
             (f.kind == Finding::Kind::File && f.inName) ||
                 (f.kind == Finding::Kind::GitCommit && f.gitWhere == Finding::GitWhere::FileName));
    if (f.kind == Finding::Kind::File && f.inName)
        o.insert(QStringLiteral("name_of"),
                 f.nameOfFolder ? QStringLiteral("folder") : QStringLiteral("file"));
    if (f.kind == Finding::Kind::GitCommit) {
        o.insert(QStringLiteral("commit"), f.commit);
        o.insert(QStringLiteral("commit_path"), f.commitPath);
        o.insert(QStringLiteral("git_where"), gitWhereKey(f.gitWhere));
        o.insert(QStringLiteral("git_object"), f.gitObject);
        o.insert(QStringLiteral("git_refs"), QJsonArray::fromStringList(f.gitRefs));
        o.insert(QStringLiteral("reach"), gitReachKey(f.gitReach));
        o.insert(QStringLiteral("push_carries_it"), f.gitReach == Finding::GitReach::Pushed);
    }
    if (f.isKnownToken()) {
        o.insert(QStringLiteral("record_id"), f.recordId);
        if (!recordName.isEmpty())
            o.insert(QStringLiteral("record_name"), recordName);
    }
    if (!f.liveDetail.isEmpty())
        o.insert(QStringLiteral("live_detail"), f.liveDetail);
    return o;
}

} // namespace r8::scan
