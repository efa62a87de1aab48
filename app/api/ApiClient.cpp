#include "ApiClient.h"

#include "ApiCall.h"
#include "core/AppInfo.h"

#include <QMetaMethod>
#include <QNetworkAccessManager>

namespace r8::api {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent),
      m_userAgent(QByteArray("r8desk/") + appinfo::kVersion)
{
}

QNetworkAccessManager* ApiClient::network()
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        // Redirects are followed by ApiCall itself, so that the token never crosses origins.
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_nam;
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
