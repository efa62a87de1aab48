#include "TestSupport.h"

#include <QJsonDocument>

#include <QJsonArray>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

namespace r8::test {

namespace {
void collectSchemas(const QJsonValue& v, QList<QJsonObject>* out, int depth = 0)
{
    if (depth > 64)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("openapi_schema")).isObject())
            out->append(o.value(QLatin1String("openapi_schema")).toObject());
        for (const auto& c : o)
            collectSchemas(c, out, depth + 1);
    } else if (v.isArray()) {
        for (const auto& c : v.toArray())
            collectSchemas(c, out, depth + 1);
    } else if (v.isString() && v.toString().contains(QLatin1String("openapi_schema"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (!doc.isNull())
            collectSchemas(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), out,
                           depth + 1);
    }
}
} // namespace

QList<QJsonObject> openapiSchemasIn(const QByteArray& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QList<QJsonObject> found;
    collectSchemas(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), &found);
    return found;
}

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

} // namespace r8::test
