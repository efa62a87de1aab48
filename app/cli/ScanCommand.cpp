#include "app/cli/ScanCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/ScanKeychainMatch.h"
#include "app/cli/TerminalText.h"
#include "app/core/Redact.h"
#include "app/scan/ReportExport.h"
#include "app/scan/ScanJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace r8::cli {

namespace {
QString tr(const char* s, const char* c = nullptr, int n = -1)
{
    return QCoreApplication::translate("r8::cli::ScanCommand", s, c, n);
}

QStringList secretsOf(const QList<scan::Finding>& findings)
{
    QStringList s;
    for (const scan::Finding& f : findings)
        s.append(f.secret);
    return s;
}

void printText(Context& ctx, const scan::ScanReport& r, const QHash<QString, QString>& names)
{
    const QStringList secrets = secretsOf(r.findings);
    for (const scan::Finding& f : r.findings) {
        QStringList notes;
        notes << (f.isKnownToken()
                      ? tr("keychain token “%1”").arg(oneLine(names.value(f.recordId, f.recordId)))
                      : tr("not in the keychain"));
        if (f.legacyShape)
            notes << tr("older token shape");
        if (f.gitIgnored)
            notes << tr("git-ignored");
        if (f.live != scan::Finding::Live::NotChecked)
            notes << scan::liveText(f.live);
        // A file name may hold a newline or an escape sequence: one finding is always one line.
        ctx.out << redact(QStringLiteral("%1  %2  [%3] %4\n")
                              .arg(oneLine(f.masked), oneLine(f.location()), scan::kindText(f.kind),
                                   notes.join(QLatin1String(", "))),
                          secrets);
    }
    for (const scan::ScanProblem& p : r.unreadable)
        ctx.err << redact(tr("r8 scan: not scanned: %1: %2").arg(oneLine(p.path), oneLine(p.reason)), secrets)
                << '\n';
    for (const QString& e : r.errors)
        ctx.err << redact(tr("r8 scan: %1").arg(oneLine(e)), secrets) << '\n';
    for (const QString& n : r.notes)
        ctx.err << redact(tr("r8 scan: %1").arg(oneLine(n)), secrets) << '\n';
    QString summary = r.findings.isEmpty()
                          ? tr("No exposed token found.")
                          : tr("%n exposed token(s) found.", nullptr, int(r.findings.size()));
    summary +=
        QLatin1Char(' ') +
        tr("Scanned %1 files (%2 bytes); skipped %3 binary and %4 over the size limit; %5 symlink loops "
           "avoided; %6 not readable.")
            .arg(r.filesScanned)
            .arg(r.bytesScanned)
            .arg(r.skippedBinary)
            .arg(r.skippedTooLarge)
            .arg(r.symlinkLoopsAvoided)
            .arg(r.unreadable.size());
    if (!r.repositories.isEmpty())
        summary += QLatin1Char(' ') + tr("History: %1 commits.").arg(r.commitsScanned);
    ctx.err << summary << '\n';
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
           "(recursively, git-ignored files included), git history and shell history. No PATH and no\n"
           "--history/--machine: the current folder. Exit 0: nothing found; 1: found; 2: error."));
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("git"),
         tr("Also scan the history (all commits, all branches) of the repositories the paths are in.")});
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
    p.addOption({QStringLiteral("max-size"), tr("Skip files larger than this many MiB (default 64)."),
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
    if (!report.errors.isEmpty())
        return Usage; // 2: the scan could not do what was asked
    return report.findings.isEmpty() ? Ok : Failure;
}

} // namespace r8::cli
