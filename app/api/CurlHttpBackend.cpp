#include "app/api/CurlHttpBackend.h"
#include "app/api/FileBodyDevice.h"
#include "app/api/HeaderLine.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLibrary>
#include <QPointer>
#include <QSocketNotifier>

#ifdef R8_HAVE_CURL
#include <curl/curl.h>
#endif

namespace r8::api {

#ifdef R8_HAVE_CURL

// The part of libcurl r8desk uses, resolved from libcurl.so.4 at run time.
struct CurlLibrary
{
    decltype(&::curl_global_init) global_init = nullptr;
    decltype(&::curl_version_info) version_info = nullptr;
    decltype(&::curl_multi_init) multi_init = nullptr;
    decltype(&::curl_multi_cleanup) multi_cleanup = nullptr;
    decltype(&::curl_multi_setopt) multi_setopt = nullptr;
    decltype(&::curl_multi_socket_action) multi_socket_action = nullptr;
    decltype(&::curl_multi_info_read) multi_info_read = nullptr;
    decltype(&::curl_multi_add_handle) multi_add_handle = nullptr;
    decltype(&::curl_multi_remove_handle) multi_remove_handle = nullptr;
    decltype(&::curl_easy_init) easy_init = nullptr;
    decltype(&::curl_easy_cleanup) easy_cleanup = nullptr;
    decltype(&::curl_easy_setopt) easy_setopt = nullptr;
    decltype(&::curl_easy_getinfo) easy_getinfo = nullptr;
    decltype(&::curl_easy_strerror) easy_strerror = nullptr;
    decltype(&::curl_slist_append) slist_append = nullptr;
    decltype(&::curl_slist_free_all) slist_free_all = nullptr;
};

namespace {

class CurlRoundTrip;

const CurlLibrary* loadLibrary(QString* why)
{
    static QString failure;
    static const CurlLibrary* loaded = []() -> const CurlLibrary* {
        static QLibrary so(QStringLiteral("curl"), 4); // never unloaded
        if (!so.load()) {
            failure = so.errorString();
            return nullptr;
        }
        static CurlLibrary lib;
        bool all = true;
        auto get = [&](auto& fn, const char* symbol) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(so.resolve(symbol));
            all = all && fn;
        };
        get(lib.global_init, "curl_global_init");
        get(lib.version_info, "curl_version_info");
        get(lib.multi_init, "curl_multi_init");
        get(lib.multi_cleanup, "curl_multi_cleanup");
        get(lib.multi_setopt, "curl_multi_setopt");
        get(lib.multi_socket_action, "curl_multi_socket_action");
        get(lib.multi_info_read, "curl_multi_info_read");
        get(lib.multi_add_handle, "curl_multi_add_handle");
        get(lib.multi_remove_handle, "curl_multi_remove_handle");
        get(lib.easy_init, "curl_easy_init");
        get(lib.easy_cleanup, "curl_easy_cleanup");
        get(lib.easy_setopt, "curl_easy_setopt");
        get(lib.easy_getinfo, "curl_easy_getinfo");
        get(lib.easy_strerror, "curl_easy_strerror");
        get(lib.slist_append, "curl_slist_append");
        get(lib.slist_free_all, "curl_slist_free_all");
        if (!all) {
            failure = QStringLiteral("libcurl lacks a function r8desk needs");
            return nullptr;
        }
        const curl_version_info_data* info = lib.version_info(CURLVERSION_NOW);
        if (!info || info->version_num < 0x075500) { // 7.85: CURLOPT_PROTOCOLS_STR, prereq callback
            failure = QStringLiteral("libcurl %1 is older than 7.85")
                          .arg(QString::fromLatin1(info ? info->version : "?"));
            return nullptr;
        }
        if (!(info->features & CURL_VERSION_SSL)) {
            failure = QStringLiteral("libcurl was built without TLS");
            return nullptr;
        }
        if (lib.global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            failure = QStringLiteral("curl_global_init failed");
            return nullptr;
        }
        return &lib;
    }();
    if (!loaded && why)
        *why = failure;
    return loaded;
}

bool isTlsError(CURLcode c)
{
    switch (c) {
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CLIENTCERT:
        return true;
    default:
        return false;
    }
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

// One libcurl easy handle and everything it points into; owned by the backend, so that it can
// outlive its roundTrip while libcurl still runs.
struct CurlTransfer
{
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    QByteArray url;
    QByteArray method;
    QByteArray body;
    std::unique_ptr<FileBodyDevice> fileBody; // streamed from disk by onRead, instead of body
    QString bodyError;                        // why fileBody could not be read
    char error[CURL_ERROR_SIZE] = {};
    CurlRoundTrip* owner = nullptr;
    curl_off_t uploaded = -1;
    bool inMulti = false;
};

namespace {

class CurlRoundTrip : public HttpRoundTrip
{
public:
    CurlRoundTrip(CurlHttpBackend* backend, CurlTransfer* t)
        : HttpRoundTrip(backend), m_backend(backend), m_t(t)
    {
        t->owner = this;
    }

    ~CurlRoundTrip() override { detach(); }

    void abort() override
    {
        if (m_finished)
            return;
        detach();
        m_held = false;
        m_heldData.clear();
        m_failure = Failure::Canceled;
        m_errorString = QStringLiteral("Operation canceled"); // libcurl's words would be English too
        m_finished = true;
        emit finished();
    }

    // libcurl's callbacks; false stops the transfer (its roundTrip is gone or aborted).
    bool headerLine(const char* p, size_t n)
    {
        const HeaderLine line = parseHeaderLine(QByteArray(p, qsizetype(n)));
        switch (line.kind) {
        case HeaderLine::Kind::Status: // a new answer (after a 1xx)
            m_headers.clear();
            m_pendingStatus = line.status;
            break;
        case HeaderLine::Kind::Field:
            m_headers.append(Header(line.name, line.value));
            break;
        case HeaderLine::Kind::Continuation:
            if (!m_headers.isEmpty())
                m_headers.last().second += ' ' + line.value;
            break;
        case HeaderLine::Kind::End:
            if (m_pendingStatus >= 200 && m_status == 0) {
                m_status = m_pendingStatus;
                if (!m_held)
                    emit headersReady();
            }
            break;
        case HeaderLine::Kind::Junk:
            break;
        }
        return m_t;
    }

    bool body(const char* p, size_t n)
    {
        if (m_held) {
            m_heldData.append(p, qsizetype(n));
            return true;
        }
        emit data(QByteArray(p, qsizetype(n)));
        return m_t;
    }

    // While held — start() has not returned, so nobody listens yet — what arrives is kept, and
    // release() delivers it. (libcurl may read the answer in the call that sends the request.)
    void hold() { m_held = true; }
    bool holdsSomething() const { return m_held && (m_status != 0 || !m_heldData.isEmpty()); }
    void release()
    {
        if (!m_held)
            return;
        m_held = false;
        if (m_status != 0) // set while held (hold() comes before any answer), so not announced yet
            emit headersReady();
        if (!m_heldData.isEmpty() && !m_finished)
            emit data(std::exchange(m_heldData, {}));
    }

    bool alive()
    {
        emit progressed();
        return m_t;
    }

    // The transfer is done; the caller (the backend) frees t afterwards.
    void complete(CURLcode code)
    {
        CurlTransfer* t = m_t;
        m_t = nullptr;
        t->owner = nullptr;
        release(); // what was held, first
        if (m_finished)
            return; // a slot aborted it
        if (code != CURLE_OK && !t->bodyError.isEmpty()) {
            m_failure = Failure::Body;
            m_errorString = t->bodyError;
        } else if (code != CURLE_OK) {
            m_failure = isTlsError(code) ? Failure::Tls
                        : m_status != 0  ? Failure::BrokeOff
                                         : Failure::Unreachable;
            m_errorString = QString::fromUtf8(t->error[0] ? t->error : m_backend->lib().easy_strerror(code));
        } else if (m_status == 0) {
            long status = 0;
            m_backend->lib().easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
            m_status = int(status);
        }
        m_finished = true;
        emit finished();
    }

private:
    void detach()
    {
        if (!m_t)
            return;
        m_t->owner = nullptr;
        m_backend->retire(m_t);
        m_t = nullptr;
    }

    CurlHttpBackend* m_backend;
    CurlTransfer* m_t;
    int m_pendingStatus = 0;
    bool m_held = false;
    QByteArray m_heldData;
};

size_t onHeader(char* p, size_t size, size_t n, void* data)
{
    auto* t = static_cast<CurlTransfer*>(data);
    return t->owner && t->owner->headerLine(p, size * n) ? size * n : 0;
}

size_t onWrite(char* p, size_t size, size_t n, void* data)
{
    auto* t = static_cast<CurlTransfer*>(data);
    return t->owner && t->owner->body(p, size * n) ? size * n : 0;
}

size_t onRead(char* p, size_t size, size_t n, void* data)
{
    auto* t = static_cast<CurlTransfer*>(data);
    if (!t->owner)
        return CURL_READFUNC_ABORT;
    const qint64 got = t->fileBody->read(p, qint64(size * n));
    if (got < 0) {
        t->bodyError = t->fileBody->errorString();
        return CURL_READFUNC_ABORT;
    }
    return size_t(got);
}

int onSeek(void* data, curl_off_t offset, int origin)
{
    auto* t = static_cast<CurlTransfer*>(data);
    return origin == SEEK_SET && t->fileBody->seek(qint64(offset)) ? CURL_SEEKFUNC_OK : CURL_SEEKFUNC_FAIL;
}

int onPrereq(void* data, char*, char*, int, int)
{
    auto* t = static_cast<CurlTransfer*>(data);
    return t->owner && t->owner->alive() ? CURL_PREREQFUNC_OK : CURL_PREREQFUNC_ABORT;
}

int onProgress(void* data, curl_off_t, curl_off_t, curl_off_t, curl_off_t ulnow)
{
    auto* t = static_cast<CurlTransfer*>(data);
    if (!t->owner)
        return 1;
    if (ulnow == t->uploaded)
        return 0;
    t->uploaded = ulnow;
    return t->owner->alive() ? 0 : 1;
}

} // namespace

CurlHttpBackend* CurlHttpBackend::create(QObject* parent, QString* why)
{
    const CurlLibrary* lib = loadLibrary(why);
    return lib ? new CurlHttpBackend(lib, parent) : nullptr;
}

CurlHttpBackend::CurlHttpBackend(const CurlLibrary* lib, QObject* parent) : HttpBackend(parent), m_lib(lib)
{
    m_multi = m_lib->multi_init();
    m_lib->multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlHttpBackend::onSocket);
    m_lib->multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    m_lib->multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlHttpBackend::onTimer);
    m_lib->multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_lib->multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, 6L); // as many as Qt's stack opens
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { drive(CURL_SOCKET_TIMEOUT, 0); });
}

