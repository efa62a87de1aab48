#include "app/scan/Finding.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace r8::scan {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("r8::scan::Finding", s);
}
} // namespace

QString Finding::location() const
{
    if (kind == Kind::GitCommit) {
        QString s = tr("%1 @ %2: %3").arg(path, commit.left(10), commitPath);
        return line > 0 ? s + QLatin1Char(':') + QString::number(line) : s;
    }
    if (cell > 0)
        return line > 0 ? tr("%1 cell %2, line %3").arg(path).arg(cell).arg(line)
                        : tr("%1 cell %2 (output)").arg(path).arg(cell);
    return line > 0 ? path + QLatin1Char(':') + QString::number(line) : path;
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
    if (f.kind == Finding::Kind::GitCommit) {
        o.insert(QStringLiteral("commit"), f.commit);
        o.insert(QStringLiteral("commit_path"), f.commitPath);
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
