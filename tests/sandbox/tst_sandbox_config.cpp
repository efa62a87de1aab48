// Accounts, tokens, models and limits from a JSON config file (as `r8 sandbox --config FILE` reads it).
#include "app/sandbox/SandboxConfig.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/sandbox/SandboxTestClient.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace r8;

class TstSandboxConfig : public QObject
{
    Q_OBJECT
private slots:
    void configDrivesTheServer()
    {
        const QString tok = QStringLiteral("r8_") + QString(37, QLatin1Char('k'));
        const QByteArray json =
            "{\"seed\": 9,"
            " \"accounts\": [{\"username\": \"acme-ml\", \"type\": \"organization\", \"name\": \"Acme ML\"}],"
            " \"tokens\": [{\"name\": \"ci\", \"token\": \"" +
            tok.toUtf8() +
            "\", \"account\": \"acme-ml\"}],"
            " \"models\": [{\"owner\": \"acme\", \"name\": \"captioner\", \"kind\": \"text\", "
            "\"description\": \"Captions\"}],"
            " \"rate_limits\": {\"create_per_minute\": 2, \"other_per_minute\": 100}, \"page_size\": 5}";
        QString error;
        const sandbox::SandboxConfig c = sandbox::SandboxConfig::fromJson(json, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(c.tokens.size(), 1);
        sandbox::SandboxServer server(c);
        QVERIFY(server.start());
        test::SandboxTestClient http(server.baseUrl());
        const auto account = http.call("GET", QStringLiteral("/account"), tok);
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json().value(QStringLiteral("username")).toString(), QStringLiteral("acme-ml"));
        QCOMPARE(account.json().value(QStringLiteral("type")).toString(), QStringLiteral("organization"));
        const auto model = http.call("GET", QStringLiteral("/models/acme/captioner"), tok);
        QCOMPARE(model.status, 200);
        QCOMPARE(model.json().value(QStringLiteral("description")).toString(), QStringLiteral("Captions"));
        // The demo tokens are not there: only the configured ones.
        QCOMPARE(http.call("GET", QStringLiteral("/account"), sandbox::seededToken(9, 0)).status, 401);
        // create_per_minute = 2: the third create is throttled.
        const QByteArray body = "{\"input\": {\"prompt\": \"hi\"}}";
        const QList<QPair<QByteArray, QByteArray>> h{{"Content-Type", "application/json"}};
        QCOMPARE(http.call("POST", QStringLiteral("/models/acme/captioner/predictions"), tok, body, h).status,
                 201);
        QCOMPARE(http.call("POST", QStringLiteral("/models/acme/captioner/predictions"), tok, body, h).status,
                 201);
        const auto third =
            http.call("POST", QStringLiteral("/models/acme/captioner/predictions"), tok, body, h);
        QCOMPARE(third.status, 429);
        QVERIFY(!third.header("retry-after").isEmpty());
    }

    void badConfigNamesTheField()
    {
        QString error;
        sandbox::SandboxConfig::fromJson(
            "{\"tokens\": [{\"name\": \"x\", \"token\": \"r8_abc\", \"account\": \"nobody\"}]}", &error);
        QVERIFY2(error.contains(QStringLiteral("tokens[0]")), qPrintable(error));
        error.clear();
        sandbox::SandboxConfig::fromJson("{\"models\": [{\"name\": \"no-owner\"}]}", &error);
        QVERIFY2(error.contains(QStringLiteral("models[0]")), qPrintable(error));
        error.clear();
        sandbox::SandboxConfig::fromJson("{ not json", &error);
        QVERIFY(!error.isEmpty());
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // images are drawn with QPainter
    TstSandboxConfig t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_sandbox_config.moc"
