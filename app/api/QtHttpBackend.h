#pragma once
#include "app/api/HttpRoundTrip.h"

class QNetworkAccessManager;

namespace r8::api {

// The portable backend: Qt's QNetworkAccessManager (owned here). Used where libcurl cannot be
// loaded (and with R8_HTTP_BACKEND=qt); slower per request on Linux than CurlHttpBackend.
class QtHttpBackend : public HttpBackend
{
    Q_OBJECT
public:
    explicit QtHttpBackend(QObject* parent = nullptr);
    HttpRoundTrip* start(const HttpOutgoing& request) override;
    QString name() const override { return QStringLiteral("qt"); }

private:
    QNetworkAccessManager* m_nam;
};

} // namespace r8::api
