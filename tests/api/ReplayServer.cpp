#include "tests/api/ReplayServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace r8::test {

bool parseRecording(const QByteArray& json, QList<RecordedExchange>* out, QString* error)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = perr.errorString();
        return false;
    }
    for (const QJsonValue& v : doc.object().value(QLatin1String("interactions")).toArray()) {
        const QJsonObject req = v[QLatin1String("request")].toObject();
        const QJsonObject res = v[QLatin1String("response")].toObject();
        RecordedExchange e;
        e.method = req.value(QLatin1String("method")).toString().toLatin1();
        const QUrl uri(req.value(QLatin1String("uri")).toString());
        e.target = uri.path(QUrl::FullyEncoded).toLatin1();
        if (uri.hasQuery())
            e.target += '?' + uri.query(QUrl::FullyEncoded).toLatin1();
        e.requestBody = req.value(QLatin1String("body")).toString().toUtf8();
        e.status = res.value(QLatin1String("status")).toInt();
        e.contentType = res.value(QLatin1String("headers"))
                            .toObject()
                            .value(QLatin1String("content-type"))
                            .toString()
                            .toLatin1();
        const QString body = res.value(QLatin1String("body")).toString();
        e.body = res.value(QLatin1String("body_base64")).toBool() ? QByteArray::fromBase64(body.toLatin1())
                                                                  : body.toUtf8();
        if (e.method.isEmpty() || e.status == 0) {
            *error = QStringLiteral("an interaction without method or status");
            return false;
        }
        out->append(e);
    }
    return true;
}

ReplayServer::ReplayServer(const QList<RecordedExchange>& exchanges, QObject* parent)
    : QObject(parent), m_server([this](const RawRequest& r) {
          auto it = m_queues.find(r.method + ' ' + r.target);
          if (it == m_queues.end() || it->isEmpty()) {
              ++m_unmatched;
              return respond(404, R"({"detail":"not recorded"})", "application/problem+json");
          }
          const RecordedExchange e = it->dequeue();
          return respond(e.status, e.body, e.contentType);
      })
{
    for (const RecordedExchange& e : exchanges)
        m_queues[e.method + ' ' + e.target].enqueue(e);
}

QUrl ReplayServer::url(const QByteArray& target) const
{
    return QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(m_server.port()) + target);
}

} // namespace r8::test
