#include "app/core/Paths.h"

#include "app/core/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

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
    QDir().mkpath(dir);
    return dir;
}

} // namespace r8