CurlHttpBackend::~CurlHttpBackend()
{
    const QList<HttpRoundTrip*> open = findChildren<HttpRoundTrip*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(open); // each retires its transfer
    for (CurlTransfer* t : std::exchange(m_retired, {}))
        freeTransfer(t);
    ++m_depth;
    m_lib->multi_cleanup(m_multi);
}

HttpRoundTrip* CurlHttpBackend::start(const HttpOutgoing& out)
{
    auto* t = new CurlTransfer;
    t->easy = m_lib->easy_init();
    t->url = out.url.toEncoded();
    t->method = out.method;
    t->body = out.body;
    auto* roundTrip = new CurlRoundTrip(this, t);
    const auto set = m_lib->easy_setopt;
    CURL* e = t->easy;
    set(e, CURLOPT_PRIVATE, t);
    set(e, CURLOPT_URL, t->url.constData());
    set(e, CURLOPT_PROTOCOLS_STR, "http,https");
    set(e, CURLOPT_NOSIGNAL, 1L);
    set(e, CURLOPT_ERRORBUFFER, t->error);
    set(e, CURLOPT_HEADERFUNCTION, &onHeader);
    set(e, CURLOPT_HEADERDATA, t);
    set(e, CURLOPT_WRITEFUNCTION, &onWrite);
    set(e, CURLOPT_WRITEDATA, t);
    set(e, CURLOPT_PREREQFUNCTION, &onPrereq);
    set(e, CURLOPT_PREREQDATA, t);
    set(e, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    set(e, CURLOPT_ACCEPT_ENCODING, ""); // every encoding this libcurl decodes
    if (isLoopbackHost(out.url.host()))
        set(e, CURLOPT_NOPROXY, "*"); // the sandbox and test peers: never through a proxy
    for (const Header& h : out.headers)
        t->headers = m_lib->slist_append(t->headers, QByteArray(h.first + ": " + h.second).constData());
    t->headers = m_lib->slist_append(t->headers, "Expect:"); // no 100-continue round trip
    set(e, CURLOPT_HTTPHEADER, t->headers);
    if (out.fileBody) {
        // Streamed from disk in libcurl's chunks (onRead): the file is never in memory at once.
        t->fileBody = std::make_unique<FileBodyDevice>(*out.fileBody);
        if (!t->fileBody->open(QIODevice::ReadOnly))
            t->bodyError = t->fileBody->errorString();
    }
    if (t->method == "GET" && !out.hasBody()) {
        set(e, CURLOPT_HTTPGET, 1L);
    } else if (t->method == "HEAD") {
        set(e, CURLOPT_NOBODY, 1L);
    } else {
        if (t->fileBody) {
            set(e, CURLOPT_POST, 1L);
            set(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->fileBody->size()));
            set(e, CURLOPT_READFUNCTION, &onRead);
            set(e, CURLOPT_READDATA, t);
            set(e, CURLOPT_SEEKFUNCTION, &onSeek);
            set(e, CURLOPT_SEEKDATA, t);
        } else if (!t->body.isEmpty() || t->method == "POST" || t->method == "PUT" || t->method == "PATCH") {
            set(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(t->body.size()));
            set(e, CURLOPT_POSTFIELDS, t->body.constData());
        }
        if (t->method != "POST")
            set(e, CURLOPT_CUSTOMREQUEST, t->method.constData());
    }
    if (out.hasBody()) { // upload progress keeps a long upload from looking stalled
        set(e, CURLOPT_NOPROGRESS, 0L);
        set(e, CURLOPT_XFERINFOFUNCTION, &onProgress);
        set(e, CURLOPT_XFERINFODATA, t);
    }
    if (t->bodyError.isEmpty() && m_lib->multi_add_handle(m_multi, e) == CURLM_OK) {
        t->inMulti = true;
        if (m_depth == 0) {
            // Send now rather than on the next turn of the event loop; what arrives or finishes
            // here is reported from the event loop, after the caller has connected to the roundTrip.
            roundTrip->hold();
            act(CURL_SOCKET_TIMEOUT, 0);
            if (roundTrip->holdsSomething())
                QMetaObject::invokeMethod(
                    roundTrip, [roundTrip] { roundTrip->release(); }, Qt::QueuedConnection);
            else
                roundTrip->release();
            if (!m_collectQueued) {
                m_collectQueued = true;
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        m_collectQueued = false;
                        collectDone();
                    },
                    Qt::QueuedConnection);
            }
        }
    } else {
        QPointer<CurlRoundTrip> guard(roundTrip);
        QMetaObject::invokeMethod(
            this,
            [this, guard, t] {
                if (guard && !guard->isFinished()) { // else the roundTrip's end already freed t
                    if (t->bodyError.isEmpty())
                        qstrncpy(t->error, "cannot start the transfer", CURL_ERROR_SIZE);
                    guard->complete(CURLE_FAILED_INIT);
                    freeTransfer(t);
                }
            },
            Qt::QueuedConnection);
    }
    return roundTrip;
}

