#include "app/scan/GitHistoryScanner.h"
#include "app/core/FileTr.h"

#include "app/scan/GitObjectParser.h"
#include "app/scan/GitRunner.h"
#include "app/scan/GitStreams.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace r8::scan {

R8_FILE_TR(r8::scan::GitHistoryScanner)

namespace {

constexpr int kMaxLabelledCommits = 32; // commits whose refs are named (one for-each-ref each)
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
// pairs the blobs in `blobHits` with the commits and paths that added or changed them. Until
// `blobsKnown` is set, the change lines are kept (bounded) and flush() pairs them later.
class ChangeCollector
{
public:
    ChangeCollector(const QSet<QByteArray>& blobHits, const bool& blobsKnown,
                    QHash<QByteArray, QList<Added>>& addedBy, QList<NameHit>& names, qsizetype maxPending)
        : m_blobHits(blobHits), m_blobsKnown(blobsKnown), m_addedBy(addedBy), m_names(names),
          m_maxPending(maxPending)
    {}
    ChangeCollector(const ChangeCollector&) = delete;
    ChangeCollector& operator=(const ChangeCollector&) = delete;

    LineSplitter lines{[this](const QByteArray& l) { line(l); }, {}};

    void flush()
    {
        for (const Pending& p : std::as_const(m_pending)) {
            if (m_blobHits.contains(p.oid))
                m_addedBy[p.oid].append({p.commit, p.path});
        }
        m_pending = QList<Pending>();
    }
    bool overflowed() const { return m_overflow; }

private:
    struct Pending
    {
        QByteArray oid, commit, path;
    };
    void line(const QByteArray& l)
    {
        if (l.startsWith('\x01')) {
            m_commit = l.mid(1);
            return;
        }
        if (!l.startsWith(':'))
            return;
        // ":100644 100644 <old> <new> M\tpath" (":000000 100644 <zeros> <new> A\tpath" when added)
        const qsizetype tab = l.indexOf('\t');
        if (tab < 0)
            return;
        const QList<QByteArray> f = l.left(tab).split(' ');
        if (f.size() < 5)
            return;
        const QByteArray& newMode = f.at(1);
        const QByteArray& newOid = f.at(3);
        const char status = f.at(4).isEmpty() ? 0 : f.at(4).front();
        const QByteArray path = unquoteGitPath(l.mid(tab + 1));
        if (status == 'A') {
            const QByteArrayView name = QByteArrayView(path).sliced(path.lastIndexOf('/') + 1);
            for (TokenMatch& m : findTokens(name))
                m_names.append({m_commit, path, newOid, std::move(m)});
        }
        if (status == 'D' || newMode == "040000" || newMode == "160000")
            return; // no new blob
        if (m_blobsKnown) {
            if (m_blobHits.contains(newOid))
                m_addedBy[newOid].append({m_commit, path});
            return;
        }
        if (m_overflow)
            return;
        m_pendingBytes += 96 + newOid.size() + path.size();
        if (m_pendingBytes > m_maxPending) {
            m_overflow = true; // located afterwards, by locateBlobs()
            m_pending = QList<Pending>();
            return;
        }
        m_pending.append({newOid, m_commit, path});
    }

