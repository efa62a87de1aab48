#pragma once
#include "app/sandbox/Exchange.h"

#include <QAbstractHttpServer>

#include <functional>

namespace r8::sandbox {

// QHttpServer's transport without its router: every request becomes an Exchange handed to one
// function (the sandbox does its own routing so that 404/405/413/401/429 all come out as problem+json).
class SandboxHttp : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const ExchangePtr&)>;
    explicit SandboxHttp(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace r8::sandbox
