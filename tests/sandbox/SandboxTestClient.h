#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace r8::test {

// Blocking HTTP calls for tests (the event loop keeps running while waiting, via QSignalSpy::wait).
struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int networkError = 0;
    qint64 elapsedMs = 0;
    QByteArray header(const QByteArray& name) const;
    QJsonObject json() const;
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(QUrl base) : m_base(std::move(base)) {}
    QUrl url(const QString& path) const; // "/account" → BASE/account; absolute URLs unchanged
    HttpResult call(const QByteArray& method, const QString& path, const QString& token = {},
                    const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {},
                    int timeoutMs = 20000);
    QNetworkAccessManager& nam() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

} // namespace r8::test
