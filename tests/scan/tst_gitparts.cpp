// The pieces `r8 scan --git` is built from, each on its own: the trees' index (names searched,
// which trees hold a blob or a tree), the commits' graph (which refs reach a commit), the raw
// change-line parser, and the two ways git's output is read (POSIX and QProcess), against each
// other on a real repository.
#include "app/scan/GitCommitGraph.h"
#include "app/scan/GitObjectParser.h"
#include "app/scan/GitRawChange.h"
#include "app/scan/GitStreams.h"
#include "app/scan/GitTreeIndex.h"
#include "tests/scan/ScanTestUtil.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace r8;
using namespace r8::scan;

namespace {
// A made-up 20-byte object id from a label.
QByteArray oid(const char* label)
{
    return QCryptographicHash::hash(label, QCryptographicHash::Sha1);
}

QByteArray entry(const char* mode, const QByteArray& name, const QByteArray& id)
{
    return QByteArray(mode) + ' ' + name + '\0' + id;
}

// One object as `git cat-file --batch` prints it.
QByteArray batchObject(const QByteArray& id, const char* type, const QByteArray& body)
{
    return id.toHex() + ' ' + type + ' ' + QByteArray::number(body.size()) + '\n' + body + '\n';
}

void feedIn(GitTreeIndex& index, const QByteArray& stream, qsizetype step)
{
    for (qsizetype i = 0; i < stream.size(); i += step)
        index.feed(QByteArrayView(stream).sliced(i, std::min(step, stream.size() - i)));
    index.finish();
}

QSet<QByteArray> hexSet(const QSet<QByteArray>& ids)
{
    QSet<QByteArray> out;
    for (const QByteArray& id : ids)
        out.insert(id.toHex());
    return out;
}

QByteArray commitBody(const QByteArray& tree, const QList<QByteArray>& parents, const char* message)
{
    QByteArray b = "tree " + tree.toHex() + '\n';
    for (const QByteArray& p : parents)
        b += "parent " + p.toHex() + '\n';
    return b + "author a <a@b> 1 +0000\ncommitter a <a@b> 1 +0000\n\n" + message + '\n';
}
} // namespace

class TstGitParts : public QObject
{
    Q_OBJECT
private slots:
    void treeIndexFindsNamesAndHolders()
    {
        const QByteArray tok = test::makeToken().toUtf8();
        const QByteArray A = oid("A"), B = oid("B"), C = oid("C"), D = oid("D");
        const QByteArray X = oid("X"), Y = oid("Y"), Z = oid("Z");
        // A = { src/ → B, r8_…/ → D },  B = { a.txt → X, <token>.json → Y },  C = { b → Z },  D = { k → Z }
        const QByteArray stream =
            batchObject(A, "tree", entry("40000", "src", B) + entry("40000", tok, D)) +
            batchObject(B, "tree", entry("100644", "a.txt", X) + entry("100644", tok + ".json", Y)) +
            batchObject(C, "tree", entry("100644", "b", Z)) +
            batchObject(D, "tree", entry("100755", "k", Z)) +
            "0123456789012345678901234567890123456789 missing\n";
        for (const qsizetype step : {qsizetype(1), qsizetype(7), stream.size()}) {
            for (const bool wantedFirst : {false, true}) {
                GitTreeIndex index;
                if (wantedFirst) // as when the other objects were read first: only X and Z are kept
                    index.setWantedBlobs({X.toHex(), Z.toHex()});
                feedIn(index, stream, step);
                QVERIFY(!index.malformed());
                QVERIFY(index.complete());
                QCOMPARE(index.trees(), 4);
                const QList<TreeNameHit> names = index.takeNameHits();
                QCOMPARE(names.size(), 2);
                const auto folder =
                    std::find_if(names.cbegin(), names.cend(), [](const TreeNameHit& h) { return h.folder; });
                QVERIFY(folder != names.cend());
                QCOMPARE(folder->tree, A.toHex());
                QCOMPARE(folder->name, tok);
                QCOMPARE(folder->entry, D.toHex());
                QCOMPARE(folder->match.secret, tok);
                const auto file = std::find_if(names.cbegin(), names.cend(),
                                               [](const TreeNameHit& h) { return !h.folder; });
                QCOMPARE(file->tree, B.toHex());
                QCOMPARE(file->name, tok + ".json");
                QCOMPARE(file->entry, Y.toHex());
                QCOMPARE(file->match.offset, 0);

                QCOMPARE(hexSet(index.treesHolding({X.toHex()}, {})),
                         (QSet<QByteArray>{A.toHex(), B.toHex()}));
                QCOMPARE(hexSet(index.treesHolding({Z.toHex()}, {})),
                         (QSet<QByteArray>{A.toHex(), C.toHex(), D.toHex()}));
                QCOMPARE(hexSet(index.treesHolding({}, {B.toHex()})),
                         (QSet<QByteArray>{A.toHex(), B.toHex()}));
                QVERIFY(index.treesHolding({oid("nowhere").toHex()}, {}).isEmpty());
            }
        }
    }

