#include "app/api/JsonFields.h"

#include "app/api/ApiTime.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace r8::api {

QJsonValue JsonFields::value(const char* key)
{
    const QString k = QString::fromLatin1(key);
    m_read.insert(k);
    return m_o.value(k);
}

QString JsonFields::string(const char* key)
{
    const QJsonValue v = value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

QDateTime JsonFields::time(const char* key)
{
    return parseApiTime(string(key));
}

QUrl JsonFields::url(const char* key)
{
    const QString s = string(key);
    return s.isEmpty() ? QUrl() : QUrl(s, QUrl::StrictMode);
}

QJsonObject JsonFields::object(const char* key)
{
    return value(key).toObject();
}

QJsonObject JsonFields::rest() const
{
    QJsonObject r;
    for (auto it = m_o.begin(); it != m_o.end(); ++it) {
        if (!m_read.contains(it.key()))
            r.insert(it.key(), it.value());
    }
    return r;
}

bool parseObject(const QByteArray& body, const QString& what, QJsonObject* out, QString* error)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        if (error) {
            *error =
                body.trimmed().isEmpty()
                    ? QCoreApplication::translate("r8::api",
                                                  "The server sent an empty answer where %1 was expected.")
                          .arg(what)
                    : QCoreApplication::translate(
                          "r8::api", "The server's answer is not valid JSON (%1 at byte %2); expected %3.")
                          .arg(err.errorString())
                          .arg(err.offset)
                          .arg(what);
        }
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate(
                         "r8::api", "The server's answer is JSON but not an object; expected %1.")
                         .arg(what);
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace r8::api
