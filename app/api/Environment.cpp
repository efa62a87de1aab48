#include "app/api/Environment.h"

#include "app/core/AppInfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::api {

QUrl defaultApiBase()
{
    return QUrl(QString::fromLatin1(appinfo::kDefaultApiBase));
}

QByteArray environmentsToJson(const QList<Environment>& custom)
{
    QJsonArray arr;
    for (const Environment& e : custom) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("base_url"), e.baseUrl.toString());
        arr.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("environments"), arr);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool environmentsFromJson(const QByteArray& bytes, QList<Environment>* out, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("r8::api", "The environments file is not valid JSON (%1).")
                        .arg(perr.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 1)
        return fail(
            QCoreApplication::translate("r8::api", "The environments file has an unknown format version."));
    QList<Environment> list;
    for (const QJsonValue& v : root.value(QLatin1String("environments")).toArray()) {
        const QJsonObject o = v.toObject();
        Environment e;
        e.name = o.value(QLatin1String("name")).toString().trimmed();
        e.baseUrl = QUrl(o.value(QLatin1String("base_url")).toString(), QUrl::StrictMode);
        if (e.name.isEmpty() || !e.baseUrl.isValid() || e.baseUrl.isRelative())
            return fail(QCoreApplication::translate("r8::api",
                                                    "The environments file has an entry without a name "
                                                    "or with an invalid base URL."));
        e.customUrl = true;
        list.append(e);
    }
    *out = list;
    return true;
}

} // namespace r8::api
