// Every recorded exchange of the real API, replayed on loopback through the client: every
// prediction, model, version and error parses, and nothing of it is lost.
#include "app/api/ApiTime.h"
#include "app/api/Model.h"
#include "app/api/Page.h"
#include "app/api/Prediction.h"
#include "app/api/Problem.h"
#include "tests/api/ApiTestUtil.h"
#include "tests/api/ReplayServer.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace r8;
using namespace r8::api;

namespace {

QString mismatch; // first loss found, for the failure message

bool sameTime(const QJsonValue& raw, const QDateTime& parsed)
{
    if (!raw.isString())
        return !parsed.isValid();
    const QDateTime t = parseApiTime(raw.toString());
    return t.isValid() && t == parsed;
}

bool sameUrl(const QJsonValue& raw, const QUrl& parsed)
{
    return raw.isString() ? QUrl(raw.toString()) == parsed && parsed.isValid() : parsed.isEmpty();
}

bool sameString(const QJsonValue& raw, const QString& parsed)
{
    return raw.isString() ? raw.toString() == parsed : parsed.isEmpty();
}

bool checkKey(bool ok, const QString& where, const QString& key)
{
    if (!ok && mismatch.isEmpty())
        mismatch = where + QLatin1Char('.') + key;
    return ok;
}

bool predictionLossless(const QJsonObject& raw, const Prediction& p, const QString& where)
{
    bool ok = p.status != PredictionStatus::Other;
    checkKey(ok, where, QStringLiteral("status(known)"));
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        bool same = true;
        if (k == QLatin1String("id"))
            same = sameString(v, p.id);
        else if (k == QLatin1String("model"))
            same = sameString(v, p.model);
        else if (k == QLatin1String("version"))
            same = sameString(v, p.version);
        else if (k == QLatin1String("input"))
            same = v.toObject() == p.input;
        else if (k == QLatin1String("output"))
            same = v == p.output;
        else if (k == QLatin1String("logs"))
            same = sameString(v, p.logs);
        else if (k == QLatin1String("error"))
            same = sameString(v, p.error);
        else if (k == QLatin1String("status"))
            same = v.toString() == p.statusText;
        else if (k == QLatin1String("created_at"))
            same = sameTime(v, p.createdAt) && p.createdAt.isValid();
        else if (k == QLatin1String("started_at"))
            same = sameTime(v, p.startedAt);
        else if (k == QLatin1String("completed_at"))
            same = sameTime(v, p.completedAt);
        else if (k == QLatin1String("deadline"))
            same = sameTime(v, p.deadline);
        else if (k == QLatin1String("metrics"))
            same = v.toObject() == p.metrics;
        else if (k == QLatin1String("data_removed"))
            same = p.dataRemoved.has_value() && *p.dataRemoved == v.toBool();
        else if (k == QLatin1String("source"))
            same = sameString(v, p.source);
        else if (k == QLatin1String("deployment"))
            same = sameString(v, p.deployment);
        else if (k == QLatin1String("urls")) {
            const QJsonObject u = v.toObject();
            for (auto ui = u.begin(); ui != u.end(); ++ui) {
                const QString uk = ui.key();
                const bool s = uk == QLatin1String("get")      ? sameUrl(ui.value(), p.getUrl)
                               : uk == QLatin1String("cancel") ? sameUrl(ui.value(), p.cancelUrl)
                               : uk == QLatin1String("stream") ? sameUrl(ui.value(), p.streamUrl)
                               : uk == QLatin1String("web")    ? sameUrl(ui.value(), p.webUrl)
                                                               : p.urlsExtra.value(uk) == ui.value();
                ok = checkKey(s, where, QStringLiteral("urls.") + uk) && ok;
            }
        } else
            same = p.extra.value(k) == v;
        ok = checkKey(same, where, k) && ok;
    }
    return ok;
}

bool versionLossless(const QJsonObject& raw, const ModelVersion& v, const QString& where)
{
    bool ok = true;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QString k = it.key();
        bool same = k == QLatin1String("id")               ? sameString(it.value(), v.id)
                    : k == QLatin1String("created_at")     ? sameTime(it.value(), v.createdAt)
                    : k == QLatin1String("cog_version")    ? sameString(it.value(), v.cogVersion)
                    : k == QLatin1String("openapi_schema") ? it.value().toObject() == v.openapiSchema
                                                           : v.extra.value(k) == it.value();
        ok = checkKey(same, where, k) && ok;
    }
    return ok;
}

bool modelLossless(const QJsonObject& raw, const Model& m, const QString& where)
{
    bool ok = true;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        bool same = true;
        if (k == QLatin1String("url"))
            same = sameUrl(v, m.url);
        else if (k == QLatin1String("owner"))
            same = sameString(v, m.owner);
        else if (k == QLatin1String("name"))
            same = sameString(v, m.name);
        else if (k == QLatin1String("description"))
            same = sameString(v, m.description);
        else if (k == QLatin1String("visibility"))
            same = sameString(v, m.visibility);
        else if (k == QLatin1String("github_url"))
            same = sameUrl(v, m.githubUrl);
        else if (k == QLatin1String("paper_url"))
            same = sameUrl(v, m.paperUrl);
        else if (k == QLatin1String("license_url"))
            same = sameUrl(v, m.licenseUrl);
        else if (k == QLatin1String("cover_image_url"))
            same = sameUrl(v, m.coverImageUrl);
        else if (k == QLatin1String("weights_url"))
            same = sameUrl(v, m.weightsUrl);
        else if (k == QLatin1String("run_count"))
            same = v.toInteger() == m.runCount;
        else if (k == QLatin1String("is_official"))
            same = m.isOfficial.has_value() && *m.isOfficial == v.toBool();
        else if (k == QLatin1String("created_at"))
            same = sameTime(v, m.createdAt);
        else if (k == QLatin1String("default_example"))
            same = v.isNull()
                       ? !m.defaultExample
                       : m.defaultExample && predictionLossless(v.toObject(), *m.defaultExample,
                                                                where + QStringLiteral(".default_example"));
        else if (k == QLatin1String("latest_version"))
            same = v.isNull() ? !m.latestVersion
                              : m.latestVersion && versionLossless(v.toObject(), *m.latestVersion,
                                                                   where + QStringLiteral(".latest_version"));
        else
            same = m.extra.value(k) == v;
        ok = checkKey(same, where, k) && ok;
    }
    return ok;
}

} // namespace

