#include "app/api/QtHttpBackend.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace r8::api {

namespace {

class QtRoundTrip : public HttpRoundTrip
{
public:
    QtRoundTrip(QNetworkReply* reply, QObject* parent) : HttpRoundTrip(parent), m_reply(reply)
    {
        connect(reply, &QNetworkReply::requestSent, this, &HttpRoundTrip::progressed);
        connect(reply, &QNetworkReply::uploadProgress, this, &HttpRoundTrip::progressed);
        connect(reply, &QNetworkReply::metaDataChanged, this, &QtRoundTrip::takeHeaders);
        connect(reply, &QNetworkReply::readyRead, this, [this] {
            takeHeaders();
            if (m_reply)
                emit data(m_reply->readAll());
        });
        connect(reply, &QNetworkReply::finished, this, &QtRoundTrip::onFinished);
    }

    ~QtRoundTrip() override
    {
        if (m_reply) {
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }

    void abort() override
    {
        if (m_finished)
            return;
        m_aborted = true;
        if (m_reply)
            m_reply->abort(); // emits finished → onFinished
    }

private:
    void takeHeaders()
    {
        if (m_headersSent || !m_reply)
            return;
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid())
            return;
        m_headersSent = true;
        m_status = status.toInt();
        m_headers = m_reply->rawHeaderPairs();
        emit headersReady();
    }

    void onFinished()
    {
        QNetworkReply* reply = m_reply;
        if (!reply || m_finished)
            return;
        takeHeaders();
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && !m_aborted)
            emit data(rest);
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();
        const QNetworkReply::NetworkError error = reply->error();
        m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool transport =
            (error > QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError) ||
            error == QNetworkReply::ProtocolFailure || error == QNetworkReply::ProtocolUnknownError ||
            m_status == 0;
        if (m_aborted)
            m_failure = Failure::Canceled;
        else if (transport && error == QNetworkReply::SslHandshakeFailedError)
            m_failure = Failure::Tls;
        else if (transport && m_status != 0 && error == QNetworkReply::RemoteHostClosedError)
            m_failure = Failure::BrokeOff;
        else if (transport)
            m_failure = Failure::Unreachable;
        if (m_failure != Failure::None)
            m_errorString = reply->errorString();
        m_finished = true;
        emit finished();
    }

    QPointer<QNetworkReply> m_reply;
    bool m_headersSent = false;
    bool m_aborted = false;
};

} // namespace

QtHttpBackend::QtHttpBackend(QObject* parent) : HttpBackend(parent), m_nam(new QNetworkAccessManager(this))
{
    // Redirects are followed by ApiCall itself, so that the token never crosses origins.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpRoundTrip* QtHttpBackend::start(const HttpOutgoing& out)
{
    QNetworkRequest req(out.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(0); // ApiCall's own connect/read timers
    for (const Header& h : out.headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply* reply = (out.method == "GET" && out.body.isEmpty())
                               ? m_nam->get(req)
                               : m_nam->sendCustomRequest(req, out.method, out.body);
    return new QtRoundTrip(reply, this);
}

} // namespace r8::api
