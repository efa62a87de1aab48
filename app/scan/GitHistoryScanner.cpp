#include "app/scan/GitHistoryScanner.h"
#include "app/core/FileTr.h"

#include "app/scan/GitCommitGraph.h"
#include "app/scan/GitObjectParser.h"
#include "app/scan/GitRawChange.h"
#include "app/scan/GitRunner.h"
#include "app/scan/GitStreams.h"
#include "app/scan/GitTreeIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace r8::scan {

R8_FILE_TR(r8::scan::GitHistoryScanner)

namespace {

constexpr int kMaxRefsShown = 3;

// Runs one git command, handing stdout to `sink` as it arrives; `input` is written to stdin first.
// Returns an error text, or empty.
QString stream(const QString& dir, const QStringList& args, const std::function<void(QByteArrayView)>& sink,
               const std::atomic_bool* cancel, bool* canceled, const QByteArray& input = QByteArray())
{
    std::vector<GitStream> one{{args, input, sink, {}}};
    return runGitStreams(dir, one, cancel, canceled);
}

// Calls `line` for each complete line of a stream. A line over kMaxLine bytes (no path or ref
// name is that long: file systems stop at 4 KiB) is dropped, so memory stays bounded.
struct LineSplitter
{
    static constexpr qsizetype kMaxLine = 1024 * 1024;
    std::function<void(const QByteArray&)> line;
    QByteArray pending;
    bool skipping = false; // inside an over-long line
    void operator()(QByteArrayView data)
    {
        if (skipping) {
            const qsizetype nl = data.indexOf('\n');
            if (nl < 0)
                return;
            skipping = false;
            data = data.sliced(nl + 1);
        }
        pending.append(data.data(), data.size());
        qsizetype start = 0;
        while (true) {
            const qsizetype nl = pending.indexOf('\n', start);
            if (nl < 0)
                break;
            line(pending.mid(start, nl - start));
            start = nl + 1;
        }
        pending.remove(0, start);
        if (pending.size() > kMaxLine) {
            pending.clear();
            skipping = true;
        }
    }
};

struct Added
{
    QByteArray commit, path;
};

// A token in the name of a file or folder a commit added.
struct NameHit
{
    QByteArray commit, path, object;
    TokenMatch match;
};

// Every commit given on stdin, each diffed against its first parent (a root commit against
// nothing), as raw change lines with full ids, folders included (-t), renames as delete + add.
QStringList logArgs()
{
    return {QStringLiteral("log"),
            QStringLiteral("--no-walk=unsorted"),
            QStringLiteral("--stdin"),
            QStringLiteral("--format=%x01%H"),
            QStringLiteral("--raw"),
            QStringLiteral("-t"),
            QStringLiteral("--no-abbrev"),
            QStringLiteral("--no-renames"),
            QStringLiteral("--diff-merges=first-parent"),
            QStringLiteral("--root"), // whatever log.showRoot says
            QStringLiteral("--no-color")};
}

// Reads `git log` output of logArgs(): searches the name of every added file and folder, and
// pairs the blobs in `blobHits` with the commits and paths that added or changed them.
class ChangeCollector
{
public:
    ChangeCollector(const QSet<QByteArray>& blobHits, QHash<QByteArray, QList<Added>>& addedBy,
                    QList<NameHit>& names)
        : m_blobHits(blobHits), m_addedBy(addedBy), m_names(names)
    {}
    ChangeCollector(const ChangeCollector&) = delete;
    ChangeCollector& operator=(const ChangeCollector&) = delete;

    LineSplitter lines{[this](const QByteArray& l) { line(l); }, {}};

private:
    void line(const QByteArray& l)
    {
        if (l.startsWith('\x01')) {
            m_commit = l.mid(1);
            return;
        }
        const std::optional<RawChange> c = parseRawChange(l);
        if (!c)
            return;
        if (c->status == 'A') {
            const QByteArrayView name = QByteArrayView(c->path).sliced(c->path.lastIndexOf('/') + 1);
            for (TokenMatch& m : findTokens(name))
                m_names.append({m_commit, c->path, c->newOid, std::move(m)});
        }
        if (c->status == 'D' || c->newMode == "040000" || c->newMode == "160000")
            return; // no new blob
        if (m_blobHits.contains(c->newOid))
            m_addedBy[c->newOid].append({m_commit, c->path});
    }

