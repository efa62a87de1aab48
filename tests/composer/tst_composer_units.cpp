// Pure parts of the composer: target text, request builder, Cancel-After, SSE parser, progress,
// outputs and data: URIs, 422 field parsing, .http files, presets.
#include "app/composer/ComposerRequest.h"
#include "app/composer/HttpFile.h"
#include "app/composer/OutputItems.h"
#include "app/composer/PresetStore.h"
#include "app/composer/Progress.h"
#include "app/composer/RunError.h"
#include "app/composer/SseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace r8::composer;
using r8::api::Header;

class TestComposerUnits : public QObject
{
    Q_OBJECT
private slots:
    void targets()
    {
        QString e;
        const QString hex = QString(64, QLatin1Char('a'));
        auto t = parseTarget(QStringLiteral(" black-forest-labs/flux-schnell "), &e);
        QVERIFY(t);
        QCOMPARE(t->kind, Target::Kind::Model);
        QCOMPARE(t->createPath(), QStringLiteral("models/black-forest-labs/flux-schnell/predictions"));
        t = parseTarget(QStringLiteral("stability-ai/sdxl:") + hex, &e);
        QVERIFY(t && t->kind == Target::Kind::Version && t->version == hex &&
                t->owner == QLatin1String("stability-ai"));
        QCOMPARE(t->createPath(), QStringLiteral("predictions"));
        t = parseTarget(hex, &e);
        QVERIFY(t && t->kind == Target::Kind::Version && t->owner.isEmpty());
        QCOMPARE(t->text(), hex);
        t = parseTarget(QStringLiteral("deployments/acme/my-app"), &e);
        QVERIFY(t && t->kind == Target::Kind::Deployment);
        QCOMPARE(t->createPath(), QStringLiteral("deployments/acme/my-app/predictions"));
        t = parseTarget(QStringLiteral("https://replicate.com/stability-ai/sdxl/versions/") + hex, &e);
        QVERIFY(t && t->kind == Target::Kind::Version);
        for (const QString& bad :
             {QString(), QStringLiteral("sdxl"), QStringLiteral("a/b/c"), QStringLiteral("a/b:123"),
              QStringLiteral("a b/c"), QStringLiteral("https://example.com/a/b"),
              QString(64, QLatin1Char('G'))}) {
            e.clear();
            QVERIFY2(!parseTarget(bad, &e), qPrintable(bad));
            QVERIFY(!e.isEmpty());
        }
    }