    void treeIndexGivesUpHonestly()
    {
        const QByteArray A = oid("A"), X = oid("X");
        const QByteArray tree = batchObject(A, "tree", entry("100644", "a", X));
        GitTreeIndex small(0); // no memory for an index: names are still searched
        feedIn(small, tree, tree.size());
        QVERIFY(!small.complete());
        QVERIFY(small.treesHolding({X.toHex()}, {}).isEmpty());

        GitTreeIndex twice; // the same tree twice (cat-file never does it): no shortcut then
        feedIn(twice, tree + tree, 5);
        QVERIFY(!twice.complete());

        GitTreeIndex bad; // an entry with no id after its name
        feedIn(bad, batchObject(A, "tree", "100644 name-without-id"), 3);
        QVERIFY(!bad.complete());
        QVERIFY(!bad.malformed()); // the stream itself was fine

        GitTreeIndex cut; // the stream ends inside an object
        feedIn(cut, tree.left(tree.size() - 5), 4);
        QVERIFY(cut.malformed());

        // A tree too big to keep (a folder with hundreds of thousands of files) is still searched.
        const QByteArray tok = test::makeToken().toUtf8();
        QByteArray body;
        while (body.size() <= GitTreeIndex::kMaxTreeKept)
            body += entry("100644", "file-" + QByteArray::number(body.size()), X);
        body += entry("100644", tok, X);
        GitTreeIndex big;
        feedIn(big, batchObject(A, "tree", body), 1 << 20);
        QVERIFY(!big.complete());
        const QList<TreeNameHit> names = big.takeNameHits();
        QCOMPARE(names.size(), 1);
        QCOMPARE(names.first().match.secret, tok);
        QCOMPARE(names.first().tree, A.toHex());
    }

    void commitGraphSaysWhichRefsReach()
    {
        // c1 ← c2 ← c3 (main), c1 ← c4 (side), merge c5 = c3 + c4; an annotated tag on c4.
        const QByteArray t = oid("tree");
        const QByteArray c1 = oid("c1"), c2 = oid("c2"), c3 = oid("c3"), c4 = oid("c4"), c5 = oid("c5");
        const QByteArray tag = oid("tag");
        QByteArray stream =
            batchObject(c3, "commit", commitBody(t, {c2}, "three")) +
            batchObject(c1, "commit", commitBody(t, {}, "one")) +
            batchObject(c5, "commit", commitBody(t, {c3, c4}, "merge")) +
            batchObject(c2, "commit", commitBody(t, {c1}, "two")) +
            batchObject(c4, "commit", commitBody(t, {c1, oid("not in a shallow clone")}, "4")) +
            batchObject(tag, "tag", "object " + c4.toHex() + "\ntype commit\ntag v1\n\nmsg\n");
        GitObjectParser parser;
        parser.feed(stream);
        parser.finish();
        QCOMPARE(parser.commitCount(), 5);
        QCOMPARE(parser.tagTargets().value(tag), c4);
        const GitCommitGraph graph(parser);
        QVERIFY(graph.ok());
        QCOMPARE(graph.size(), 5);
        const QHash<QByteArray, QList<int>> r =
            graph.refsReaching({c3, c4, c5, oid("unknown")}, {c1, c2, c4, c5});
        QCOMPARE(r.value(c1), (QList<int>{0, 1, 2}));
        QCOMPARE(r.value(c2), (QList<int>{0, 2}));
        QCOMPARE(r.value(c4), (QList<int>{1, 2}));
        QCOMPARE(r.value(c5), (QList<int>{2}));

        // More than 64 wanted commits (several passes) on a long chain: the tip reaches them all.
        QByteArray chain;
        QList<QByteArray> ids;
        for (int i = 0; i < 150; ++i) {
            const QByteArray id = oid(QByteArray::number(i).constData());
            chain += batchObject(
                id, "commit",
                commitBody(t, ids.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{ids.last()}, "c"));
            ids.append(id);
        }
        GitObjectParser chainParser;
        chainParser.feed(chain);
        chainParser.finish();
        const GitCommitGraph chainGraph(chainParser);
        const QHash<QByteArray, QList<int>> all = chainGraph.refsReaching({ids.at(100)}, ids);
        QCOMPARE(all.size(), 101); // commits 0..100, not the 49 after the tip
        QVERIFY(all.contains(ids.first()));
        QVERIFY(!all.contains(ids.last()));
    }

