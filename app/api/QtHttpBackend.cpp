#include "app/api/QtHttpBackend.h"
#include "app/api/FileBodyDevice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace r8::api {

namespace {

class QtRoundTrip : public HttpRoundTrip
{
public:
    QtRoundTrip(QNetworkReply* reply, FileBodyDevice* body, QObject* parent)
        : HttpRoundTrip(parent), m_reply(reply), m_body(body)
    {
        if (body)
            body->setParent(this); // Qt reads it until the reply has finished
        if (!reply)
            return; // the body could not be opened: failBody() follows
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
            if (m_body)
                m_body->setParent(m_reply); // as long as the reply may still read it
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
        else
            failBody(); // not started: finishes as Canceled
    }

    // The body could not even be opened: finish without having sent anything.
    void failBody()
    {
        if (m_finished)
            return;
        m_failure = m_aborted ? Failure::Canceled : Failure::Body;
        m_errorString = m_body->errorString();
        m_finished = true;
        emit finished();
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
        else if (m_body && m_body->failed())
            m_failure = Failure::Body;
        else if (transport && error == QNetworkReply::SslHandshakeFailedError)
            m_failure = Failure::Tls;
        else if (transport && m_status != 0 && error == QNetworkReply::RemoteHostClosedError)
            m_failure = Failure::BrokeOff;
        else if (transport)
            m_failure = Failure::Unreachable;
        if (m_failure == Failure::Body)
            m_errorString = m_body->errorString();
        else if (m_failure != Failure::None)
            m_errorString = reply->errorString();
        m_finished = true;
        emit finished();
    }

    QPointer<QNetworkReply> m_reply;
    FileBodyDevice* m_body; // owned; null without a streamed body
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
    if (out.fileBody) {
        // Streamed from disk: Qt reads the device in chunks as the socket takes them (it is
        // seekable and its size is known, so Qt does not copy it into a buffer of its own).
        auto* body = new FileBodyDevice(*out.fileBody);
        if (!body->open(QIODevice::ReadOnly)) {
            auto* failed = new QtRoundTrip(nullptr, body, this);
            QMetaObject::invokeMethod(
                failed, [failed] { failed->failBody(); }, Qt::QueuedConnection);
            return failed;
        }
        req.setHeader(QNetworkRequest::ContentLengthHeader, body->size());
        return new QtRoundTrip(m_nam->sendCustomRequest(req, out.method, body), body, this);
    }
    QNetworkReply* reply = (out.method == "GET" && out.body.isEmpty())
                               ? m_nam->get(req)
                               : m_nam->sendCustomRequest(req, out.method, out.body);
    return new QtRoundTrip(reply, nullptr, this);
}

} // namespace r8::api
