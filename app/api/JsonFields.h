#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QUrl>

namespace r8::api {

// Reads fields of one JSON object leniently (wrong type or null = empty) and remembers which keys
// were read, so that the rest can be kept untouched as "extra" — parsing loses nothing.
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject& o) : m_o(o) {}

    bool has(const char* key) const { return m_o.contains(QLatin1String(key)); }
    QJsonValue value(const char* key);
    QString string(const char* key);
    QDateTime time(const char* key); // invalid when absent, null or malformed
    QUrl url(const char* key);
    QJsonObject object(const char* key);
    // The keys that were never read, with their values.
    QJsonObject rest() const;

private:
    const QJsonObject& m_o;
    QSet<QString> m_read;
};

// Parses a whole body as one JSON object; on failure false and a translated message naming `what`.
bool parseObject(const QByteArray& body, const QString& what, QJsonObject* out, QString* error);

} // namespace r8::api
