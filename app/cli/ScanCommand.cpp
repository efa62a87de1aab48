#include "app/cli/ScanCommand.h"
#include "app/core/FileTr.h"

#include "app/cli/CommandLine.h"
#include "app/cli/ScanKeychainMatch.h"
#include "app/cli/TerminalText.h"
#include "app/core/Redact.h"
#include "app/scan/ReportExport.h"
#include "app/scan/ScanJob.h"
#include "app/scan/TextEscape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace r8::cli {

R8_FILE_TR(r8::cli::ScanCommand)

namespace {

QStringList secretsOf(const QList<scan::Finding>& findings)
{
    QStringList s;
    for (const scan::Finding& f : findings) {
        if (f.legacyShape)
            s.append(f.secret);
    }
    s.removeDuplicates();
    return s;
}

// Every line printed is one line: names from the disk or a repository are escaped
// (escapeControls) so that they cannot fake a finding or move the cursor.
void printText(Context& ctx, const scan::ScanReport& r, const QHash<QString, QString>& names)
{
    // r8::redact masks r8_ tokens by pattern; only other shapes need naming (see ReportExport).
    const QStringList secrets = secretsOf(r.findings);
    const auto safe = [&secrets](const QString& s) { return scan::escapeControls(redact(s, secrets)); };
    for (const scan::Finding& f : r.findings) {
        QStringList notes;
        notes << (f.isKnownToken()
                      ? tr("keychain token “%1”").arg(oneLine(names.value(f.recordId, f.recordId)))
                      : tr("not in the keychain"));
        if (f.legacyShape)
            notes << tr("older token shape");
        if (f.gitIgnored)
            notes << tr("git-ignored");
        if (f.kind == scan::Finding::Kind::GitCommit)
            notes << scan::gitReachText(f.gitReach);
        if (f.live != scan::Finding::Live::NotChecked)
            notes << scan::liveText(f.live);
        ctx.out << safe(QStringLiteral("%1  %2  [%3] %4")
                            .arg(f.masked, f.location(), scan::kindText(f), notes.join(QLatin1String(", "))))
                << '\n';
    }
    for (const scan::ScanProblem& p : r.unreadable)
        ctx.err << safe(tr("r8 scan: not scanned: %1: %2").arg(p.path, p.reason)) << '\n';
    for (const QString& e : r.errors)
        ctx.err << safe(tr("r8 scan: %1").arg(e)) << '\n';
    for (const QString& n : r.notes)
        ctx.err << safe(tr("r8 scan: %1").arg(n)) << '\n';
    QString summary = scan::scanVerdict(r);
    summary +=
        QLatin1Char(' ') +
        tr("Read %1 files (%2 bytes; %3 binary, %4 UTF-16, %5 archives with %6 members); %7 symlink loops "
           "avoided; %8 broken symlinks; %9 not (fully) read.")
            .arg(r.filesScanned)
            .arg(r.bytesScanned)
            .arg(r.binaryFiles)
            .arg(r.utf16Files)
            .arg(r.archivesScanned)
            .arg(r.archiveMembers)
            .arg(r.symlinkLoopsAvoided)
            .arg(r.brokenSymlinks)
            .arg(r.unreadable.size());
    if (!r.repositories.isEmpty())
        summary += QLatin1Char(' ') +
                   tr("History: %1 commits, %2 git objects.").arg(r.commitsScanned).arg(r.gitObjectsScanned);
    ctx.err << safe(summary) << '\n';
}
} // namespace

QString ScanCommand::summary() const
{
    return tr("Look for exposed Replicate tokens in folders, git history and shell history.");
}