void CurlHttpBackend::retire(CurlTransfer* t)
{
    if (m_depth > 0)
        m_retired.append(t);
    else
        freeTransfer(t);
}

void CurlHttpBackend::freeTransfer(CurlTransfer* t)
{
    if (t->inMulti)
        m_lib->multi_remove_handle(m_multi, t->easy);
    m_lib->easy_cleanup(t->easy);
    m_lib->slist_free_all(t->headers);
    delete t;
}

int CurlHttpBackend::onTimer(void*, long timeoutMs, void* self)
{
    auto* backend = static_cast<CurlHttpBackend*>(self);
    if (timeoutMs < 0)
        backend->m_timer.stop();
    else
        backend->m_timer.start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
    return 0;
}

int CurlHttpBackend::onSocket(void*, int fd, int what, void* self, void*)
{
    auto* backend = static_cast<CurlHttpBackend*>(self);
    if (what == CURL_POLL_REMOVE) {
        const Watch w = backend->m_watches.take(fd);
        for (QSocketNotifier* n : {w.read, w.write}) {
            if (n) {
                n->setEnabled(false);
                n->deleteLater();
            }
        }
        return 0;
    }
    Watch& w = backend->m_watches[fd];
    const bool in = what & CURL_POLL_IN;
    const bool out = what & CURL_POLL_OUT;
    if (in && !w.read) {
        w.read = new QSocketNotifier(fd, QSocketNotifier::Read, backend);
        connect(w.read, &QSocketNotifier::activated, backend,
                [backend, fd] { backend->drive(fd, CURL_CSELECT_IN); });
    }
    if (out && !w.write) {
        w.write = new QSocketNotifier(fd, QSocketNotifier::Write, backend);
        connect(w.write, &QSocketNotifier::activated, backend,
                [backend, fd] { backend->drive(fd, CURL_CSELECT_OUT); });
    }
    if (w.read)
        w.read->setEnabled(in);
    if (w.write)
        w.write->setEnabled(out);
    return 0;
}

