// `--git` finds a token in every object a repository holds and says where and whether a push
// carries it: branches, tags, remote-tracking branches, notes, the stash (its work-tree commit is
// a merge), merge commits, commit and tag messages, commits only the reflog reaches (a deleted
// branch, a reset) or nothing reaches (reflog expired), and a blob no commit holds.
#include "app/core/Redact.h"
#include "app/scan/GitHistoryScanner.h"
#include "app/scan/ReportExport.h"
#include "app/scan/ScanJob.h"
#include "tests/scan/ScanTestUtil.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::scan;
using test::writeFile;

namespace {
QList<Finding> findingsWith(const ScanReport& r, const QString& secret)
{
    QList<Finding> out;
    for (const Finding& f : r.findings) {
        if (f.secret == secret)
            out.append(f);
    }
    return out;
}
} // namespace

class TstGitHistory : public QObject
{
    Q_OBJECT
private:
    QString m_repo;
    QString head()
    {
        return QString::fromLatin1(
            test::git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed());
    }
    bool run(const QStringList& args) { return !test::git(m_repo, args).isNull(); }
    bool commitFile(const QString& name, const QByteArray& bytes, const QString& message)
    {
        return writeFile(m_repo + QLatin1Char('/') + name, bytes) && run({QStringLiteral("add"), name}) &&
               run({QStringLiteral("commit"), QStringLiteral("-qm"), message});
    }

private slots:
    void everyObjectAndWhereItIs()
    {
        QTemporaryDir dir;
        // A "remote" with a branch the clone only has as a remote-tracking branch.
        const QString origin = dir.filePath(QStringLiteral("origin"));
        m_repo = origin;
        QVERIFY(QDir().mkpath(origin));
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(commitFile(QStringLiteral("README"), "hello\n", QStringLiteral("init")));
        const QString remoteTok = test::makeToken();
        QVERIFY(run({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("published")}));
        QVERIFY(
            commitFile(QStringLiteral("pub.txt"), "x\n" + remoteTok.toUtf8() + "\n", QStringLiteral("pub")));
        QVERIFY(run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        m_repo = dir.filePath(QStringLiteral("clone"));
        QVERIFY(
            !test::git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), origin, m_repo}).isNull());

        const QString stashTok = test::makeToken(), msgTok = test::makeToken(), tagTok = test::makeToken(),
                      noteTok = test::makeToken(), deletedTok = test::makeToken(),
                      resetTok = test::makeToken(), stagedTok = test::makeToken(),
                      mergeTok = test::makeToken(), removedTok = test::makeToken();
        // A token committed and removed by the next commit: still in history, with its commit.
        QVERIFY(commitFile(QStringLiteral("app.py"), "import os\nT = '" + removedTok.toUtf8() + "'\n",
                           QStringLiteral("add")));
        const QString addCommit = head();
        QVERIFY(
            commitFile(QStringLiteral("app.py"), "import os\nT = os.environ['X']\n", QStringLiteral("fix")));
        // Stash (work tree change).
        QVERIFY(writeFile(m_repo + QStringLiteral("/README"), "hello\nstash " + stashTok.toUtf8() + "\n"));
        QVERIFY(run({QStringLiteral("stash"), QStringLiteral("-q")}));
        // Commit message, annotated tag message, note.
        QVERIFY(run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                     QStringLiteral("-m"), QStringLiteral("subject\n\nthe key was %1").arg(msgTok)}));
        const QString msgCommit = head();
        QVERIFY(run({QStringLiteral("tag"), QStringLiteral("-a"), QStringLiteral("v1"), QStringLiteral("-m"),
                     QStringLiteral("release %1").arg(tagTok)}));
        QVERIFY(run({QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("-m"),
                     QStringLiteral("note %1").arg(noteTok), QStringLiteral("HEAD")}));
        // A commit undone by a reset, then its reflog expired: unreachable.
        QVERIFY(commitFile(QStringLiteral("r.txt"), "r " + resetTok.toUtf8() + "\n", QStringLiteral("oops")));
        const QString resetCommit = head();
        QVERIFY(run({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"),
                     QStringLiteral("HEAD~1")}));
        QVERIFY(run({QStringLiteral("reflog"), QStringLiteral("expire"),
                     QStringLiteral("--expire-unreachable=now"), QStringLiteral("--all")}));
        // A merge (with --no-ff: the merge commit's change against its first parent).
        QVERIFY(run({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("feat")}));
        QVERIFY(commitFile(QStringLiteral("m.txt"), "m " + mergeTok.toUtf8() + "\n", QStringLiteral("feat")));
        QVERIFY(run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(run({QStringLiteral("merge"), QStringLiteral("-q"), QStringLiteral("--no-ff"),
                     QStringLiteral("-m"), QStringLiteral("merge"), QStringLiteral("feat")}));
        QVERIFY(run({QStringLiteral("branch"), QStringLiteral("-qD"), QStringLiteral("feat")}));
        // A deleted branch (its commit only in HEAD's reflog).
        QVERIFY(run({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("side")}));
        QVERIFY(commitFile(QStringLiteral("side.env"), "REPLICATE_API_TOKEN=" + deletedTok.toUtf8() + "\n",
                           QStringLiteral("side")));
        QVERIFY(run({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        QVERIFY(run({QStringLiteral("branch"), QStringLiteral("-qD"), QStringLiteral("side")}));
        // Staged, then unstaged and deleted: a blob in no commit.
        QVERIFY(writeFile(m_repo + QStringLiteral("/st.txt"), stagedTok.toUtf8() + "\n"));
        QVERIFY(run({QStringLiteral("add"), QStringLiteral("st.txt")}));
        QVERIFY(run({QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("--cached"),
                     QStringLiteral("st.txt")}));
        QVERIFY(QFile::remove(m_repo + QStringLiteral("/st.txt")));

        ScanRequest req;
        req.paths = {m_repo};
        req.gitHistory = true;
        const ScanReport r = ScanJob().run(req, nullptr);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QVERIFY(r.complete());

        const auto one = [&](const QString& tok, Finding::GitWhere where,
                             Finding::GitReach reach) -> Finding {
            const QList<Finding> fs = findingsWith(r, tok);
            for (const Finding& f : fs) {
                if (f.gitWhere == where && f.kind == Finding::Kind::GitCommit) {
                    if (f.gitReach != reach)
                        qWarning("reach %s for %s", qPrintable(gitReachKey(f.gitReach)),
                                 qPrintable(f.location()));
                    return f;
                }
            }
            qWarning("not found: %s", qPrintable(gitWhereKey(where)));
            return Finding();
        };
        Finding f = one(removedTok, Finding::GitWhere::File, Finding::GitReach::Pushed);
        QCOMPARE(f.commit, addCommit);
        QCOMPARE(f.commitPath, QStringLiteral("app.py"));
        QCOMPARE(f.line, 2);
        QCOMPARE(f.gitReach, Finding::GitReach::Pushed);
        QVERIFY(f.gitRefs.contains(QStringLiteral("main")));

        f = one(remoteTok, Finding::GitWhere::File, Finding::GitReach::OnRemote);
        QCOMPARE(f.gitReach, Finding::GitReach::OnRemote);
        QCOMPARE(f.line, 2);
        QVERIFY(f.gitRefs.contains(QStringLiteral("remotes/origin/published")));

        f = one(stashTok, Finding::GitWhere::File, Finding::GitReach::LocalRef);
        QCOMPARE(f.gitReach, Finding::GitReach::LocalRef);
        QCOMPARE(f.commitPath, QStringLiteral("README"));
        QCOMPARE(f.line, 2);
        QVERIFY(f.gitRefs.contains(QStringLiteral("stash")));

        f = one(msgTok, Finding::GitWhere::CommitMessage, Finding::GitReach::Pushed);
        QCOMPARE(f.commit, msgCommit);
        QCOMPARE(f.line, 3);
        QCOMPARE(f.gitReach, Finding::GitReach::Pushed);

        f = one(tagTok, Finding::GitWhere::TagMessage, Finding::GitReach::Pushed);
        QCOMPARE(f.gitReach, Finding::GitReach::Pushed);
        QVERIFY(f.gitRefs.contains(QStringLiteral("v1")));

        f = one(noteTok, Finding::GitWhere::File, Finding::GitReach::LocalRef);
        QCOMPARE(f.gitReach, Finding::GitReach::LocalRef);
        QVERIFY(f.gitRefs.contains(QStringLiteral("notes/commits")));
        QCOMPARE(f.commitPath, msgCommit); // notes are stored under the annotated commit's id

        f = one(deletedTok, Finding::GitWhere::File, Finding::GitReach::ReflogOnly);
        QCOMPARE(f.gitReach, Finding::GitReach::ReflogOnly);
        QCOMPARE(f.commitPath, QStringLiteral("side.env"));

        f = one(mergeTok, Finding::GitWhere::File, Finding::GitReach::Pushed);
        QCOMPARE(f.gitReach, Finding::GitReach::Pushed);

        f = one(resetTok, Finding::GitWhere::File, Finding::GitReach::Unreachable);
        QCOMPARE(f.commit, resetCommit);
        QCOMPARE(f.gitReach, Finding::GitReach::Unreachable);

        f = one(stagedTok, Finding::GitWhere::LooseBlob, Finding::GitReach::Unreachable);
        QCOMPARE(f.gitReach, Finding::GitReach::Unreachable);
        QCOMPARE(f.line, 1);

        // JSON says where and whether a push carries it; no whole token anywhere.
        const QByteArray json = reportToJson(r);
        for (const Finding& x : r.findings)
            QVERIFY(!json.contains(x.secret.toUtf8()));
        const QJsonArray arr =
            QJsonDocument::fromJson(json).object().value(QLatin1String("findings")).toArray();
        bool sawUnreachable = false;
        for (const QJsonValue& v : arr) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("kind")).toString() != QLatin1String("git-commit"))
                continue;
            QVERIFY(o.contains(QLatin1String("reach")));
            QVERIFY(o.contains(QLatin1String("push_carries_it")));
            QVERIFY(o.contains(QLatin1String("git_where")));
            sawUnreachable |= o.value(QLatin1String("reach")).toString() == QLatin1String("unreachable");
        }
        QVERIFY(sawUnreachable);

        // The same places by the slower ways: every commit diffed (no tree index, or one over its
        // memory bound), and reach from `git rev-list` walks instead of the commits' graph.
        const auto places = [](const GitHistoryResult& g) {
            QStringList out;
            for (const GitHit& h : g.hits)
                out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                           .arg(gitWhereKey(h.where), gitReachKey(h.reach), h.commit, h.path, h.object)
                           .arg(h.line);
            out.sort();
            return out;
        };
        const GitHistoryResult fast = scanGitHistory(m_repo);
        QVERIFY(fast.error.isEmpty());
        QVERIFY(places(fast).size() >= 10);
        GitScanTuning noIndex;
        noIndex.treeIndex = false;
        GitScanTuning tinyIndex;
        tinyIndex.treeIndexBytes = 0;
        GitScanTuning noGraph;
        noGraph.commitGraph = false;
        for (const GitScanTuning& t : {noIndex, tinyIndex, noGraph}) {
            const GitHistoryResult slow = scanGitHistory(m_repo, nullptr, t);
            QVERIFY(slow.error.isEmpty());
            QCOMPARE(places(slow), places(fast));
        }
        // The refs named for each commit are those `git for-each-ref --contains` names.
        int named = 0;
        for (const GitHit& h : fast.hits) {
            if (h.commit.isEmpty())
                continue;
            QStringList expected;
            for (const QByteArray& l : test::git(m_repo, {QStringLiteral("for-each-ref"),
                                                          QStringLiteral("--format=%(refname:short)"),
                                                          QStringLiteral("--contains"), h.commit})
                                           .split('\n')) {
                if (!l.isEmpty())
                    expected << QString::fromUtf8(l);
            }
            if (expected.size() > 3)
                expected = expected.mid(0, 3) << QStringLiteral("…");
            QCOMPARE(h.refs.size(), expected.size());
            named += expected.isEmpty() ? 0 : 1;
        }
        QVERIFY(named >= 5);
    }

    // A token used as a file or folder name (a tree entry), then deleted: found, with the commit
    // that added it and its path (the token masked in the path), once.
    void tokenAsFileOrFolderName()
    {
        QTemporaryDir dir;
        m_repo = dir.path();
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("-q")}));
        // Settings that would hide the root commit's files or colour the lines r8 reads.
        QVERIFY(run({QStringLiteral("config"), QStringLiteral("log.showRoot"), QStringLiteral("false")}));
        QVERIFY(run({QStringLiteral("config"), QStringLiteral("color.ui"), QStringLiteral("always")}));
        const QString rootTok = test::makeToken();
        QVERIFY(writeFile(m_repo + QLatin1Char('/') + rootTok, "root\n"));
        QVERIFY(run({QStringLiteral("add"), rootTok}));
        QVERIFY(commitFile(QStringLiteral("README"), "hello\n", QStringLiteral("init")));
        const QString rootCommit = head();
        QVERIFY(run({QStringLiteral("rm"), QStringLiteral("-q"), rootTok}));
        const QString fileTok = test::makeToken(), dirTok = test::makeToken();
        const QString filePath = QStringLiteral("conf/%1.json").arg(fileTok);
        QVERIFY(commitFile(filePath, "{}\n", QStringLiteral("add")));
        const QString fileCommit = head();
        QVERIFY(run({QStringLiteral("rm"), QStringLiteral("-q"), filePath}));
        QVERIFY(run({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("remove")}));
        QVERIFY(commitFile(dirTok + QStringLiteral("/x.txt"), "x\n", QStringLiteral("folder")));
        const QString dirCommit = head();
        QVERIFY(run({QStringLiteral("rm"), QStringLiteral("-qr"), dirTok}));
        QVERIFY(run({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("remove folder")}));

        // A tree no commit holds (written by a tool, or left by an aborted one) with a token as
        // a name: found, as that tree, unreachable.
        const QString looseTok = test::makeToken();
        const QByteArray blob =
            test::git(m_repo, {QStringLiteral("rev-parse"), QStringLiteral("HEAD:README")}).trimmed();
        QVERIFY(!blob.isEmpty());
        QProcess mktree;
        mktree.setWorkingDirectory(m_repo);
        mktree.start(QStringLiteral("git"), {QStringLiteral("mktree")});
        QVERIFY(mktree.waitForStarted());
        mktree.write("100644 blob " + blob + '\t' + looseTok.toUtf8() + ".txt\n");
        mktree.closeWriteChannel();
        QVERIFY(mktree.waitForFinished());
        const QString looseTree = QString::fromLatin1(mktree.readAllStandardOutput().trimmed());
        QCOMPARE(looseTree.size(), 40);

        ScanRequest req;
        req.paths = {m_repo};
        req.gitHistory = true;
        const ScanReport r = ScanJob().run(req, nullptr);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QVERIFY(r.complete());

        const QList<Finding> byLoose = findingsWith(r, looseTok);
        QCOMPARE(byLoose.size(), 1);
        QCOMPARE(byLoose.first().gitWhere, Finding::GitWhere::FileName);
        QCOMPARE(byLoose.first().gitReach, Finding::GitReach::Unreachable);
        QVERIFY(byLoose.first().commit.isEmpty());
        QCOMPARE(byLoose.first().gitObject, looseTree);
        QCOMPARE(byLoose.first().commitPath, maskToken(looseTok) + QStringLiteral(".txt"));
        QVERIFY(byLoose.first().location().contains(looseTree.left(10)));
        QVERIFY(!byLoose.first().location().contains(looseTok));

        const QList<Finding> byFile = findingsWith(r, fileTok);
        QCOMPARE(byFile.size(), 1);
        Finding f = byFile.first();
        QCOMPARE(f.kind, Finding::Kind::GitCommit);
        QCOMPARE(f.gitWhere, Finding::GitWhere::FileName);
        QCOMPARE(f.commit, fileCommit);
        QCOMPARE(f.commitPath, QStringLiteral("conf/%1.json").arg(maskToken(fileTok)));
        QCOMPARE(f.gitReach, Finding::GitReach::Pushed);
        QVERIFY(f.gitRefs.contains(QStringLiteral("main")));
        QVERIFY(f.location().contains(fileCommit.left(10)));
        QVERIFY(f.location().contains(f.commitPath));
        QVERIFY(!f.location().contains(fileTok));

        const QList<Finding> byRoot = findingsWith(r, rootTok);
        QCOMPARE(byRoot.size(), 1);
        QCOMPARE(byRoot.first().gitWhere, Finding::GitWhere::FileName);
        QCOMPARE(byRoot.first().commit, rootCommit);
        QCOMPARE(byRoot.first().commitPath, maskToken(rootTok));

        const QList<Finding> byDir = findingsWith(r, dirTok);
        QCOMPARE(byDir.size(), 1); // the folder; not again for the file inside it
        f = byDir.first();
        QCOMPARE(f.gitWhere, Finding::GitWhere::FileName);
        QCOMPARE(f.commit, dirCommit);
        QCOMPARE(f.commitPath, maskToken(dirTok));

        const QByteArray json = reportToJson(r);
        QVERIFY(!json.contains(fileTok.toUtf8()));
        QVERIFY(!json.contains(dirTok.toUtf8()));
        QVERIFY(json.contains("\"git_where\": \"file-name\"") ||
                json.contains("\"git_where\":\"file-name\""));
    }

    // With no reflog at all, a commit nothing reaches is still reported (it used to end the scan
    // with git's usage text); `git replace` does not hide a commit that a push still sends.
    void noReflogAndReplacedCommits()
    {
        QTemporaryDir dir;
        m_repo = dir.path();
        QVERIFY(run({QStringLiteral("init"), QStringLiteral("-q")}));
        QVERIFY(run(
            {QStringLiteral("config"), QStringLiteral("core.logAllRefUpdates"), QStringLiteral("false")}));
        QVERIFY(commitFile(QStringLiteral("a.txt"), "a\n", QStringLiteral("one")));
        const QString danglingTok = test::makeToken();
        QVERIFY(commitFile(QStringLiteral("s.txt"), danglingTok.toUtf8() + "\n", QStringLiteral("two")));
        QVERIFY(run({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"),
                     QStringLiteral("HEAD~1")}));
        const QString msgTok = test::makeToken();
        QVERIFY(run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                     QStringLiteral("-m"), QStringLiteral("msg ") + msgTok}));
        const QString replaced = head();
        QVERIFY(run({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                     QStringLiteral("--amend"), QStringLiteral("-m"), QStringLiteral("clean")}));
        const QString replacement = head();
        QVERIFY(run({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--hard"), replaced}));
        QVERIFY(run({QStringLiteral("replace"), replaced, replacement}));

        ScanRequest req;
        req.paths = {m_repo};
        req.gitHistory = true;
        const ScanReport r = ScanJob().run(req, nullptr);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        const QList<Finding> dangling = findingsWith(r, danglingTok);
        QCOMPARE(dangling.size(), 1);
        QCOMPARE(dangling.first().gitReach, Finding::GitReach::Unreachable);
        const QList<Finding> message = findingsWith(r, msgTok);
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.first().gitWhere, Finding::GitWhere::CommitMessage);
        QCOMPARE(message.first().commit, replaced);
        QCOMPARE(message.first().gitReach, Finding::GitReach::Pushed);
    }

    void unquotesGitPaths()
    {
        QCOMPARE(unquoteGitPath("plain/path.txt"), QByteArray("plain/path.txt"));
        QCOMPARE(unquoteGitPath("\"a\\nb\\\\c\\\"d\""), QByteArray("a\nb\\c\"d"));
        QCOMPARE(unquoteGitPath("\"caf\\303\\251\""), QByteArray("caf\xc3\xa9"));
    }
};

QTEST_GUILESS_MAIN(TstGitHistory)
#include "tst_githistory.moc"
