#include "app/scan/FileScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::scan {

namespace {
QString joined(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    QString s;
    for (const QJsonValue& part : v.toArray())
        s += part.toString();
    return s;
}

void collectStrings(const QJsonValue& v, QString* out)
{
    if (v.isString()) {
        *out += v.toString();
        *out += QLatin1Char('\n');
    } else if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            collectStrings(x, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectStrings(it.value(), out);
    }
}
} // namespace

bool scanNotebook(const QByteArray& json, QList<FileHit>* hits)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonValue cells = doc.object().value(QLatin1String("cells"));
    if (!cells.isArray())
        return false;
    int index = 0;
    for (const QJsonValue& c : cells.toArray()) {
        ++index;
        const QJsonObject cell = c.toObject();
        for (TokenMatch& m : findTokens(joined(cell.value(QLatin1String("source"))).toUtf8()))
            hits->append(FileHit{std::move(m), index, QString()});
        QString outputs;
        collectStrings(cell.value(QLatin1String("outputs")), &outputs);
        collectStrings(cell.value(QLatin1String("attachments")), &outputs);
        for (TokenMatch& m : findTokens(outputs.toUtf8())) {
            m.line = 0;
            hits->append(FileHit{std::move(m), index, QString()});
        }
    }
    return true;
}

} // namespace r8::scan