    const QSet<QByteArray>& m_blobHits;
    QHash<QByteArray, QList<Added>>& m_addedBy;
    QList<NameHit>& m_names;
    QByteArray m_commit;
};

QString shortRef(const QByteArray& ref)
{
    QByteArray r = ref;
    for (const char* p : {"refs/heads/", "refs/tags/"}) {
        if (r.startsWith(p))
            return QString::fromUtf8(r.mid(qstrlen(p)));
    }
    if (r.startsWith("refs/"))
        r = r.mid(5);
    return QString::fromUtf8(r);
}
} // namespace

GitHistoryResult scanGitHistory(const QString& repo, const std::atomic_bool* cancel,
                                const GitScanTuning& tuning)
{
    GitHistoryResult r;
    // 1. `cat-file --batch-all-objects --batch-check` lists every object (reachable or not), in
    // pack order. 2. Then, side by side (two cores), two `cat-file --batch` streams: the blobs,
    // commits and tags go through the token matcher; the trees have every entry name searched and
    // their shape kept in a compact index (GitTreeIndex).
    // The listing is piped into the two readers as it arrives (they start at once, beside it).
    std::vector<GitStream> streams(4);
    QList<QByteArray> refLines; // every ref: kept (a few hundred bytes each), used when something is found
    LineSplitter refSplitter{[&](const QByteArray& l) { refLines.append(l); }, {}};
    QByteArray ids, treeIds, commitIds;
    qsizetype commitCount = 0;
    LineSplitter listLines{[&](const QByteArray& l) {
                               const qsizetype sp = l.indexOf(' ');
                               if (sp <= 0)
                                   return;
                               const QByteArrayView type = QByteArrayView(l).sliced(sp + 1);
                               const QByteArrayView id = QByteArrayView(l).first(sp + 1);
                               (type == "tree" ? treeIds : ids).append(id.data(), sp).append('\n');
                               if (type == "commit") {
                                   commitIds.append(id.data(), sp).append('\n');
                                   ++commitCount;
                               }
                           },
                           {}};
    const auto sendIds = [&] {
        streams[2].send(ids);
        streams[1].send(treeIds);
        ids.clear();
        treeIds.clear();
    };
    GitObjectParser parser;
    GitTreeIndex trees(tuning.treeIndexBytes);
    streams[0] = GitStream{{QStringLiteral("cat-file"), QStringLiteral("--batch-all-objects"),
                            QStringLiteral("--batch-check=%(objectname) %(objecttype)"),
                            QStringLiteral("--unordered")},
                           {},
                           [&](QByteArrayView d) {
                               listLines(d);
                               sendIds();
                           },
                           [&] {
                               sendIds();
                               streams[1].closeInput();
                               streams[2].closeInput();
                           }};
    const QStringList batch{QStringLiteral("cat-file"), QStringLiteral("--batch"),
                            QStringLiteral("--buffer")};
    // Once the other objects are read (usually well before the trees), the blobs holding a token
    // are known, and from then on the index keeps only the tree entries that may point at them.
    streams[2] = GitStream{batch,
                           {},
                           [&](QByteArrayView d) { parser.feed(d); },
                           [&] {
                               parser.finish();
                               QList<QByteArray> blobs;
                               for (const GitObjectHit& h : parser.hits()) {
                                   if (h.type == GitObjectHit::Type::Blob)
                                       blobs.append(h.oid);
                               }
                               trees.setWantedBlobs(blobs);
                           },
                           true};
    streams[1] = GitStream{
        batch, {}, [&](QByteArrayView d) { trees.feed(d); }, {}, true}; // the longest: started first
    streams[3] = GitStream{
        {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(objectname) %(*objectname) %(refname)")},
        {},
        std::ref(refSplitter),
        {}};
    r.error = runGitStreams(repo, streams, cancel, &r.canceled);
    streams.clear();
    parser.finish();
    trees.finish();
    r.commits = commitCount;
    r.objects = parser.objects() + trees.trees();
    if (!r.error.isEmpty() || r.canceled)
        return r;
    if (parser.malformed() || trees.malformed()) {
        r.error = tr("git cat-file gave output that could not be read");
        return r;
    }
    const QList<GitObjectHit> found = parser.takeHits();
    const QList<TreeNameHit> treeNames = trees.takeNameHits();
    if (found.isEmpty() && treeNames.isEmpty())
        return r;

    // 3. Only when a file or a name holds a token: which commits added it, at which path. The
    // index names the trees holding each such blob or name; the commits whose tree is one of them
    // are diffed against their first parent by one `git log --raw -t` (every commit when the index
    // could not be kept).
    QSet<QByteArray> blobHits;
    for (const GitObjectHit& h : found) {
        if (h.type == GitObjectHit::Type::Blob)
            blobHits.insert(h.oid);
    }
    QHash<QByteArray, QList<Added>> addedBy;
    QList<NameHit> names;
    if (!blobHits.isEmpty() || !treeNames.isEmpty()) {
        QByteArray changed; // the commits to diff
        if (tuning.treeIndex && trees.complete()) {
            QList<QByteArray> nameTrees;
            for (const TreeNameHit& h : treeNames)
                nameTrees.append(h.tree);
            const QSet<QByteArray> holding = trees.treesHolding(blobHits.values(), nameTrees);
            parser.forEachCommit([&](QByteArrayView commit, QByteArrayView tree, QByteArrayView) {
                if (holding.contains(QByteArray::fromRawData(tree.data(), tree.size())))
                    changed += commit.toByteArray().toHex() + '\n';
            });
        } else {
            changed = commitIds;
        }
        ChangeCollector changes(blobHits, addedBy, names);
        if (!changed.isEmpty())
            r.error = stream(repo, logArgs(), std::ref(changes.lines), cancel, &r.canceled, changed);
        if (!r.error.isEmpty() || r.canceled)
            return r;
    }
    commitIds = QByteArray();

    // 4. The refs (listed beside the objects): which point at each tag object, and the commit each
    // ends at (tags peeled).
    QHash<QByteArray, QList<QByteArray>> refsAt; // object (hex) → refs pointing at it
    QList<QByteArray> refList;                   // every ref, in git's order (by name)
    QList<QByteArray> tips;                      // the commit each ends at (binary; empty if none)
    for (const QByteArray& l : std::as_const(refLines)) {
        // "<id> <peeled id, for annotated tags> <refname>"
        const qsizetype s1 = l.indexOf(' ');
        const qsizetype s2 = s1 < 0 ? -1 : l.indexOf(' ', s1 + 1);
        if (s1 <= 0 || s2 < 0)
            continue;
        const QByteArray ref = l.mid(s2 + 1);
        refsAt[l.left(s1)].append(ref);
        QByteArray tip = QByteArray::fromHex(s2 > s1 + 1 ? l.mid(s1 + 1, s2 - s1 - 1) : l.left(s1));
        for (int depth = 0; depth < 8 && parser.tagTargets().contains(tip); ++depth)
            tip = parser.tagTargets().value(tip); // a tag of a tag
        refList.append(ref);
        tips.append(tip);
    }
    refLines.clear();

    QSet<QByteArray> interesting; // commits whose reach is needed
    for (const GitObjectHit& h : std::as_const(found)) {
        if (h.type == GitObjectHit::Type::Commit)
            interesting.insert(h.oid);
    }
    for (auto it = addedBy.cbegin(); it != addedBy.cend(); ++it) {
        for (const Added& a : it.value())
            interesting.insert(a.commit);
    }
    for (const NameHit& n : std::as_const(names))
        interesting.insert(n.commit);

    // 5. Where each commit is and whether a push carries it: the refs that reach it, from the
    // commits' parents as read (GitCommitGraph); if that graph cannot be built, walks of what
    // branches/tags, remote-tracking refs and all refs reach (`git rev-list`), without ref names.
    QHash<QByteArray, Finding::GitReach> reach;
    QHash<QByteArray, QStringList> refNames;
    QList<QByteArray> unplaced; // reached by no ref: the reflog, or nothing
    const auto classify = [](const QByteArray& ref, Finding::GitReach current) {
        Finding::GitReach r = Finding::GitReach::LocalRef;
        if (ref.startsWith("refs/heads/") || ref.startsWith("refs/tags/"))
            r = Finding::GitReach::Pushed;
        else if (ref.startsWith("refs/remotes/"))
            r = Finding::GitReach::OnRemote;
        return std::min(r, current); // Pushed < OnRemote < LocalRef < …
    };
    std::optional<GitCommitGraph> graph;
    if (tuning.commitGraph && !interesting.isEmpty())
        graph.emplace(parser);
    if (graph && graph->ok()) {
        QList<QByteArray> wanted;
        for (const QByteArray& c : std::as_const(interesting))
            wanted.append(QByteArray::fromHex(c));
        const QHash<QByteArray, QList<int>> reaching = graph->refsReaching(tips, wanted);
        for (const QByteArray& c : std::as_const(interesting)) {
            QStringList shown;
            Finding::GitReach level = Finding::GitReach::Unreachable;
            for (const int i : reaching.value(QByteArray::fromHex(c))) {
                const QByteArray& ref = refList.at(i);
                level = classify(ref, level);
                if (shown.size() < kMaxRefsShown)
                    shown << shortRef(ref);
                else if (shown.size() == kMaxRefsShown)
                    shown << QStringLiteral("…");
            }
            reach.insert(c, level);
            refNames.insert(c, shown);
            if (level == Finding::GitReach::Unreachable)
                unplaced.append(c);
        }
    } else {
        for (const QByteArray& c : std::as_const(interesting)) {
            reach.insert(c, Finding::GitReach::Unreachable);
            unplaced.append(c);
        }
        const std::pair<QStringList, Finding::GitReach> walks[] = {
            {{QStringLiteral("--all")}, Finding::GitReach::LocalRef},
            {{QStringLiteral("--remotes")}, Finding::GitReach::OnRemote},
            {{QStringLiteral("--branches"), QStringLiteral("--tags")}, Finding::GitReach::Pushed},
        };
        for (const auto& [revs, level] : walks) {
            const Finding::GitReach lvl = level;
            LineSplitter lines{[&](const QByteArray& l) {
                                   auto it = reach.find(l);
                                   if (it != reach.end())
                                       *it = std::min(*it, lvl);
                               },
                               {}};
            r.error = stream(repo, QStringList{QStringLiteral("rev-list")} + revs, std::ref(lines), cancel,
                             &r.canceled);
            if (!r.error.isEmpty() || r.canceled)
                return r;
        }
        unplaced.erase(std::remove_if(unplaced.begin(), unplaced.end(),
                                      [&](const QByteArray& c) {
                                          return reach.value(c) != Finding::GitReach::Unreachable;
                                      }),
                       unplaced.end());
    }
    if (!unplaced.isEmpty()) { // only the reflog, or nothing at all?
        QSet<QByteArray> wanted(unplaced.begin(), unplaced.end());
        LineSplitter lines{[&](const QByteArray& l) {
                               if (wanted.contains(l))
                                   reach[l] = Finding::GitReach::ReflogOnly;
                           },
                           {}};
        // --stdin (with nothing on it): with no reflog at all (reflogs off, expired, a bare
        // repository) plain `rev-list --reflog` fails for want of a starting point.
        r.error =
            stream(repo, {QStringLiteral("rev-list"), QStringLiteral("--reflog"), QStringLiteral("--stdin")},
                   std::ref(lines), cancel, &r.canceled);
        if (!r.error.isEmpty() || r.canceled)
            return r;
    }

    // 6. One hit per place.
    for (const GitObjectHit& h : found) {
        GitHit g;
        g.object = QString::fromLatin1(h.oid);
        g.line = h.line;
        g.match = h.match;
        switch (h.type) {
        case GitObjectHit::Type::Blob: {
            const QList<Added> added = addedBy.value(h.oid);
            if (added.isEmpty()) {
                g.where = Finding::GitWhere::LooseBlob;
                g.reach = Finding::GitReach::Unreachable;
                r.hits.append(g);
                break;
            }
            QSet<QByteArray> seen;
            for (const Added& a : added) {
                if (seen.contains(a.commit + '\n' + a.path))
                    continue;
                seen.insert(a.commit + '\n' + a.path);
                GitHit x = g;
                x.where = Finding::GitWhere::File;
                x.commit = QString::fromLatin1(a.commit);
                x.path = QString::fromUtf8(a.path);
                x.reach = reach.value(a.commit, Finding::GitReach::Unreachable);
                x.refs = refNames.value(a.commit);
                r.hits.append(x);
            }
            break;
        }
        case GitObjectHit::Type::Commit:
            g.where = Finding::GitWhere::CommitMessage;
            g.commit = g.object;
            g.reach = reach.value(h.oid, Finding::GitReach::Unreachable);
            g.refs = refNames.value(h.oid);
            r.hits.append(g);
            break;
        case GitObjectHit::Type::Tag: {
            g.where = Finding::GitWhere::TagMessage;
            g.reach = Finding::GitReach::Unreachable;
            for (const QByteArray& ref : refsAt.value(h.oid)) {
                g.refs << shortRef(ref);
                if (ref.startsWith("refs/tags/") || ref.startsWith("refs/heads/"))
                    g.reach = Finding::GitReach::Pushed;
                else if (ref.startsWith("refs/remotes/") && g.reach != Finding::GitReach::Pushed)
                    g.reach = Finding::GitReach::OnRemote;
                else if (g.reach == Finding::GitReach::Unreachable)
                    g.reach = Finding::GitReach::LocalRef;
            }
            if (g.refs.isEmpty() && !h.tagName.isEmpty())
                g.refs << QString::fromUtf8(h.tagName) + tr(" (deleted)");
            r.hits.append(g);
            break;
        }
        case GitObjectHit::Type::Tree:
            // Trees are read by GitTreeIndex, not here; if one came here anyway, which commits
            // hold it is not looked up: assume the worst.
            g.where = Finding::GitWhere::FileName;
            g.reach = Finding::GitReach::Pushed;
            r.hits.append(g);
            break;
        }
    }
    for (const NameHit& n : std::as_const(names)) {
        GitHit g;
        g.where = Finding::GitWhere::FileName;
        g.commit = QString::fromLatin1(n.commit);
        g.path = QString::fromUtf8(n.path);
        g.object = QString::fromLatin1(n.object);
        g.reach = reach.value(n.commit, Finding::GitReach::Unreachable);
        g.refs = refNames.value(n.commit);
        g.match = n.match;
        r.hits.append(g);
    }
    // A name in a tree that no commit added (a tree no commit holds, left by a crashed tool or
    // made by hand): the tree, the name and no commit.
    for (const TreeNameHit& t : treeNames) {
        const bool located = std::any_of(names.cbegin(), names.cend(), [&](const NameHit& n) {
            return n.object == t.entry && n.path.endsWith(t.name) &&
                   (n.path.size() == t.name.size() || n.path.at(n.path.size() - t.name.size() - 1) == '/');
        });
        if (located)
            continue;
        GitHit g;
        g.where = Finding::GitWhere::FileName;
        g.reach = Finding::GitReach::Unreachable;
        g.path = QString::fromUtf8(t.name);
        g.object = QString::fromLatin1(t.tree);
        g.match = t.match;
        r.hits.append(g);
    }
    return r;
}

} // namespace r8::scan
