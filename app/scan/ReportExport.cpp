#include "app/scan/ReportExport.h"
#include "app/core/FileTr.h"

#include "app/core/Redact.h"
#include "app/scan/TextEscape.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::scan {

R8_FILE_TR(r8::scan::ReportExport)

namespace {

// The last guard's list: r8::redact masks every r8_ token by pattern already, so only the
// secrets of other shapes are passed (passing thousands of findings would make it quadratic).
QStringList secretsOf(const ScanReport& r)
{
    QStringList s;
    for (const Finding& f : r.findings) {
        if (f.legacyShape)
            s.append(f.secret);
    }
    s.removeDuplicates();
    return s;
}

QString cell(const QString& text)
{
    return escapeControls(text).replace(QLatin1Char('|'), QLatin1String("\\|"));
}
} // namespace

QString scanVerdict(const ScanReport& r)
{
    const int found = int(r.findings.size());
    if (r.complete())
        return found == 0 ? tr("No exposed token found.") : tr("%n exposed token(s) found.", nullptr, found);
    const int missed = int(r.unreadable.size() + r.errors.size());
    const QString head = found == 0
                             ? tr("No exposed token found in what was read, but the scan is INCOMPLETE: "
                                  "this is not a clean result.")
                             : tr("%n exposed token(s) found, and the scan is INCOMPLETE.", nullptr, found);
    return head + QLatin1Char(' ') +
           (r.canceled ? tr("It was canceled.")
                       : tr("%n place(s) could not be (fully) read; see “not scanned”.", nullptr, missed));
}

QString reportToMarkdown(const ScanReport& r, const RecordNames& names)
{
    QString md;
    md += QLatin1String("# ") + tr("r8desk leak check") + QLatin1String("\n\n");
    if (r.finishedAt.isValid())
        md += tr("Finished %1.").arg(r.finishedAt.toString(Qt::ISODate)) + QLatin1String("\n\n");
    if (r.canceled)
        md += QLatin1String("**") + tr("Canceled: the scan did not finish.") + QLatin1String("**\n\n");
    md += escapeControls(scanVerdict(r)) + QLatin1String("\n\n");
    if (!r.findings.isEmpty()) {
        md += QLatin1String("| ") + tr("Where") + QLatin1String(" | ") + tr("Kind") + QLatin1String(" | ") +
              tr("Token") + QLatin1String(" | ") + tr("In keychain") + QLatin1String(" | ") + tr("Notes") +
              QLatin1String(" |\n|---|---|---|---|---|\n");
        for (const Finding& f : r.findings) {
            QStringList notes;
            if (f.legacyShape)
                notes << tr("older token shape");
            if (f.gitIgnored)
                notes << tr("git-ignored");
            if (f.kind == Finding::Kind::GitCommit)
                notes << gitReachText(f.gitReach);
            if (f.live != Finding::Live::NotChecked)
                notes << liveText(f.live);
            const QString known = f.isKnownToken() ? names.value(f.recordId, f.recordId) : tr("no");
            md += QLatin1String("| ") + cell(f.location()) + QLatin1String(" | ") + kindText(f) +
                  QLatin1String(" | `") + f.masked + QLatin1String("` | ") + cell(known) +
                  QLatin1String(" | ") + cell(notes.join(QLatin1String(", "))) + QLatin1String(" |\n");
        }
        md += QLatin1Char('\n');
    }
    md += QLatin1String("## ") + tr("Scanned") + QLatin1String("\n\n");
    md += QLatin1String("- ") + tr("Files: %1 (%2 bytes)").arg(r.filesScanned).arg(r.bytesScanned) +
          QLatin1Char('\n');
    md += QLatin1String("- ") + tr("Binary files (read like any file): %1").arg(r.binaryFiles) +
          QLatin1Char('\n');
    md += QLatin1String("- ") + tr("UTF-16 files (decoded): %1").arg(r.utf16Files) + QLatin1Char('\n');
    md += QLatin1String("- ") +
          tr("Archives read inside: %1 (%2 members)").arg(r.archivesScanned).arg(r.archiveMembers) +
          QLatin1Char('\n');
    md += QLatin1String("- ") + tr("Files over the --max-size limit (not read): %1").arg(r.skippedTooLarge) +
          QLatin1Char('\n');
    md += QLatin1String("- ") + tr("Symbolic link loops avoided: %1").arg(r.symlinkLoopsAvoided) +
          QLatin1Char('\n');
    if (!r.repositories.isEmpty())
        md += QLatin1String("- ") +
              tr("Git history: %1 commits in %2")
                  .arg(r.commitsScanned)
                  .arg(escapeControls(r.repositories.join(QLatin1String(", ")))) +
              QLatin1Char('\n');
    for (const QString& n : r.notes)
        md += QLatin1String("- ") + escapeControls(n) + QLatin1Char('\n');
    if (!r.unreadable.isEmpty() || !r.errors.isEmpty()) {
        md += QLatin1String("\n## ") + tr("Not scanned") + QLatin1String("\n\n");
        for (const QString& e : r.errors)
            md += QLatin1String("- ") + escapeControls(e) + QLatin1Char('\n');
        for (const ScanProblem& p : r.unreadable)
            md += QLatin1String("- ") + escapeControls(p.path) + QLatin1String(": ") +
                  escapeControls(p.reason) + QLatin1Char('\n');
    }
    return redact(md, secretsOf(r));
}

QByteArray reportToJson(const ScanReport& r, const RecordNames& names)
{
    QJsonArray findings;
    for (const Finding& f : r.findings)
        findings.append(findingToJson(f, names.value(f.recordId)));
    QJsonArray unreadable;
    for (const ScanProblem& p : r.unreadable)
        unreadable.append(
            QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("reason"), p.reason}});
    const QJsonObject counts{{QStringLiteral("files_scanned"), r.filesScanned},
                             {QStringLiteral("bytes_scanned"), r.bytesScanned},
                             {QStringLiteral("binary_files"), r.binaryFiles},
                             {QStringLiteral("utf16_files"), r.utf16Files},
                             {QStringLiteral("archives_scanned"), r.archivesScanned},
                             {QStringLiteral("archive_members"), r.archiveMembers},
                             {QStringLiteral("skipped_too_large"), r.skippedTooLarge},
                             {QStringLiteral("broken_symlinks"), r.brokenSymlinks},
                             {QStringLiteral("git_objects_scanned"), r.gitObjectsScanned},
                             {QStringLiteral("symlink_loops_avoided"), r.symlinkLoopsAvoided},
                             {QStringLiteral("commits_scanned"), r.commitsScanned},
                             {QStringLiteral("unreadable"), unreadable.size()}};
    const QJsonObject o{{QStringLiteral("findings"), findings},
                        {QStringLiteral("counts"), counts},
                        {QStringLiteral("unreadable"), unreadable},
                        {QStringLiteral("roots"), QJsonArray::fromStringList(r.roots)},
                        {QStringLiteral("repositories"), QJsonArray::fromStringList(r.repositories)},
                        {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
                        {QStringLiteral("errors"), QJsonArray::fromStringList(r.errors)},
                        {QStringLiteral("canceled"), r.canceled},
                        {QStringLiteral("complete"), r.complete()},
                        {QStringLiteral("finished_at"), r.finishedAt.toString(Qt::ISODate)}};
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return redact(text, secretsOf(r)).toUtf8();
}

} // namespace r8::scan
