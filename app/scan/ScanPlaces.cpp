#include "app/scan/ScanPlaces.h"

#include <QDir>
#include <QSet>

namespace r8::scan {

namespace {
QString xdg(const QProcessEnvironment& env, const char* var, const QString& home, const char* fallback)
{
    const QString v = env.value(QString::fromLatin1(var));
    return v.isEmpty() ? QDir(home).filePath(QString::fromLatin1(fallback)) : v;
}

void addUnique(QList<ScanPlace>& list, QSet<QString>& seen, ScanPlace p)
{
    p.path = QDir::cleanPath(p.path);
    if (!p.path.isEmpty() && !seen.contains(p.path)) {
        seen.insert(p.path);
        list.append(p);
    }
}
} // namespace

QList<ScanPlace> shellHistoryPlaces(const QString& home, const QProcessEnvironment& env)
{
    const QDir h(home);
    const auto hist = Finding::Kind::ShellHistory;
    QList<ScanPlace> out;
    QSet<QString> seen;
    const QString bash = QStringLiteral("bash"), zsh = QStringLiteral("zsh");
    addUnique(out, seen,
              {h.filePath(QStringLiteral(".bash_history")), hist, bash, ByteTransform::Kind::None});
    const QString histfile = env.value(QStringLiteral("HISTFILE"));
    if (!histfile.isEmpty()) {
        const bool isZsh =
            histfile.contains(QLatin1String("zsh")) || histfile.contains(QLatin1String("zhistory"));
        addUnique(out, seen,
                  {histfile, hist, isZsh ? zsh : bash,
                   isZsh ? ByteTransform::Kind::ZshMetafied : ByteTransform::Kind::None});
    }
    const auto meta = ByteTransform::Kind::ZshMetafied;
    addUnique(out, seen, {h.filePath(QStringLiteral(".zsh_history")), hist, zsh, meta});
    addUnique(out, seen, {h.filePath(QStringLiteral(".zhistory")), hist, zsh, meta});
    const QString zdot = env.value(QStringLiteral("ZDOTDIR"));
    if (!zdot.isEmpty())
        addUnique(out, seen, {QDir(zdot).filePath(QStringLiteral(".zsh_history")), hist, zsh, meta});
    const QString data = xdg(env, "XDG_DATA_HOME", home, ".local/share");
    addUnique(out, seen,
              {QDir(data).filePath(QStringLiteral("fish/fish_history")), hist, QStringLiteral("fish"),
               ByteTransform::Kind::FishEscapes});
    return out;
}

QList<ScanPlace> knownTokenHomes(const QString& home, const QProcessEnvironment& env)
{
    const QDir h(home);
    const auto known = Finding::Kind::KnownHome;
    const auto none = ByteTransform::Kind::None;
    QList<ScanPlace> out;
    QSet<QString> seen;
    const QString config = xdg(env, "XDG_CONFIG_HOME", home, ".config");
    const QString cli = QStringLiteral("replicate-cli");
    addUnique(out, seen, {QDir(config).filePath(QStringLiteral("replicate/hosts")), known, cli, none});
    addUnique(out, seen, {h.filePath(QStringLiteral(".config/replicate/hosts")), known, cli, none});
    addUnique(out, seen, {h.filePath(QStringLiteral(".netrc")), known, QStringLiteral("netrc"), none});
    for (const char* rc : {".bashrc", ".bash_profile", ".profile", ".zshrc", ".zshenv", ".zprofile"})
        addUnique(out, seen, {h.filePath(QString::fromLatin1(rc)), known, QStringLiteral("shell-rc"), none});
    addUnique(
        out, seen,
        {QDir(config).filePath(QStringLiteral("fish/config.fish")), known, QStringLiteral("shell-rc"), none});
    const QStringList envFiles =
        h.entryList({QStringLiteral(".env*")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& name : envFiles)
        addUnique(out, seen, {h.filePath(name), known, QStringLiteral("env"), none});
    return out;
}

} // namespace r8::scan
