#include "app/sandbox/ApiRoutes.h"

#include "app/sandbox/ImageGenerator.h"
#include "app/sandbox/Multipart.h"
#include "app/sandbox/Pagination.h"
#include "app/sandbox/SandboxState.h"
#include "app/sandbox/Timestamps.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace r8::sandbox {

namespace {
QJsonObject uploadJson(const FileStore::Upload& u, const QString& apiBase)
{
    const QString md5 =
        QString::fromLatin1(QCryptographicHash::hash(u.bytes, QCryptographicHash::Md5).toHex());
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("content_type"), QString::fromLatin1(u.contentType)},
            {QStringLiteral("size"), double(u.bytes.size())},
            {QStringLiteral("etag"), md5},
            {QStringLiteral("checksums"),
             QJsonObject{
                 {QStringLiteral("sha256"),
                  QString::fromLatin1(QCryptographicHash::hash(u.bytes, QCryptographicHash::Sha256).toHex())},
                 {QStringLiteral("md5"), md5}}},
            {QStringLiteral("metadata"), u.metadata},
            {QStringLiteral("created_at"), isoTime(u.createdAt)},
            {QStringLiteral("expires_at"), isoTime(u.expiresAt)},
            {QStringLiteral("urls"),
             QJsonObject{{QStringLiteral("get"), apiBase + QStringLiteral("/files/") + u.id}}}};
}

Reply fileNotFound()
{
    return Reply::detailOnly(404, QStringLiteral("File not found"));
}
} // namespace

