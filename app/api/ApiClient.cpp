#include "app/api/ApiClient.h"

#include "app/api/ApiCall.h"
#include "app/core/AppInfo.h"

#include "app/api/CurlHttpBackend.h"
#include "app/api/QtHttpBackend.h"

#include <QMetaMethod>

namespace r8::api {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent), m_userAgent(QByteArray("r8desk/") + appinfo::kVersion)
{}

HttpBackend* ApiClient::backend()
{
    if (!m_backend) {
        QString why;
        if (qgetenv("R8_HTTP_BACKEND") != "qt") {
            m_backend = CurlHttpBackend::create(this, &why);
            if (!m_backend)
                qInfo("r8: libcurl cannot be used (%s); using Qt's network stack", qPrintable(why));
        }
        if (!m_backend)
            m_backend = new QtHttpBackend(this);
    }
    return m_backend;
}

QString ApiClient::backendName()
{
    return backend()->name();
}

ApiClient::~ApiClient() = default;

bool ApiClient::isLogging() const
{
    return isSignalConnected(QMetaMethod::fromSignal(&ApiClient::logged));
}

ApiCall* ApiClient::send(const ApiRequest& request, const ApiTarget& target)
{
    auto* call = new ApiCall(this, request, target);
    call->start();
    return call;
}

} // namespace r8::api