    const QSet<QByteArray>& m_blobHits;
    const bool& m_blobsKnown;
    QHash<QByteArray, QList<Added>>& m_addedBy;
    QList<NameHit>& m_names;
    QByteArray m_commit;
    QList<Pending> m_pending;
    qsizetype m_maxPending;
    qsizetype m_pendingBytes = 0;
    bool m_overflow = false;
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

QByteArray unquoteGitPath(const QByteArray& p)
{
    if (p.size() < 2 || !p.startsWith('"') || !p.endsWith('"'))
        return p;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < p.size(); ++i) {
        char c = p[i];
        if (c != '\\' || i + 2 >= p.size()) {
            out.append(c);
            continue;
        }
        c = p[++i];
        switch (c) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'a':
            out.append('\a');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'v':
            out.append('\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3': {
            int v = c - '0';
            for (int k = 0; k < 2 && i + 2 < p.size() && p[i + 1] >= '0' && p[i + 1] <= '7'; ++k)
                v = v * 8 + (p[++i] - '0');
            out.append(char(v));
            break;
        }
        default:
            out.append(c);
        }
    }
    return out;
}

namespace {
// Which commits added each blob in `blobHits`, at which path: one `log --find-object` stream over
// every commit (used when the change lines could not all be kept while the objects were read).
QString locateBlobs(const QString& repo, const QByteArray& commitIds, const QSet<QByteArray>& blobHits,
                    QHash<QByteArray, QList<Added>>& addedBy, const std::atomic_bool* cancel, bool* canceled)
{
    QStringList args = logArgs();
    for (const QByteArray& oid : blobHits)
        args << QStringLiteral("--find-object=%1").arg(QString::fromLatin1(oid));
    const bool known = true;
    QList<NameHit> names; // already searched
    ChangeCollector changes(blobHits, known, addedBy, names, 0);
    return stream(repo, args, std::ref(changes.lines), cancel, canceled, commitIds);
}
} // namespace

GitHistoryResult scanGitHistory(const QString& repo, const std::atomic_bool* cancel,
                                qsizetype keptChangeBytes)
{
    GitHistoryResult r;
    // 1. `cat-file --batch-all-objects --batch-check` lists every object (reachable or not), in
    // pack order. 2. Then, side by side (two cores): `cat-file --batch` streams the blobs, commits
    // and tags through the token matcher, while `log --raw -t` lists each listed commit's changes
    // against its first parent (without a walk): each added file or folder name is searched, and
    // each blob is paired with the commits and paths that added it. Trees are not read as objects
    // (they hold only names and ids, and are most of the bytes): the names they hold are searched
    // in the change lines, where each has its commit and path. Which blobs matter is known only
    // when the object stream has ended; until then the change lines are kept (bounded by
    // keptChangeBytes: beyond it they are dropped, and the blobs holding tokens are located
    // afterwards by one `log --find-object` stream).
    QByteArray ids, commitIds;
    qsizetype commitCount = 0;
    LineSplitter listLines{[&](const QByteArray& l) {
                               const qsizetype sp = l.indexOf(' ');
                               if (sp <= 0)
                                   return;
                               const QByteArrayView type = QByteArrayView(l).sliced(sp + 1);
                               if (type == "tree")
                                   return;
                               ids += l.left(sp) + '\n';
                               if (type == "commit") {
                                   commitIds += l.left(sp) + '\n';
                                   ++commitCount;
                               }
                           },
                           {}};
    GitObjectParser parser;
    QList<GitObjectHit> found;
    QSet<QByteArray> blobHits; // blobs holding a token: known once the object stream has ended
    bool objectsDone = false;
    QHash<QByteArray, QList<Added>> addedBy;
    QList<NameHit> names;
    ChangeCollector changes(blobHits, objectsDone, addedBy, names, keptChangeBytes);
    std::vector<GitStream> streams;
    streams.push_back(GitStream{{QStringLiteral("cat-file"), QStringLiteral("--batch-all-objects"),
                                 QStringLiteral("--batch-check=%(objectname) %(objecttype)"),
                                 QStringLiteral("--unordered")},
                                {},
                                std::ref(listLines),
                                [&] {
                                    streams[1].input = ids;
                                    streams[1].skip = ids.isEmpty();
                                    streams[2].input = commitIds;
                                    streams[2].skip = commitIds.isEmpty(); // (git would log HEAD)
                                },
                                -1});
    streams.push_back(
        GitStream{{QStringLiteral("cat-file"), QStringLiteral("--batch"), QStringLiteral("--buffer")},
                  {},
                  [&](QByteArrayView d) {
                      parser.feed(d);
                      found.append(parser.takeHits());
                  },
                  [&] {
                      parser.finish();
                      found.append(parser.takeHits());
                      for (const GitObjectHit& h : std::as_const(found)) {
                          if (h.type == GitObjectHit::Type::Blob)
                              blobHits.insert(h.oid);
                      }
                      objectsDone = true;
                      changes.flush();
                  },
                  0});
    streams.push_back(GitStream{logArgs(), {}, std::ref(changes.lines), {}, 0});
    r.error = runGitStreams(repo, streams, cancel, &r.canceled);
    streams.clear();
    ids = QByteArray();
    r.commits = commitCount;
    r.objects = parser.objects();
    if (!r.error.isEmpty() || r.canceled)
        return r;
    if (parser.malformed()) {
        r.error = tr("git cat-file gave output that could not be read");
        return r;
    }
    if (changes.overflowed() && !blobHits.isEmpty()) {
        addedBy.clear();
        r.error = locateBlobs(repo, commitIds, blobHits, addedBy, cancel, &r.canceled);
        if (!r.error.isEmpty() || r.canceled)
            return r;
    }
    commitIds = QByteArray();
    if (found.isEmpty() && names.isEmpty())
        return r;

    // 3. The refs pointing at tag objects (only when a tag message has a token).
    QHash<QByteArray, QList<QByteArray>> refsAt; // object → refs pointing at it
    LineSplitter refLines{[&](const QByteArray& l) {
                              const qsizetype sp = l.indexOf(' ');
                              if (sp > 0)
                                  refsAt[l.left(sp)].append(l.mid(sp + 1));
                          },
                          {}};
    const bool tagHits = std::any_of(found.cbegin(), found.cend(),
                                     [](const GitObjectHit& h) { return h.type == GitObjectHit::Type::Tag; });
    if (tagHits) { // which refs point at each tag object
        r.error = stream(
            repo, {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(objectname) %(refname)")},
            std::ref(refLines), cancel, &r.canceled);
        if (!r.error.isEmpty() || r.canceled)
            return r;
    }

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

    // 4. Where each commit is and whether a push carries it: the refs that contain it
    // (`for-each-ref --contains`, one short call per commit with a finding); beyond a few dozen
    // commits, walks of what branches/tags, remote-tracking refs and all refs reach.
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
    if (interesting.size() <= kMaxLabelledCommits) {
        for (const QByteArray& c : std::as_const(interesting)) {
            QStringList names;
            Finding::GitReach level = Finding::GitReach::Unreachable;
            LineSplitter lines{[&](const QByteArray& l) {
                                   level = classify(l, level);
                                   if (names.size() < kMaxRefsShown)
                                       names << shortRef(l);
                                   else if (names.size() == kMaxRefsShown)
                                       names << QStringLiteral("…");
                               },
                               {}};
            r.error = stream(repo,
                             {QStringLiteral("for-each-ref"), QStringLiteral("--format=%(refname)"),
                              QStringLiteral("--contains"), QString::fromLatin1(c)},
                             std::ref(lines), cancel, &r.canceled);
            if (!r.error.isEmpty() || r.canceled)
                return r;
            reach.insert(c, level);
            refNames.insert(c, names);
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
        r.error = stream(repo, {QStringLiteral("rev-list"), QStringLiteral("--reflog")}, std::ref(lines),
                         cancel, &r.canceled);
        if (!r.error.isEmpty() || r.canceled)
            return r;
    }

    // 5. One hit per place.
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
            // Not read as objects (the names trees hold come from the change lines); if one were,
            // which commits hold it is not looked up: assume the worst.
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
    return r;
}

} // namespace r8::scan
