#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

namespace r8::test {

QString makeToken()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    QString t = QStringLiteral("r8_");
    for (int i = 0; i < 37; ++i)
        t += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return t;
}

QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // sockets, fifos
        if (f.readAll().contains(needle))
            hits.append(path);
    }
    return hits;
}

QString recordingsDir()
{
    QString src = qEnvironmentVariable("R8_SOURCE_DIR");
    if (src.isEmpty())
        src = QStringLiteral(".");
    const QString dir = QDir(src).absoluteFilePath(QStringLiteral("../shared/fixtures/replicate-recordings"));
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString secretToolSearch(const QString& service)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAll());
}

qint64 peakRssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QProcessEnvironment withoutAsanQuarantine(QProcessEnvironment env)
{
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                                                   QStringLiteral("quarantine_size_mb=0"));
    return env;
}

} // namespace r8::test