int ScanCommand::run(Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Usage: r8 scan [PATH...] [--git] [--history] [--machine] [--json|--markdown] [--verify]\n"
           "Finds r8_ tokens (and REPLICATE_API_TOKEN assignments of older tokens) in files, folders\n"
           "(recursively, git-ignored files included; binary files, UTF-16 text and archives too), every\n"
           "object of a repository's history, and shell history. No PATH and no --history/--machine: the\n"
           "current folder. Exit 0: nothing found and everything read; 1: found; 2: error, or something\n"
           "could not be read (an incomplete scan is never reported clean)."));
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("git"),
         tr("Also scan the history of the repositories the paths are in: every object (all refs, stash, "
            "reflog, unreachable commits, commit and tag messages).")});
    p.addOption({QStringLiteral("history"), tr("Scan shell history (bash, zsh, fish).")});
    p.addOption(
        {QStringLiteral("machine"), tr("Check this machine: shell history, ~/.config/replicate/hosts, "
                                       "~/.netrc, shell start-up files, ~/.env*.")});
    p.addOption({QStringLiteral("json"), tr("Print the report as JSON (masked tokens only).")});
    p.addOption({QStringLiteral("markdown"), tr("Print the report as Markdown (masked tokens only).")});
    p.addOption({QStringLiteral("verify"),
                 tr("Ask the API (GET /v1/account) whether tokens not in the keychain are live.")});
    p.addOption({QStringLiteral("base-url"),
                 tr("--verify: the API base URL (default: REPLICATE_BASE_URL or Replicate's)."),
                 QStringLiteral("URL")});
    p.addOption({QStringLiteral("max-size"),
                 tr("Do not read files larger than this many MiB (default: no limit; a file not read makes "
                    "the scan incomplete, exit 2)."),
                 QStringLiteral("MIB")});
    p.addOption({QStringLiteral("no-keychain"), tr("Do not compare findings with the keychain's tokens.")});
    p.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders to scan."),
                            QStringLiteral("[PATH...]"));
    if (const auto exit = parseCommandLine(ctx, p, QStringLiteral("scan"), ctx.args))
        return *exit;
    scan::ScanRequest req;
    req.paths = p.positionalArguments();
    req.gitHistory = p.isSet(QStringLiteral("git"));
    req.shellHistory = p.isSet(QStringLiteral("history")) || p.isSet(QStringLiteral("machine"));
    req.knownHomes = p.isSet(QStringLiteral("machine"));
    if (p.isSet(QStringLiteral("max-size"))) {
        bool ok = false;
        const qint64 mib = p.value(QStringLiteral("max-size")).toLongLong(&ok);
        if (!ok || mib <= 0) {
            ctx.err << tr("r8 scan: --max-size takes a positive number of MiB, e.g. --max-size 100.") << '\n';
            return Usage;
        }
        req.maxFileSize = mib * 1024 * 1024;
    }
    if (p.isSet(QStringLiteral("json")) && p.isSet(QStringLiteral("markdown"))) {
        ctx.err << tr("r8 scan: choose one of --json and --markdown.") << '\n';
        return Usage;
    }
    if (req.paths.isEmpty() && !req.shellHistory && !req.knownHomes)
        req.paths.append(QDir::currentPath());

    scan::ScanJob job;
    scan::ScanReport report = job.run(req, nullptr);
    QHash<QString, QString> names;
    if (!p.isSet(QStringLiteral("no-keychain"))) {
        QString note;
        names = matchKeychainTokens(report.findings, &note);
        if (!note.isEmpty())
            report.notes.append(note);
    }
    if (p.isSet(QStringLiteral("verify"))) {
        QString base = p.value(QStringLiteral("base-url"));
        if (base.isEmpty())
            base = qEnvironmentVariable("REPLICATE_BASE_URL");
        verifyUnknownTokens(report.findings, base);
    }
    if (p.isSet(QStringLiteral("json")))
        ctx.out << QString::fromUtf8(scan::reportToJson(report, names));
    else if (p.isSet(QStringLiteral("markdown")))
        ctx.out << multiLine(scan::reportToMarkdown(report, names));
    else
        printText(ctx, report, names);
    if (!report.findings.isEmpty())
        return Failure;                    // 1: found (whether or not everything could be read)
    return report.complete() ? Ok : Usage; // 2: not everything asked for was read: never "clean"
}

} // namespace r8::cli
