#include "app/vault/TokenInput.h"

#include <QTest>

using r8::TokenInput;

class TstTokenInput : public QObject
{
    Q_OBJECT
private slots:
    void cleans_data();
    void cleans();
    void refuses_data();
    void refuses();
    void legacyShapesWarn_data();
    void legacyShapesWarn();
};

static const QString kTok = QStringLiteral("r8_AbCdEfGhIjKlMnOpQrStUvWxYz0123456-_9Z");

void TstTokenInput::cleans_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("plain") << kTok;
    QTest::newRow("spaces") << QStringLiteral("   %1 \t").arg(kTok);
    QTest::newRow("trailing newline") << kTok + QStringLiteral("\n");
    QTest::newRow("crlf") << kTok + QStringLiteral("\r\n");
    QTest::newRow("double quotes") << QStringLiteral("\"%1\"").arg(kTok);
    QTest::newRow("single quotes") << QStringLiteral("'%1'").arg(kTok);
    QTest::newRow("bearer") << QStringLiteral("Bearer %1").arg(kTok);
    QTest::newRow("bearer lower") << QStringLiteral("bearer %1").arg(kTok);
    QTest::newRow("token scheme") << QStringLiteral("Token %1").arg(kTok);
    QTest::newRow("header") << QStringLiteral("Authorization: Bearer %1").arg(kTok);
    QTest::newRow("assignment") << QStringLiteral("REPLICATE_API_TOKEN=%1").arg(kTok);
    QTest::newRow("assignment quoted") << QStringLiteral("REPLICATE_API_TOKEN=\"%1\"").arg(kTok);
    QTest::newRow("export") << QStringLiteral("export REPLICATE_API_TOKEN=%1").arg(kTok);
    QTest::newRow("export spaced quoted")
        << QStringLiteral("  export REPLICATE_API_TOKEN = '%1'  ").arg(kTok);
    QTest::newRow("quoted assignment whole") << QStringLiteral("\"REPLICATE_API_TOKEN=%1\"").arg(kTok);
    QTest::newRow("semicolon") << QStringLiteral("export REPLICATE_API_TOKEN=%1;").arg(kTok);
}

void TstTokenInput::cleans()
{
    QFETCH(QString, raw);
    const TokenInput in = r8::cleanTokenInput(raw);
    QCOMPARE(in.verdict, TokenInput::Verdict::Valid);
    QCOMPARE(in.token, kTok);
    QVERIFY(in.message.isEmpty());
}

void TstTokenInput::refuses_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << QString() << QStringLiteral("No token");
    QTest::newRow("blank") << QStringLiteral("   \t ") << QStringLiteral("No token");
    QTest::newRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("No token");
    QTest::newRow("multi-line") << QStringLiteral("%1\n%1").arg(kTok) << QStringLiteral("several lines");
    QTest::newRow("inner space") << QStringLiteral("r8_AbCdEfGhIjKlMnOp QrStUvWxYz0123456-_9Z")
                                 << QStringLiteral("space");
    QTest::newRow("short") << QStringLiteral("r8_abc") << QStringLiteral("too short");
    QTest::newRow("punctuation") << QStringLiteral("r8_AbCdEfGhIjKlMnOp$QrStUvWxYz0123456-_9Z")
                                 << QStringLiteral("characters");
}

void TstTokenInput::refuses()
{
    QFETCH(QString, raw);
    QFETCH(QString, why);
    const TokenInput in = r8::cleanTokenInput(raw);
    QCOMPARE(in.verdict, TokenInput::Verdict::Refused);
    QVERIFY(!in.accepted());
    QVERIFY(in.token.isEmpty());
    QVERIFY2(in.message.contains(why), qPrintable(in.message));
}

void TstTokenInput::legacyShapesWarn_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("no prefix (older token)") << QStringLiteral("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0");
    QTest::newRow("prefix, 39 chars") << kTok.left(39);
    QTest::newRow("prefix, 41 chars") << kTok + QStringLiteral("x");
}

void TstTokenInput::legacyShapesWarn()
{
    QFETCH(QString, raw);
    const TokenInput in = r8::cleanTokenInput(raw);
    QCOMPARE(in.verdict, TokenInput::Verdict::LegacyShape);
    QCOMPARE(in.token, raw);
    QVERIFY(!in.message.isEmpty());
    QVERIFY(!r8::isCurrentTokenShape(raw));
}

QTEST_GUILESS_MAIN(TstTokenInput)
#include "tst_tokeninput.moc"
