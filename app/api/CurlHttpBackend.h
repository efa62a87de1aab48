#pragma once
#include "app/api/HttpRoundTrip.h"

#include <QHash>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace r8::api {

struct CurlLibrary;
struct CurlTransfer;

// The fast backend on Linux: libcurl's multi interface driven by the Qt event loop (socket
// notifiers and one timer), one connection cache for all requests. libcurl is loaded on first
// use (QLibrary, libcurl.so.4 ≥ 7.85), so start-up does not pay for it and its ~25 libraries;
// create() returns null when it cannot be loaded, and the client falls back to QtHttpBackend.
// Certificates are always verified; proxies come from the usual environment variables (never
// for loopback); no redirect is followed; only http and https.
class CurlHttpBackend : public HttpBackend
{
    Q_OBJECT
public:
    static CurlHttpBackend* create(QObject* parent, QString* why = nullptr);
    ~CurlHttpBackend() override;

    HttpRoundTrip* start(const HttpOutgoing& request) override;
    QString name() const override { return QStringLiteral("curl"); }

    // For CurlRoundTrip: stop a transfer now, or right after libcurl returns if it is inside a
    // callback (libcurl forbids removing a handle from there).
    void retire(CurlTransfer* transfer);
    const CurlLibrary& lib() const { return *m_lib; }

private:
    CurlHttpBackend(const CurlLibrary* lib, QObject* parent);
    static int onSocket(void* easy, int fd, int what, void* self, void* socketData);
    static int onTimer(void* multi, long timeoutMs, void* self);
    void drive(int fd, int events);
    void act(int fd, int events); // one libcurl step; frees what was retired meanwhile
    void collectDone();
    void freeTransfer(CurlTransfer* t);

    struct Watch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };
    const CurlLibrary* m_lib;
    void* m_multi = nullptr;
    QTimer m_timer;
    QHash<int, Watch> m_watches;
    QList<CurlTransfer*> m_retired;
    int m_depth = 0; // > 0 while libcurl runs (and may call back)
    bool m_collectQueued = false;
};

} // namespace r8::api
