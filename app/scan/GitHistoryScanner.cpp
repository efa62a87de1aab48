#include "app/scan/GitHistoryScanner.h"
#include "app/core/FileTr.h"

#include "app/scan/GitObjectParser.h"
#include "app/scan/GitRunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcess>
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

// Runs git, handing stdout to `sink` as it arrives; `input` is written to stdin first.
// Returns an error text, or empty.
QString stream(const QString& dir, const QStringList& args, const std::function<void(QByteArrayView)>& sink,
               const std::atomic_bool* cancel, bool* canceled, const QByteArray& input = QByteArray())
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"),
              QStringList{QStringLiteral("-c"), QStringLiteral("core.quotepath=on")} + args);
    if (!git.waitForStarted())
        return tr("git could not be started: %1").arg(git.errorString());
    if (!input.isEmpty())
        git.write(input);
    git.closeWriteChannel();
    // One reused buffer (readAll would allocate — and fault in — a new block per read).
    std::vector<char> buf(256 * 1024);
    const auto drain = [&] {
        while (true) {
            const qint64 n = git.read(buf.data(), qint64(buf.size()));
            if (n <= 0)
                break;
            sink(QByteArrayView(buf.data(), qsizetype(n)));
        }
    };
    while (true) {
        if (cancel && cancel->load()) {
            git.kill();
            git.waitForFinished();
            *canceled = true;
            return QString();
        }
        const bool more = git.waitForReadyRead(200);
        drain();
        if (!more && git.state() == QProcess::NotRunning)
            break;
    }
    drain();
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0)
        return tr("git %1 failed: %2")
            .arg(args.value(0), QString::fromLocal8Bit(git.readAllStandardError()).trimmed().left(500));
    return QString();
}

// Calls `line` for each complete line of a stream.
struct LineSplitter
{
    std::function<void(const QByteArray&)> line;
    QByteArray pending;
    void operator()(QByteArrayView data)
    {
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
    }
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

GitHistoryResult scanGitHistory(const QString& repo, const std::atomic_bool* cancel)
{
    GitHistoryResult r;
    // 1. Every blob, commit and tag object (reachable or not), in pack order: listed by one
    // `cat-file --batch-check`, read by one `cat-file --batch`. Trees are left out: they hold
    // only names and ids, and are most of the bytes (their names are not searched).
    QByteArray ids;
    LineSplitter listLines{[&](const QByteArray& l) {
                               const qsizetype sp = l.indexOf(' ');
                               if (sp > 0 && l.mid(sp + 1) != "tree")
                                   ids += l.left(sp) + '\n';
                           },
                           {}};
    r.error =
        stream(repo,
               {QStringLiteral("cat-file"), QStringLiteral("--batch-all-objects"),
                QStringLiteral("--batch-check=%(objectname) %(objecttype)"), QStringLiteral("--unordered")},
               std::ref(listLines), cancel, &r.canceled);
    if (!r.error.isEmpty() || r.canceled || ids.isEmpty())
        return r;
    GitObjectParser parser;
    QList<GitObjectHit> found;
    r.error = stream(
        repo, {QStringLiteral("cat-file"), QStringLiteral("--batch"), QStringLiteral("--buffer")},
        [&](QByteArrayView d) {
            parser.feed(d);
            found.append(parser.takeHits());
        },
        cancel, &r.canceled, ids);
    ids = QByteArray();
    parser.finish();
    found.append(parser.takeHits());
    r.commits = qint64(parser.commitIds().size());
    r.objects = parser.objects();
    if (!r.error.isEmpty() || r.canceled)
        return r;
    if (parser.malformed()) {
        r.error = tr("git cat-file gave output that could not be read");
        return r;
    }
    if (found.isEmpty())
        return r;

    // 2. Where are they? The refs pointing at tag objects (only when a tag message has a token).
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

    QHash<QByteArray, QList<const GitObjectHit*>> blobHits;
    QSet<QByteArray> interesting; // commits whose reach is needed
    for (const GitObjectHit& h : found) {
        if (h.type == GitObjectHit::Type::Blob)
            blobHits[h.oid].append(&h);
        else if (h.type == GitObjectHit::Type::Commit)
            interesting.insert(h.oid);
    }

    // 3. Blobs: which commits added them at which path — one log stream over every commit object
    // the stream saw (reachable or not), each diffed against its first parent, without a walk.
    struct Added
    {
        QByteArray commit, path;
    };
    QHash<QByteArray, QList<Added>> addedBy;
    if (!blobHits.isEmpty()) {
        QByteArray allCommits;
        allCommits.reserve(qsizetype(parser.commitIds().size()) * 41);
        for (const QByteArray& c : parser.commitIds())
            allCommits += c + '\n';
        QStringList args{QStringLiteral("log"),          QStringLiteral("--no-walk=unsorted"),
                         QStringLiteral("--stdin"),      QStringLiteral("--format=%x01%H"),
                         QStringLiteral("--raw"),        QStringLiteral("--no-abbrev"),
                         QStringLiteral("--no-renames"), QStringLiteral("--diff-merges=first-parent")};
        for (auto it = blobHits.cbegin(); it != blobHits.cend(); ++it)
            args << QStringLiteral("--find-object=%1").arg(QString::fromLatin1(it.key()));
        QByteArray commit;
        LineSplitter logLines{[&](const QByteArray& l) {
                                  if (l.startsWith('\x01')) {
                                      commit = l.mid(1);
                                      return;
                                  }
                                  if (!l.startsWith(':'))
                                      return;
                                  // ":100644 100644 <old> <new> M\tpath"
                                  const qsizetype tab = l.indexOf('\t');
                                  const QList<QByteArray> f = l.left(tab).split(' ');
                                  if (tab < 0 || f.size() < 5)
                                      return;
                                  const QByteArray& newOid = f.at(3);
                                  if (blobHits.contains(newOid))
                                      addedBy[newOid].append({commit, unquoteGitPath(l.mid(tab + 1))});
                              },
                              {}};
        r.error = stream(repo, args, std::ref(logLines), cancel, &r.canceled, allCommits);
        if (!r.error.isEmpty() || r.canceled)
            return r;
        for (auto it = addedBy.cbegin(); it != addedBy.cend(); ++it) {
            for (const Added& a : it.value())
                interesting.insert(a.commit);
        }
    }

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
            // A name in a tree: which commits hold the tree is not looked up; assume the worst.
            g.where = Finding::GitWhere::FileName;
            g.reach = Finding::GitReach::Pushed;
            r.hits.append(g);
            break;
        }
    }
    return r;
}

} // namespace r8::scan
