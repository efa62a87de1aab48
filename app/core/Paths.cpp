#include "app/core/Paths.h"

#include "app/core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace r8 {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(appinfo::kName));
    // No organisation name: it would nest the data folder as r8desk/r8desk.
    QCoreApplication::setOrganizationDomain(QStringLiteral("r8desk.dev"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(appinfo::kVersion));
}

QString appDataDir()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    makePrivateDir(dir);
    return dir;
}

bool makePrivateDir(const QString& path)
{
#ifdef Q_OS_UNIX
    const QString abs = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString p = abs;
    while (!p.isEmpty() && !QFileInfo::exists(p)) {
        missing.prepend(p);
        const QString up = QFileInfo(p).absolutePath();
        if (up == p)
            break;
        p = up;
    }
    for (const QString& m : std::as_const(missing)) {
        // mkdir's mode is masked by the umask; chmod afterwards makes it exact.
        if (::mkdir(QFile::encodeName(m).constData(), 0700) != 0 && !QFileInfo(m).isDir())
            return false;
        ::chmod(QFile::encodeName(m).constData(), 0700);
    }
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(abs).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    if (st.st_uid == ::getuid() && (st.st_mode & 077) != 0)
        return ::chmod(QFile::encodeName(abs).constData(), 0700) == 0;
    return true;
#else
    return QDir().mkpath(path);
#endif
}

QString writableByOthers(const QString& path)
{
#ifdef Q_OS_UNIX
    const auto tr = [](const char* s) { return QCoreApplication::translate("r8::Paths", s); };
    const uid_t me = ::getuid();
    auto check = [&](const QString& p, bool isFolder) -> QString {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(p).constData(), &st) != 0)
            return {};
        const QString shown = QDir::toNativeSeparators(p);
        if (st.st_uid != me && st.st_uid != 0)
            return tr("%1 belongs to another user (uid %2).").arg(shown).arg(st.st_uid);
        // A sticky folder (like /tmp) still lets others create files, but not replace ours.
        const bool sticky = isFolder && (st.st_mode & S_ISVTX);
        if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !sticky)
            return tr("%1 can be changed by other users (mode %2).")
                .arg(shown)
                .arg(QString::number(st.st_mode & 07777, 8));
        return {};
    };
    const QFileInfo fi(path);
    QString why = check(fi.absoluteFilePath(), false);
    if (why.isEmpty())
        why = check(fi.absolutePath(), true);
    return why;
#else
    Q_UNUSED(path);
    return {};
#endif
}

} // namespace r8