    void rawChangeLines()
    {
        const std::optional<RawChange> added =
            parseRawChange(":000000 100644 0000000000000000000000000000000000000000 "
                           "1111111111111111111111111111111111111111 A\tconf/\"x.json\"");
        QVERIFY(added);
        QCOMPARE(added->status, 'A');
        QCOMPARE(added->newMode, QByteArray("100644"));
        QCOMPARE(added->newOid, QByteArray("1111111111111111111111111111111111111111"));
        QCOMPARE(added->path, QByteArray("conf/\"x.json\""));
        const std::optional<RawChange> quoted =
            parseRawChange(":100644 100644 a b M\t\"new\\nline\\033[2J\"");
        QVERIFY(quoted);
        QCOMPARE(quoted->path, QByteArray("new\nline\x1b[2J"));
        QVERIFY(!parseRawChange("\x01"
                                "abc"));
        QVERIFY(!parseRawChange(":100644 100644 a b")); // no tab
        QVERIFY(!parseRawChange(":100644 a\tpath"));    // too few fields
        QVERIFY(!parseRawChange(""));
    }

    // The POSIX way and the QProcess way give the same bytes, the same errors and stop alike.
    void bothWaysOfReadingGit()
    {
#ifndef Q_OS_UNIX
        QSKIP("only the QProcess way exists here");
#else
        QTemporaryDir dir;
        const QString repo = dir.path();
        QVERIFY(!test::git(repo, {QStringLiteral("init"), QStringLiteral("-q")}).isNull());
        QByteArray big;
        for (int i = 0; big.size() < 3 * 1024 * 1024; ++i)
            big += "line " + QByteArray::number(i) + " of a file big enough to need many reads\n";
        QVERIFY(test::writeFile(repo + QStringLiteral("/big.txt"), big));
        QVERIFY(test::writeFile(repo + QStringLiteral("/small.txt"), "small\n"));
        QVERIFY(!test::git(repo, {QStringLiteral("add"), QStringLiteral(".")}).isNull());
        QVERIFY(!test::git(repo, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("x")})
                     .isNull());

        using Runner = QString (*)(const QString&, std::vector<GitStream>&, const std::atomic_bool*, bool*);
        const auto run = [&](Runner runner, QByteArray* listing, QByteArray* objects, bool* listingDone) {
            // The listing is piped into cat-file as it arrives, as the history scan does.
            std::vector<GitStream> s(2);
            s[0] = GitStream{{QStringLiteral("cat-file"), QStringLiteral("--batch-all-objects"),
                              QStringLiteral("--batch-check=%(objectname)")},
                             {},
                             [&](QByteArrayView d) {
                                 listing->append(d.data(), d.size());
                                 s[1].send(d);
                             },
                             [&] {
                                 *listingDone = true;
                                 s[1].closeInput();
                             },
                             false};
            s[1] = GitStream{{QStringLiteral("cat-file"), QStringLiteral("--batch")},
                             {},
                             [&](QByteArrayView d) { objects->append(d.data(), d.size()); },
                             {},
                             true};
            bool canceled = false;
            const QString error = runner(repo, s, nullptr, &canceled);
            return error + (canceled ? QStringLiteral("canceled") : QString());
        };
        QByteArray posixList, posixObjects, qtList, qtObjects;
        bool posixDone = false, qtDone = false;
        QCOMPARE(run(&runGitStreamsPosix, &posixList, &posixObjects, &posixDone), QString());
        QCOMPARE(run(&runGitStreamsQt, &qtList, &qtObjects, &qtDone), QString());
        QVERIFY(posixDone && qtDone);
        QCOMPARE(posixList, qtList);
        QCOMPARE(posixList.count('\n'), 4); // two blobs, a tree, a commit
        QVERIFY(posixObjects.size() > big.size());
        QCOMPARE(posixObjects, qtObjects);

        for (Runner runner : {Runner(&runGitStreamsPosix), Runner(&runGitStreamsQt)}) {
            // git's own message for a failing command, and the other command stopped.
            std::vector<GitStream> s(2);
            s[0] = GitStream{
                {QStringLiteral("cat-file"), QStringLiteral("-t"), QStringLiteral("no-such-object")},
                {},
                [](QByteArrayView) {},
                {}};
            s[1] = GitStream{
                {QStringLiteral("cat-file"), QStringLiteral("--batch")}, {}, [](QByteArrayView) {}, {}, true};
            bool canceled = false;
            const QString error = runner(repo, s, nullptr, &canceled);
            QVERIFY2(error.contains(QLatin1String("cat-file")) &&
                         error.contains(QLatin1String("no-such-object")),
                     qPrintable(error));
            QVERIFY(!canceled);

            // Cancelled: no error, nothing hangs (the second command waits for input forever).
            std::atomic_bool cancel{true};
            std::vector<GitStream> c(1);
            c[0] = GitStream{
                {QStringLiteral("cat-file"), QStringLiteral("--batch")}, {}, [](QByteArrayView) {}, {}, true};
            QCOMPARE(runner(repo, c, &cancel, &canceled), QString());
            QVERIFY(canceled);

            // A folder that is not there.
            std::vector<GitStream> m(1);
            m[0] = GitStream{{QStringLiteral("status")}, {}, [](QByteArrayView) {}, {}};
            QVERIFY(!runner(dir.filePath(QStringLiteral("missing")), m, nullptr, &canceled).isEmpty());
        }
#endif
    }
};

QTEST_GUILESS_MAIN(TstGitParts)
#include "tst_gitparts.moc"
