// ModelLookup (pure: the lookup request and what an answer means) and the composer's samples.
#include "app/composer/ModelLookup.h"
#include "app/composer/Samples.h"

#include <QJsonDocument>
#include <QTest>

using namespace r8;
using namespace r8::composer;

namespace {
Target target(const QString& text)
{
    return *parseTarget(text, nullptr);
}

api::ApiResult ok(const QJsonObject& body)
{
    api::ApiResult r;
    r.kind = api::ApiResult::Kind::Ok;
    r.status = 200;
    r.body = QJsonDocument(body).toJson();
    return r;
}

const QString kVersion = QString(64, QLatin1Char('a'));

QJsonObject model(bool official, bool withVersion)
{
    QJsonObject o{{QStringLiteral("url"), QStringLiteral("https://replicate.com/acme/thing")},
                  {QStringLiteral("owner"), QStringLiteral("acme")},
                  {QStringLiteral("name"), QStringLiteral("thing")},
                  {QStringLiteral("description"), QStringLiteral("Makes things")},
                  {QStringLiteral("visibility"), QStringLiteral("public")},
                  {QStringLiteral("run_count"), 3},
                  {QStringLiteral("is_official"), official}};
    if (withVersion) {
        o.insert(QStringLiteral("latest_version"),
                 QJsonObject{
                     {QStringLiteral("id"), kVersion},
                     {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00Z")},
                     {QStringLiteral("openapi_schema"),
                      QJsonObject{{QStringLiteral("components"),
                                   QJsonObject{{QStringLiteral("schemas"),
                                                QJsonObject{{QStringLiteral("Input"),
                                                             QJsonObject{{QStringLiteral("type"),
                                                                          QStringLiteral("object")}}}}}}}}}});
    }
    return o;
}
} // namespace

class TstModelLookup : public QObject
{
    Q_OBJECT
private slots:
    void requestPaths()
    {
        const QUrl base(QStringLiteral("https://api.example.com/v1"));
        QCOMPARE(modelLookupRequest(target(QStringLiteral("acme/thing")), base)->url.toString(),
                 QStringLiteral("https://api.example.com/v1/models/acme/thing"));
        QCOMPARE(modelLookupRequest(target(QStringLiteral("acme/thing:") + kVersion), base)->url.toString(),
                 QStringLiteral("https://api.example.com/v1/models/acme/thing/versions/") + kVersion);
        QCOMPARE(modelLookupRequest(target(QStringLiteral("acme/thing")), base)->method, QByteArray("GET"));
        QVERIFY(!modelLookupRequest(target(kVersion), base)); // a bare version id
        QVERIFY(!modelLookupRequest(target(QStringLiteral("deployments/acme/web")), base)); // a deployment
    }

    void officialModelRunsByName()
    {
        RunError e;
        const auto info = modelLookupResult(target(QStringLiteral("acme/thing")), ok(model(true, true)), &e);
        QVERIFY(info);
        QCOMPARE(info->runnable.kind, Target::Kind::Model);
        QCOMPARE(info->versionId, kVersion);
        QCOMPARE(info->description, QStringLiteral("Makes things"));
        QVERIFY(info->openapiSchema.contains(QStringLiteral("components")));
    }

    void communityModelRunsByItsLatestVersion()
    {
        RunError e;
        const auto info = modelLookupResult(target(QStringLiteral("acme/thing")), ok(model(false, true)), &e);
        QVERIFY(info);
        QCOMPARE(info->runnable.kind, Target::Kind::Version);
        QCOMPARE(info->runnable.version, kVersion);
        QCOMPARE(info->runnable.createPath(), QStringLiteral("predictions"));
    }

    void modelWithoutVersionIsSaid()
    {
        RunError e;
        QVERIFY(!modelLookupResult(target(QStringLiteral("acme/thing")), ok(model(true, false)), &e));
        QCOMPARE(e.kind, RunError::Kind::Other);
        QCOMPARE(e.status, 200);
        QVERIFY(e.message.contains(QStringLiteral("no version")));
    }

    void notFoundNamesTheModel()
    {
        api::ApiResult r;
        r.kind = api::ApiResult::Kind::HttpError;
        r.status = 404;
        r.body = "{\"detail\": \"Not found.\"}";
        RunError e;
        QVERIFY(!modelLookupResult(target(QStringLiteral("acme/nope")), r, &e));
        QCOMPARE(e.kind, RunError::Kind::NotFound);
        QVERIFY2(e.message.contains(QStringLiteral("No model acme/nope")), qPrintable(e.message));
    }

    void rejectedTokenIsExplained()
    {
        api::ApiResult r;
        r.kind = api::ApiResult::Kind::HttpError;
        r.status = 401;
        r.body = "{\"detail\": \"Invalid token.\"}";
        RunError e;
        QVERIFY(!modelLookupResult(target(QStringLiteral("acme/thing")), r, &e));
        QCOMPARE(e.kind, RunError::Kind::TokenRejected);
    }

    void notAModel()
    {
        RunError e;
        QVERIFY(!modelLookupResult(target(QStringLiteral("acme/thing")),
                                   ok(QJsonObject{{QStringLiteral("x"), 1}}), &e));
        QCOMPARE(e.kind, RunError::Kind::BadAnswer);
    }

    void samples()
    {
        const QList<Sample> everywhere = composerSamples(false);
        QCOMPARE(everywhere.size(), 3);
        QCOMPARE(everywhere.first().request.target.text(), QStringLiteral("black-forest-labs/flux-schnell"));
        QCOMPARE(everywhere.first().request.input.value(QStringLiteral("prompt")).toString(),
                 QStringLiteral("a cat wearing a hat"));
        QVERIFY(everywhere.first().request.wait);
        QVERIFY(composerSample(QStringLiteral("llama-stream"))->request.stream);
        const QList<Sample> sandbox = composerSamples(true);
        QCOMPARE(sandbox.size(), 4);
        QVERIFY(sandbox.last().sandboxOnly);
        QCOMPARE(sandbox.last().request.target.text(), QStringLiteral("sandbox/always-fails"));
        for (const Sample& s : sandbox)
            QVERIFY2(requestProblems(s.request).isEmpty(), qPrintable(s.id));
    }
};

QTEST_MAIN(TstModelLookup)
#include "tst_modellookup.moc"