    void builder()
    {
        ComposerRequest r;
        r.target = *parseTarget(QStringLiteral("black-forest-labs/flux-schnell"), nullptr);
        r.input = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a cat wearing a hat")}};
        const QUrl base(QStringLiteral("https://api.replicate.com/v1"));
        auto req = buildApiRequest(r, base);
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(
            req.url.toString(),
            QStringLiteral("https://api.replicate.com/v1/models/black-forest-labs/flux-schnell/predictions"));
        QCOMPARE(req.header("Prefer"), QByteArray("wait"));
        QCOMPARE(req.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(req.body, QByteArray(R"({"input":{"prompt":"a cat wearing a hat"}})"));
        QVERIFY(req.header("Authorization").isEmpty());
        r.waitSeconds = 10;
        r.cancelAfter = QStringLiteral("5m");
        r.extraHeaders = {Header("X-Trace", "1"), Header("Authorization", "Bearer r8_x")};
        req = buildApiRequest(r, base);
        QCOMPARE(req.header("Prefer"), QByteArray("wait=10"));
        QCOMPARE(req.header("Cancel-After"), QByteArray("5m"));
        QCOMPARE(req.header("X-Trace"), QByteArray("1"));
        QVERIFY(req.header("Authorization").isEmpty());
        QCOMPARE(requestProblems(r).size(), 1); // the Authorization header
        r.extraHeaders.clear();
        r.wait = false;
        QVERIFY(buildApiRequest(r, base).header("Prefer").isEmpty());
        r.wait = true;
        r.stream = true; // streaming: async create + "stream": true
        req = buildApiRequest(r, base);
        QVERIFY(req.header("Prefer").isEmpty());
        QVERIFY(QJsonDocument::fromJson(req.body).object().value(QLatin1String("stream")).toBool());
        r.target = *parseTarget(QString(64, QLatin1Char('b')), nullptr);
        req = buildApiRequest(r, base);
        QCOMPARE(req.url.path(), QStringLiteral("/v1/predictions"));
        QCOMPARE(QJsonDocument::fromJson(req.body).object().value(QLatin1String("version")).toString(),
                 QString(64, QLatin1Char('b')));
        r.waitSeconds = 61;
        r.stream = false;
        r.cancelAfter = QStringLiteral("2s");
        QCOMPARE(requestProblems(r).size(), 2);
        // JSON round trip (presets/history) never keeps an Authorization header.
        r.extraHeaders = {Header("X-A", "b"), Header("authorization", "Bearer secret")};
        const auto back = composerRequestFromJson(composerRequestToJson(r), nullptr);
        QVERIFY(back);
        QCOMPARE(back->extraHeaders.size(), 1);
        QCOMPARE(back->target, r.target);
        QCOMPARE(back->waitSeconds, 61);
    }

    void cancelAfter()
    {
        QCOMPARE(parseCancelAfter(QStringLiteral("300")), 300);
        QCOMPARE(parseCancelAfter(QStringLiteral("1h30m45s")), 5445);
        QCOMPARE(parseCancelAfter(QStringLiteral("5s")), 5);
        QCOMPARE(parseCancelAfter(QStringLiteral("4s")), -1);
        QCOMPARE(parseCancelAfter(QStringLiteral("25h")), -1);
        QCOMPARE(parseCancelAfter(QStringLiteral("5 m")), -1);
        QCOMPARE(parseCancelAfter(QStringLiteral("m")), -1);
    }

    void sseWholeAndSplit()
    {
        const QByteArray stream =
            "\xEF\xBB\xBF: hello\r\nevent: output\r\nid: 1690212292:0\r\ndata: Once upon\r\n\r\n"
            "event: output\ndata: a time\ndata:  two\n\n"
            "event: logs\rdata: 10%|#| 1/10\r\r"
            ":408: 408 Request Timeout\n\n"
            "retry: 1500\nevent: error\ndata: {\"detail\": \"boom\"}\n\n"
            "event: done\ndata: {}\n\n"
            "event: output\ndata: unterminated";
        auto check = [](const QList<SseEvent>& ev) {
            QCOMPARE(ev.size(), 5);
            QCOMPARE(ev[0].event, QStringLiteral("output"));
            QCOMPARE(ev[0].data, QStringLiteral("Once upon"));
            QCOMPARE(ev[0].id, QStringLiteral("1690212292:0"));
            QCOMPARE(ev[1].data, QStringLiteral("a time\n two"));
            QCOMPARE(ev[1].id, QStringLiteral("1690212292:0")); // the last id persists
            QCOMPARE(ev[2].event, QStringLiteral("logs"));
            QCOMPARE(ev[3].event, QStringLiteral("error"));
            QCOMPARE(ev[3].retry, 1500);
            QCOMPARE(ev[4].event, QStringLiteral("done"));
            QCOMPARE(ev[4].data, QStringLiteral("{}"));
        };
        SseParser whole;
        check(whole.feed(stream));
        // Every split point, and byte by byte (CR|LF split, BOM split, UTF-8 split).
        for (int cut = 0; cut <= stream.size(); ++cut) {
            SseParser p;
            QList<SseEvent> ev = p.feed(stream.left(cut));
            ev += p.feed(stream.mid(cut));
            check(ev);
        }
        SseParser bytes;
        QList<SseEvent> ev;
        for (char c : stream)
            ev += bytes.feed(QByteArray(1, c));
        check(ev);
        SseParser utf8;
        const QByteArray text = QStringLiteral("event: output\ndata: caf\u00e9 \u2603\n\n").toUtf8();
        ev.clear();
        for (char c : text)
            ev += utf8.feed(QByteArray(1, c));
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].data, QStringLiteral("caf\u00e9 \u2603"));
        QCOMPARE(ev[0].event, QStringLiteral("output"));
        SseParser noType;
        ev = noType.feed("data: x\n\n");
        QCOMPARE(ev.size(), 1);
        QCOMPARE(ev[0].event, QStringLiteral("message"));
    }

    void progress()
    {
        QVERIFY(!parseProgress(QString()));
        QVERIFY(!parseProgress(QStringLiteral("Using seed: 1\n")));
        auto p =
            parseProgress(QStringLiteral("Using seed: 42\n  2%|▏         | 1/50 [00:00<00:05,  9.36it/s]\r "
                                         "48%|████▊     | 24/50 [00:02<00:02, 10.1it/s]\nother line\n"));
        QVERIFY(p);
        QCOMPARE(p->percent, 48);
        QCOMPARE(p->current, 24);
        QCOMPARE(p->total, 50);
        p = parseProgress(QStringLiteral("100%|██████████| 50/50 [00:04<00:00, 10.2it/s]"));
        QVERIFY(p && p->percent == 100 && p->current == 50);
    }

    void outputs()
    {
        // Iterator text (concatenate) and a plain list of strings without schema.
        const QJsonObject concat{{QStringLiteral("type"), QStringLiteral("array")},
                                 {QStringLiteral("x-cog-array-display"), QStringLiteral("concatenate")}};
        auto items = outputItems(QJsonArray{QStringLiteral("Hel"), QStringLiteral("lo")}, concat);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].kind, OutputItem::Kind::Text);
        QCOMPARE(items[0].text, QStringLiteral("Hello"));
        items = outputItems(QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(items.size(), 1);
        // Files and images.
        const QString png = encodeDataUri(QByteArray("\x89PNG\r\n"), QStringLiteral("image/png"));
        items = outputItems(QJsonArray{QStringLiteral("https://replicate.delivery/pbxt/x/out-0.webp"), png,
                                       QStringLiteral("https://replicate.delivery/x/audio.mp3")});
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].kind, OutputItem::Kind::Image);
        QCOMPARE(items[0].fileName, QStringLiteral("out-0.webp"));
        QCOMPARE(items[1].kind, OutputItem::Kind::Image);
        QCOMPARE(items[1].mimeType, QStringLiteral("image/png"));
        QCOMPARE(items[1].fileName, QStringLiteral("out-1.png"));
        QCOMPARE(items[2].kind, OutputItem::Kind::File);
        // Objects: a tree plus their files.
        items = outputItems(QJsonObject{{QStringLiteral("image"), QStringLiteral("https://x.test/a.jpg")},
                                        {QStringLiteral("score"), 0.5}});
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].kind, OutputItem::Kind::Json);
        QCOMPARE(items[1].kind, OutputItem::Kind::Image);
        QCOMPARE(items[1].path, QStringLiteral("output.image"));
        QCOMPARE(outputItems(QJsonValue(QStringLiteral("hello world"))).first().text,
                 QStringLiteral("hello world"));
        QVERIFY(outputItems(QJsonValue(QJsonValue::Null)).isEmpty());
        QCOMPARE(
            outputUrls(QJsonObject{{QStringLiteral("a"), QJsonArray{png, QStringLiteral("https://x/y.png")}}})
                .size(),
            2);
        // data: URIs.
        QString e;
        auto d = decodeDataUri(png, &e);
        QVERIFY(d);
        QCOMPARE(d->data, QByteArray("\x89PNG\r\n"));
        d = decodeDataUri(QStringLiteral("data:,Hello%2C%20World"), &e);
        QVERIFY(d);
        QCOMPARE(d->data, QByteArray("Hello, World"));
        QCOMPARE(d->mimeType, QStringLiteral("text/plain;charset=US-ASCII"));
        QVERIFY(!decodeDataUri(QStringLiteral("data:image/png;base64,@@@"), &e));
        QVERIFY(!decodeDataUri(QStringLiteral("data:image/png;base64"), &e));
    }

    void validationProblemFields()
    {
        // The sandbox's (and the API's) 422 shape.
        const QByteArray body =
            R"({"title":"Input validation failed","detail":"- input.width: Must be less than or equal to 2048\n","status":422,
            "invalid_fields":[{"type":"less_than_equal","field":"input.width","description":"Must be less than or equal to 2048"}]})";
        auto f = parseValidationFields(body);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].key, QStringLiteral("width"));
        QCOMPARE(f[0].message, QStringLiteral("Must be less than or equal to 2048"));
        f = parseValidationFields(
            R"({"detail":"- input.seed: Invalid type. Expected: integer, given: string\n- input.prompt: prompt is required\n"})");
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[1].key, QStringLiteral("prompt"));
        r8::api::ApiResult r;
        r.kind = r8::api::ApiResult::Kind::HttpError;
        r.status = 429;
        r.problem.detail = QStringLiteral("Request was throttled. Your rate limit resets in ~30s.");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(now.secsTo(retryTimeFor(r, now)), 30);
        QCOMPARE(explainResult(r).kind, RunError::Kind::RateLimited);
        r.status = 401;
        QCOMPARE(explainResult(r).kind, RunError::Kind::TokenRejected);
    }

    void httpFileRoundTrip()
    {
        ComposerRequest a;
        a.target = *parseTarget(QStringLiteral("black-forest-labs/flux-schnell"), nullptr);
        a.input = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a cat wearing a hat")},
                              {QStringLiteral("num_outputs"), 2}};
        a.waitSeconds = 5;
        a.cancelAfter = QStringLiteral("90s");
        a.extraHeaders = {Header("X-Trace", "abc")};
        ComposerRequest b;
        b.target =
            *parseTarget(QStringLiteral("stability-ai/sdxl:") + QString(64, QLatin1Char('c')), nullptr);
        b.wait = false;
        b.stream = true;
        const QString file = exportHttpFile({{QStringLiteral("flux"), a}, {QString(), b}},
                                            QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QVERIFY(file.contains(QLatin1String("{{$dotenv REPLICATE_API_TOKEN}}")));
        QStringList warnings;
        const auto parsed = parseHttpFile(file, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed[0].name, QStringLiteral("flux"));
        QCOMPARE(parsed[0].url,
                 QStringLiteral("http://127.0.0.1:9/v1/models/black-forest-labs/flux-schnell/predictions"));
        QString e;
        const auto ra = composerRequestFromHttp(parsed[0], &e);
        QVERIFY2(ra, qPrintable(e));
        QCOMPARE(ra->target, a.target);
        QCOMPARE(ra->input, a.input);
        QCOMPARE(ra->waitSeconds, 5);
        QCOMPARE(ra->cancelAfter, QStringLiteral("90s"));
        QCOMPARE(ra->extraHeaders.size(), 1);
        const auto rb = composerRequestFromHttp(parsed[1], &e);
        QVERIFY2(rb, qPrintable(e));
        QCOMPARE(rb->target.kind, Target::Kind::Version);
        QCOMPARE(rb->target.version,
                 b.target.version); // the body carries the bare id, like the official clients
        QVERIFY(rb->stream);
        // Hand-written files: comments, variables, a GET we cannot open.
        const auto more = parseHttpFile(
            QStringLiteral(
                "# a comment\n@host = https://api.replicate.com\n\nGET {{host}}/v1/account HTTP/1.1\n"
                "Authorization: Bearer {{token}}\n\n### \nnot a request\n"),
            &warnings);
        QCOMPARE(more.size(), 1);
        QCOMPARE(more[0].url, QStringLiteral("https://api.replicate.com/v1/account"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(!composerRequestFromHttp(more[0], &e));
    }

    void presets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/presets.json"));
        PresetStore s(path);
        QString e;
        QVERIFY(s.load(&e));
        ComposerRequest r;
        r.target = *parseTarget(QStringLiteral("replicate/hello-world"), nullptr);
        r.input = QJsonObject{{QStringLiteral("text"), QStringLiteral("hi")}};
        r.extraHeaders = {Header("Authorization", "Bearer r8_secret")};
        QVERIFY(s.put(QStringLiteral("hello"), r));
        QVERIFY(!s.put(QStringLiteral("  "), r));
        QVERIFY(s.save(&e));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("r8_secret"));
        PresetStore again(path);
        QVERIFY(again.load(&e));
        QVERIFY(again.find(QStringLiteral("hello")));
        QCOMPARE(again.find(QStringLiteral("hello"))->request.input, r.input);
        QVERIFY(again.remove(QStringLiteral("hello")));
        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{nope");
        broken.close();
        PresetStore bad(broken.fileName());
        QVERIFY(!bad.load(&e));
        QVERIFY(e.contains(QLatin1String("not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestComposerUnits)
#include "tst_composer_units.moc"