void FileRoutes::install(Router& router, SandboxState& state)
{
    auto serve = [&state](const IncomingRequestPtr& req) {
        const FileStore::File* f = state.files.get(req->path);
        if (!f) {
            respond(state, req, Reply::detailOnly(404, QStringLiteral("File not found")));
            return;
        }
        Reply r;
        r.setHeader("Content-Type", f->mimeType);
        r.setHeader("Cache-Control", "public,max-age=3600");
        r.setHeader("Access-Control-Allow-Origin", "*");
        r.body = req->method == "HEAD" ? QByteArray() : f->bytes;
        respond(state, req, r);
    };
    router.add({"GET", QStringLiteral("/files/{prediction}/{name}"), QStringLiteral("files"), false,
                RateLimiter::Other, serve});
    router.add({"GET", QStringLiteral("/files/covers/{owner}/{name}"), QStringLiteral("files"), false,
                RateLimiter::Other, [&state, serve](const IncomingRequestPtr& req) {
                    if (!state.files.get(req->path)) {
                        const QString name =
                            req->params.value(QStringLiteral("name")).section(QLatin1Char('.'), 0, 0);
                        if (!state.catalog.find(req->params.value(QStringLiteral("owner")), name)) {
                            respond(state, req, Reply::detailOnly(404, QStringLiteral("File not found")));
                            return;
                        }
                        state.files.put(req->path,
                                        generateImage(req->params.value(QStringLiteral("owner")) +
                                                          QLatin1Char('/') + name,
                                                      qHash(name), 256, 256, QStringLiteral("png")),
                                        "image/png");
                    }
                    serve(req);
                }});

    // Uploaded input files (POST /v1/files): the API's shapes; urls.get = {api}/files/{id}, which
    // answers with the file's JSON as the real API does; the bytes are at urls.get + "/download".
    router.add(
        {"POST", QStringLiteral("/v1/files"), QStringLiteral("files"), true, RateLimiter::Other,
         [&state](const IncomingRequestPtr& req) {
             QList<FormPart> parts;
             if (!parseMultipart(req->header("Content-Type"), req->body, &parts)) {
                 respond(state, req,
                         problems::badRequest(QStringLiteral("Expected a multipart/form-data body.")));
                 return;
             }
             FileStore::Upload u;
             u.account = req->account;
             bool haveContent = false;
             QByteArray type, fileName;
             for (const FormPart& p : parts) {
                 if (p.name == "content") {
                     haveContent = true;
                     u.bytes = p.data;
                     u.contentType = p.contentType;
                     fileName = p.fileName;
                 } else if (p.name == "type") {
                     type = p.data.trimmed();
                 } else if (p.name == "filename") {
                     fileName = p.data;
                 } else if (p.name == "metadata") {
                     QJsonParseError pe;
                     const QJsonDocument doc = QJsonDocument::fromJson(p.data, &pe);
                     if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                         respond(state, req,
                                 problems::badRequest(QStringLiteral("metadata must be a JSON object.")));
                         return;
                     }
                     u.metadata = doc.object();
                 }
             }
             if (!haveContent) {
                 respond(state, req, problems::badRequest(QStringLiteral("The content field is required.")));
                 return;
             }
             if (u.bytes.size() >= 100LL * 1024 * 1024) {
                 respond(state, req,
                         Reply::problem(413, QStringLiteral("Request entity too large"),
                                        QStringLiteral("Files must be less than 100MB in size")));
                 return;
             }
             if (fileName.size() > 255) {
                 respond(state, req,
                         problems::badRequest(QStringLiteral("The filename must be at most 255 bytes.")));
                 return;
             }
             if (!type.isEmpty())
                 u.contentType = type;
             if (std::any_of(u.contentType.begin(), u.contentType.end(),
                             [](char c) { return uchar(c) < 0x20; })) {
                 respond(state, req, problems::badRequest(QStringLiteral("The content type is not valid.")));
                 return;
             }
             if (u.contentType.isEmpty())
                 u.contentType = "application/octet-stream";
             u.name = fileName.isEmpty() ? QStringLiteral("file") : QString::fromUtf8(fileName);
             respond(state, req,
                     Reply::json(uploadJson(state.files.addUpload(u), state.urls().apiBase), 201));
         }});
    router.add({"GET", QStringLiteral("/v1/files"), QStringLiteral("files"), true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    const auto uploads = state.files.uploadsFor(req->account);
                    QList<qint64> seqs;
                    QHash<qint64, const FileStore::Upload*> bySeq;
                    for (const FileStore::Upload* u : uploads) {
                        seqs.append(u->seq);
                        bySeq.insert(u->seq, u);
                    }
                    const Page page =
                        paginate(seqs, req->query.queryItemValue(QStringLiteral("cursor")).toLatin1(),
                                 state.config.pageSize);
                    if (!page.valid) {
                        respond(state, req, problems::badRequest(QStringLiteral("The cursor is not valid.")));
                        return;
                    }
                    QJsonArray results;
                    for (qint64 seq : page.seqs)
                        results.append(uploadJson(*bySeq.value(seq), state.urls().apiBase));
                    const QString base = state.urls().apiBase + QStringLiteral("/files?cursor=");
                    auto link = [&](const QByteArray& c) {
                        return c.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(base + QString::fromLatin1(c));
                    };
                    respond(state, req,
                            Reply::json(QJsonObject{{QStringLiteral("next"), link(page.nextCursor)},
                                                    {QStringLiteral("previous"), link(page.previousCursor)},
                                                    {QStringLiteral("results"), results}}));
                }});
    router.add({"GET", QStringLiteral("/v1/files/{id}"), QStringLiteral("files"), true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    const FileStore::Upload* u = state.files.upload(req->params.value(QStringLiteral("id")));
                    if (!u || u->account != req->account) {
                        respond(state, req, fileNotFound());
                        return;
                    }
                    respond(state, req, Reply::json(uploadJson(*u, state.urls().apiBase)));
                }});
    router.add({"DELETE", QStringLiteral("/v1/files/{id}"), QStringLiteral("files"), true, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    const FileStore::Upload* u = state.files.upload(req->params.value(QStringLiteral("id")));
                    if (!u || u->account != req->account) {
                        respond(state, req, fileNotFound());
                        return;
                    }
                    state.files.removeUpload(u->id);
                    Reply r;
                    r.status = 204;
                    r.setHeader("Content-Type", "text/plain; charset=utf-8");
                    respond(state, req, r);
                }});
    // The bytes. The real API signs this URL (owner, expiry, signature) instead of taking a token;
    // the sandbox takes the owner's token (the id alone is unguessable, but stays private).
    router.add({"GET", QStringLiteral("/v1/files/{id}/download"), QStringLiteral("files"), true,
                RateLimiter::Other, [&state](const IncomingRequestPtr& req) {
                    const FileStore::Upload* u = state.files.upload(req->params.value(QStringLiteral("id")));
                    if (!u || u->account != req->account) {
                        respond(state, req, fileNotFound());
                        return;
                    }
                    Reply r;
                    r.setHeader("Content-Type", u->contentType);
                    r.setHeader("Content-Disposition",
                                "attachment; filename=\"" + u->name.toUtf8().replace('"', '_') + "\"");
                    r.body = req->method == "HEAD" ? QByteArray() : u->bytes;
                    respond(state, req, r);
                }});
    router.add({"GET", QStringLiteral("/p/{id}"), QString(), false, RateLimiter::Other,
                [&state](const IncomingRequestPtr& req) {
                    const StoredPrediction* p = state.store.find(req->params.value(QStringLiteral("id")));
                    if (!p) {
                        req->send(problems::notFound());
                        return;
                    }
                    Reply r;
                    r.setHeader("Content-Type", "text/html; charset=utf-8");
                    r.body = "<!doctype html><title>Prediction " + p->id.toUtf8() + "</title><h1>" +
                             p->model.toHtmlEscaped().toUtf8() + "</h1><p>Status: " + p->status.toUtf8() +
                             "</p><pre>" + p->logs.toHtmlEscaped().toUtf8() + "</pre>";
                    req->send(r);
                }});
}

} // namespace r8::sandbox
