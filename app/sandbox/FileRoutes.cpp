#include "ApiRoutes.h"

#include "ImageGenerator.h"
#include "SandboxState.h"

namespace r8::sandbox {

void FileRoutes::install(Router& router, SandboxState& state)
{
    auto serve = [&state](const ExchangePtr& ex) {
        const FileStore::File* f = state.files.get(ex->path);
        if (!f) {
            respond(state, ex, Reply::detailOnly(404, QStringLiteral("File not found")));
            return;
        }
        Reply r;
        r.setHeader("Content-Type", f->mimeType);
        r.setHeader("Cache-Control", "public,max-age=3600");
        r.setHeader("Access-Control-Allow-Origin", "*");
        r.body = ex->method == "HEAD" ? QByteArray() : f->bytes;
        respond(state, ex, r);
    };
    router.add({"GET", QStringLiteral("/files/{prediction}/{name}"), QStringLiteral("files"), false, RateLimiter::Other, serve});
    router.add({"GET", QStringLiteral("/files/covers/{owner}/{name}"), QStringLiteral("files"), false, RateLimiter::Other,
                [&state, serve](const ExchangePtr& ex) {
                    if (!state.files.get(ex->path)) {
                        const QString name = ex->params.value(QStringLiteral("name")).section(QLatin1Char('.'), 0, 0);
                        if (!state.catalog.find(ex->params.value(QStringLiteral("owner")), name)) {
                            respond(state, ex, Reply::detailOnly(404, QStringLiteral("File not found")));
                            return;
                        }
                        state.files.put(ex->path,
                                        generateImage(ex->params.value(QStringLiteral("owner")) + QLatin1Char('/') + name,
                                                      qHash(name), 256, 256, QStringLiteral("png")),
                                        "image/png");
                    }
                    serve(ex);
                }});
    router.add({"GET", QStringLiteral("/p/{id}"), QString(), false, RateLimiter::Other, [&state](const ExchangePtr& ex) {
                    const Prediction* p = state.store.find(ex->params.value(QStringLiteral("id")));
                    if (!p) {
                        ex->send(problems::notFound());
                        return;
                    }
                    Reply r;
                    r.setHeader("Content-Type", "text/html; charset=utf-8");
                    r.body = "<!doctype html><title>Prediction " + p->id.toUtf8() + "</title><h1>" + p->model.toHtmlEscaped().toUtf8()
                           + "</h1><p>Status: " + p->status.toUtf8() + "</p><pre>" + p->logs.toHtmlEscaped().toUtf8() + "</pre>";
                    ex->send(r);
                }});
}

} // namespace r8::sandbox
