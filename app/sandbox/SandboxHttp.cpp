#include "app/sandbox/SandboxHttp.h"

#include <QHttpServerRequest>

namespace r8::sandbox {

SandboxHttp::SandboxHttp(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

bool SandboxHttp::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto ex = std::make_shared<Exchange>(makeResponder(request, socket), socket);
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        ex->method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        ex->method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        ex->method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        ex->method = "DELETE";
        break;
    case QHttpServerRequest::Method::Head:
        ex->method = "HEAD";
        break;
    case QHttpServerRequest::Method::Patch:
        ex->method = "PATCH";
        break;
    case QHttpServerRequest::Method::Options:
        ex->method = "OPTIONS";
        break;
    default:
        ex->method = "OTHER";
        break;
    }
    ex->path = request.url().path();
    ex->query = request.query();
    ex->headers = request.headers();
    ex->body = request.body();
    m_handler(ex);
    return true;
}

void SandboxHttp::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // Never reached: handleRequest takes every request.
}

} // namespace r8::sandbox
