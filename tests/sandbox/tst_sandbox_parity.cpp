// Shape parity: the sandbox's predictions (every status), models, versions and errors carry the
// fields of the real recorded responses (../shared/fixtures/replicate-recordings) with the same JSON
// types. Legacy fields that the current API no longer sends are listed in kLegacy. A field may be
// null on one side (the real API sends null or a value for the same field depending on state).
#include "app/sandbox/SandboxServer.h"
#include "tests/sandbox/SandboxTestClient.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace r8::sandbox;
using r8::test::SandboxTestClient;

namespace {
const QStringList kLegacy{QStringLiteral("webhook_completed"), QStringLiteral("stream")};

QString kind(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

// Empty when `ours` has every field of `real` with a compatible type; otherwise the differences.
QStringList compare(const QJsonObject& real, const QJsonObject& ours, const QString& where)
{
    QStringList diffs;
    for (auto it = real.begin(); it != real.end(); ++it) {
        if (kLegacy.contains(it.key()))
            continue;
        if (!ours.contains(it.key())) {
            diffs << where + QStringLiteral(": missing field ") + it.key();
            continue;
        }
        const QString a = kind(it.value()), b = kind(ours.value(it.key()));
        if (a != b && a != QLatin1String("null") && b != QLatin1String("null"))
            diffs << where + QStringLiteral(": field %1 is %2 in the recording, %3 here").arg(it.key(), a, b);
    }
    return diffs;
}

struct Recorded
{
    QList<QJsonObject> predictions, models, versions, errors;
};

Recorded loadRecordings(const QString& dir)
{
    Recorded r;
    for (const QString& name : QDir(dir).entryList({QStringLiteral("*.json")})) {
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const auto& it :
             QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("interactions")).toArray()) {
            const QJsonObject resp = it.toObject().value(QStringLiteral("response")).toObject();
            if (resp.value(QStringLiteral("body_base64")).toBool())
                continue;
            const QJsonObject o =
                QJsonDocument::fromJson(resp.value(QStringLiteral("body")).toString().toUtf8()).object();
            const QString uri = it.toObject()[QStringLiteral("request")][QStringLiteral("uri")].toString();
            if (o.contains(QStringLiteral("status")) && o.contains(QStringLiteral("urls")) &&
                !uri.contains(QLatin1String("/trainings")))
                r.predictions << o;
            else if (o.contains(QStringLiteral("latest_version")))
                r.models << o;
            else if (o.contains(QStringLiteral("openapi_schema")))
                r.versions << o;
            else if (resp.value(QStringLiteral("status")).toInt() >= 400)
                r.errors << o;
        }
    }
    return r;
}
} // namespace

class TestSandboxParity : public QObject
{
    Q_OBJECT
private slots:
    void shapesMatchRecordings()
    {
        const QString dir = r8::test::recordingsDir();
        if (dir.isEmpty())
            QSKIP("recordings folder absent");
        const Recorded rec = loadRecordings(dir);
        QVERIFY(rec.predictions.size() > 10);
        QVERIFY(!rec.models.isEmpty());
        QVERIFY(!rec.versions.isEmpty());
        QVERIFY(!rec.errors.isEmpty());

        SandboxServer server;
        QVERIFY(server.start());
        server.setSpeed(20);
        SandboxTestClient http(server.baseUrl());
        const QString tok = server.tokens().first().token;
        const QByteArray body = "{\"input\":{\"prompt\":\"parity\"}}";

        // One sandbox prediction per status.
        QHash<QString, QJsonObject> ours;
        const QJsonObject starting =
            http.call("POST", QStringLiteral("/models/black-forest-labs/flux-schnell/predictions"), tok, body)
                .json();
        ours.insert(QStringLiteral("starting"), starting);
        const QString id = starting[QStringLiteral("id")].toString();
        QTRY_VERIFY_WITH_TIMEOUT(http.call("GET", QStringLiteral("/predictions/") + id, tok)
                                         .json()[QStringLiteral("status")]
                                         .toString() != QLatin1String("starting"),
                                 5000);
        ours.insert(QStringLiteral("processing"),
                    http.call("GET", QStringLiteral("/predictions/") + id, tok).json());
        QTRY_COMPARE_WITH_TIMEOUT(http.call("GET", QStringLiteral("/predictions/") + id, tok)
                                      .json()[QStringLiteral("status")]
                                      .toString(),
                                  QStringLiteral("succeeded"), 10000);
        ours.insert(QStringLiteral("succeeded"),
                    http.call("GET", QStringLiteral("/predictions/") + id, tok).json());
        const QString id2 =
            http.call("POST", QStringLiteral("/models/meta/meta-llama-3-8b-instruct/predictions"), tok, body)
                .json()[QStringLiteral("id")]
                .toString();
        ours.insert(QStringLiteral("canceled"),
                    http.call("POST", QStringLiteral("/predictions/%1/cancel").arg(id2), tok).json());

        QStringList diffs;
        int compared = 0;
        for (const QJsonObject& real : rec.predictions) {
            const QString status = real[QStringLiteral("status")].toString();
            QVERIFY2(ours.contains(status), qPrintable(status));
            diffs << compare(real, ours.value(status), QStringLiteral("prediction/") + status);
            for (const QString& key : {QStringLiteral("urls"), QStringLiteral("metrics")})
                if (real.value(key).isObject() && ours.value(status).value(key).isObject())
                    diffs << compare(real.value(key).toObject(), ours.value(status).value(key).toObject(),
                                     QStringLiteral("prediction/%1/%2").arg(status, key));
            ++compared;
        }
        const QJsonObject model = http.call("GET", QStringLiteral("/models/stability-ai/sdxl"), tok).json();
        for (const QJsonObject& real : rec.models) {
            diffs << compare(real, model, QStringLiteral("model"));
            if (real.value(QStringLiteral("latest_version")).isObject())
                diffs << compare(real.value(QStringLiteral("latest_version")).toObject(),
                                 model.value(QStringLiteral("latest_version")).toObject(),
                                 QStringLiteral("model/latest_version"));
        }
        const QJsonObject version = model.value(QStringLiteral("latest_version")).toObject();
        for (const QJsonObject& real : rec.versions) {
            diffs << compare(real, version, QStringLiteral("version"));
            const QJsonObject realSchema = real[QStringLiteral("openapi_schema")].toObject();
            diffs << compare(realSchema, version[QStringLiteral("openapi_schema")].toObject(),
                             QStringLiteral("version/openapi_schema"));
        }
        const QJsonObject unauth =
            http.call("POST", QStringLiteral("/predictions"), QStringLiteral("invalid"), "{}").json();
        const QJsonObject notFound = http.call("GET", QStringLiteral("/predictions/nope"), tok).json();
        for (const QJsonObject& real : rec.errors)
            diffs << compare(real, real.contains(QStringLiteral("title")) ? unauth : notFound,
                             QStringLiteral("error"));
        diffs.removeDuplicates();
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
        QVERIFY(compared > 10);
    }
};

QTEST_MAIN(TestSandboxParity)
#include "tst_sandbox_parity.moc"