class TestApiReplay : public QObject
{
    Q_OBJECT
private slots:
    void everyRecordingParses()
    {
        const QString dir = test::recordingsDir();
        if (dir.isEmpty())
            QSKIP("shared/fixtures/replicate-recordings is not present");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        ApiClient client;
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        int predictions = 0, models = 0, versions = 0, errors = 0, exchanges = 0;
        for (const QString& name : files) {
            QFile f(dir + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QList<test::RecordedExchange> list;
            QString error;
            QVERIFY2(test::parseRecording(f.readAll(), &list, &error), qPrintable(name + error));
            test::ReplayServer server(list);
            QVERIFY(server.start());
            for (const test::RecordedExchange& e : std::as_const(list)) {
                ++exchanges;
                ApiRequest req;
                req.method = e.method;
                req.url = server.url(e.target);
                req.body = e.requestBody;
                const ApiResult r = test::sendAndWait(client, req, {server.baseUrl(), test::makeToken()});
                const QString where =
                    name + QLatin1Char(' ') + QString::fromLatin1(e.method + ' ' + e.target.left(80));
                QVERIFY2(r.status == e.status, qPrintable(where + QStringLiteral(": status ") +
                                                          QString::number(r.status) + r.error));
                QCOMPARE(r.body, e.body);
                const QString path = QString::fromLatin1(e.target).section(QLatin1Char('?'), 0, 0);
                const QStringList seg = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // v1, ...
                if (e.status >= 400) {
                    const Problem p = parseProblem(r.body, r.status);
                    const QJsonObject raw = QJsonDocument::fromJson(e.body).object();
                    QVERIFY(p.json);
                    QCOMPARE(p.detail, raw.value(QLatin1String("detail")).toString());
                    QCOMPARE(p.title, raw.value(QLatin1String("title")).toString());
                    QCOMPARE(p.bodyStatus, raw.value(QLatin1String("status")).toInt());
                    QVERIFY(p.message().contains(p.detail));
                    ++errors;
                    continue;
                }
                if (!e.contentType.startsWith("application/json"))
                    continue; // file bytes, 204
                const QJsonObject raw = QJsonDocument::fromJson(r.body).object();
                mismatch.clear();
                const bool isPrediction =
                    seg.contains(QLatin1String("predictions")) || seg.contains(QLatin1String("trainings"));
                if (isPrediction) {
                    Prediction p;
                    QVERIFY2(parsePrediction(r.body, &p, &error), qPrintable(where + error));
                    QVERIFY2(predictionLossless(raw, p, where), qPrintable(mismatch));
                    ++predictions;
                } else if (seg.size() == 6 && seg[1] == QLatin1String("models") &&
                           seg[4] == QLatin1String("versions")) {
                    ModelVersion v;
                    QVERIFY2(parseVersion(r.body, &v, &error), qPrintable(where + error));
                    QVERIFY2(versionLossless(raw, v, where), qPrintable(mismatch));
                    ++versions;
                } else if (seg.size() == 4 && seg[1] == QLatin1String("models")) {
                    Model m;
                    QVERIFY2(parseModel(r.body, &m, &error), qPrintable(where + error));
                    QVERIFY2(modelLossless(raw, m, where), qPrintable(mismatch));
                    ++models;
                    versions += m.latestVersion ? 1 : 0;
                    predictions += m.defaultExample ? 1 : 0;
                } else if ((seg.size() == 2 && seg[1] == QLatin1String("models")) ||
                           seg.value(1) == QLatin1String("collections")) {
                    QJsonArray list = raw.value(QLatin1String("models")).toArray();
                    if (raw.contains(QLatin1String("results")) && seg[1] == QLatin1String("models")) {
                        Page page;
                        QVERIFY2(parsePage(r.body, &page, &error), qPrintable(where + error));
                        list = page.results;
                        QVERIFY(page.next.isEmpty() || !page.next.isRelative());
                    }
                    for (const QJsonValue& mv : std::as_const(list)) {
                        Model m;
                        QVERIFY2(modelFromJson(mv.toObject(), &m, &error), qPrintable(where + error));
                        QVERIFY2(modelLossless(mv.toObject(), m, where), qPrintable(mismatch));
                        ++models;
                    }
                }
            }
            QCOMPARE(server.unmatched(), 0);
        }
        qInfo("replayed %d exchanges: %d predictions, %d models, %d versions, %d errors", exchanges,
              predictions, models, versions, errors);
        QVERIFY(predictions > 150);
        QVERIFY(models > 50);
        QVERIFY(versions > 10);
        QCOMPARE(errors, 2);
    }
};

QTEST_GUILESS_MAIN(TestApiReplay)
#include "tst_apireplay.moc"
