#pragma once
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace r8::scan {

// One exposed token. `secret` is kept in memory for the actions (compare with the keychain,
// move to the keychain, verify); it is never written out: exporters and toJson() use `masked`.
struct Finding
{
    enum class Kind
    {
        File,         // a file in a folder the user picked
        GitCommit,    // in a repository's object database: a file in a commit, a commit or tag message,
                      // a loose object (see gitWhere, gitReach)
        ShellHistory, // bash, zsh or fish history
        KnownHome,    // a place where tokens are known to end up (Replicate CLI hosts, .netrc, rc files)
    };
    enum class Live
    {
        NotChecked,
        Live,     // GET /v1/account answered 200: anyone holding it can use the account
        Rejected, // 401: disabled or never valid
        Unknown,  // could not be checked (network, server error)
    };

    // Where in a repository (GitCommit).
    enum class GitWhere
    {
        File,          // a file added or changed by `commit` at `commitPath`
        CommitMessage, // the message (or header) of `commit`
        TagMessage,    // an annotated tag's message (gitRef: the tag)
        FileName,      // the name of a file or folder that `commit` added at `commitPath`
        LooseBlob,     // a blob no commit holds (staged and then dropped, or left over): gitObject
    };
    // Whether a push carries it, from what reaches the commit (or tag).
    enum class GitReach
    {
        Pushed,      // a local branch or tag reaches it: `git push` (of that branch, --all, --tags) sends it
        OnRemote,    // only remote-tracking refs reach it: it is already on that remote
        LocalRef,    // only other refs (stash, notes, …): a plain push does not send it
        ReflogOnly,  // only the reflog: not pushed; goes when the reflog entry expires
        Unreachable, // nothing: not pushed; goes at the next git gc/prune
    };

    Kind kind = Kind::File;
    QString path;              // the file; for GitCommit the repository's folder. Tokens in it are masked
                               // (a token-named file or folder, or a file inside one): see diskPath
    QString diskPath;          // in memory only: the real path when `path` shows a token masked, else empty
    bool inName = false;       // File: the token is in the name of the file or folder at `path` (its
                               // last component), not in its contents; line is 0
    bool nameOfFolder = false; // inName: that entry is a folder
    qint64 line = 0;           // 1-based; in a notebook, the line within the cell; 0 if unknown
    int cell = 0;              // notebooks: 1-based cell index; 0 otherwise
    QString commit;            // GitCommit: full hash
    QString commitPath;        // GitCommit: the file's path inside the repository at that commit
    GitWhere gitWhere = GitWhere::File;
    GitReach gitReach = GitReach::Pushed;
    QStringList gitRefs;      // GitCommit: refs that reach it (a few), or the tag
    QString gitObject;        // GitCommit: the object holding the bytes (blob, commit, tag, tree)
    QString member;           // inside an archive: the member ("lib.zip!/conf/a.env" when nested)
    QString source;           // what kind of place: "bash", "zsh", "fish", "replicate-cli", "netrc", "env",
                              // "notebook", "shell-rc", "file"
    QString secret;           // in memory only
    QString masked;           // r8_••••…Ab12
    bool legacyShape = false; // REPLICATE_API_TOKEN holding a token of another shape
    bool gitIgnored = false;  // the file is ignored by git (so not committed — but still on disk)
    QString recordId;         // the keychain token it is, or empty
    Live live = Live::NotChecked;
    QString liveDetail; // translated, redacted

    bool isKnownToken() const { return !recordId.isEmpty(); }
    // The file (or folder) to open or edit: the real path, never shown.
    QString filePath() const { return diskPath.isEmpty() ? path : diskPath; }
    // "src/.env:3", "notes.ipynb cell 2, line 1", "repo @ 1a2b3c4d: config.py:7",
    // "conf/r8_••••…Ab12.json (the name of this file)"
    QString location() const;
};

QString kindKey(Finding::Kind k);   // stable: "file", "git-commit", "shell-history", "known-home"
QString kindText(Finding::Kind k);  // translated
QString kindText(const Finding& f); // translated; "File name" / "Folder name" for a name
QString liveKey(Finding::Live l);   // "not-checked", "live", "rejected", "unknown"
QString liveText(Finding::Live l);  // translated
QString
gitWhereKey(Finding::GitWhere w); // "file", "commit-message", "tag-message", "file-name", "loose-blob"
QString gitReachKey(Finding::GitReach r);  // "pushed", "on-remote", "local-ref", "reflog-only", "unreachable"
QString gitReachText(Finding::GitReach r); // translated: whether a push carries it

// Without the secret: the masked token only.
QJsonObject findingToJson(const Finding& f, const QString& recordName = QString());

} // namespace r8::scan

Q_DECLARE_METATYPE(r8::scan::Finding)