void CurlHttpBackend::drive(int fd, int events)
{
    if (m_depth > 0) { // a slot ran a nested event loop inside a libcurl callback: come back later
        QMetaObject::invokeMethod(
            this, [this, fd, events] { drive(fd, events); }, Qt::QueuedConnection);
        return;
    }
    act(fd, events);
    collectDone();
}

void CurlHttpBackend::act(int fd, int events)
{
    int running = 0;
    ++m_depth;
    m_lib->multi_socket_action(m_multi, curl_socket_t(fd), events, &running);
    --m_depth;
    for (CurlTransfer* t : std::exchange(m_retired, {}))
        freeTransfer(t);
}

void CurlHttpBackend::collectDone()
{
    int left = 0;
    while (CURLMsg* msg = m_lib->multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL* easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        CurlTransfer* t = nullptr;
        m_lib->easy_getinfo(easy, CURLINFO_PRIVATE, reinterpret_cast<char**>(&t));
        m_lib->multi_remove_handle(m_multi, easy);
        t->inMulti = false;
        if (CurlRoundTrip* owner = t->owner)
            owner->complete(code); // may start new transfers: allowed here, outside libcurl
        freeTransfer(t);
    }
}

#else // no libcurl headers at build time

struct CurlLibrary
{
};

CurlHttpBackend* CurlHttpBackend::create(QObject*, QString* why)
{
    if (why)
        *why = QStringLiteral("built without libcurl");
    return nullptr;
}

CurlHttpBackend::CurlHttpBackend(const CurlLibrary* lib, QObject* parent) : HttpBackend(parent), m_lib(lib) {}
CurlHttpBackend::~CurlHttpBackend() = default;
HttpRoundTrip* CurlHttpBackend::start(const HttpOutgoing&)
{
    return nullptr;
}
void CurlHttpBackend::retire(CurlTransfer*) {}
int CurlHttpBackend::onSocket(void*, int, int, void*, void*)
{
    return 0;
}
int CurlHttpBackend::onTimer(void*, long, void*)
{
    return 0;
}
void CurlHttpBackend::drive(int, int) {}
void CurlHttpBackend::act(int, int) {}
void CurlHttpBackend::collectDone() {}
void CurlHttpBackend::freeTransfer(CurlTransfer*) {}

#endif

} // namespace r8::api
