#include "app/core/Redact.h"
#include "app/core/TimeText.h"

#include <QTest>

class TstRedact : public QObject
{
    Q_OBJECT
private slots:
    void masksToken()
    {
        const QString t = QStringLiteral("r8_AbCdEfGhIjKlMnOpQrStUvWxYz0123456-Ab12");
        QCOMPARE(r8::maskToken(t.left(36) + QStringLiteral("Ab12")), QStringLiteral("r8_••••…Ab12"));
        QCOMPARE(r8::maskToken(QStringLiteral("abcdefghij1234")), QStringLiteral("••••…1234"));
        QCOMPARE(r8::maskToken(QStringLiteral("short")), QStringLiteral("••••…"));
        QCOMPARE(r8::tokenHint(t), QStringLiteral("Ab12"));
    }
    void redactsInText()
    {
        const QString t = QStringLiteral("r8_AbCdEfGhIjKlMnOpQrStUvWxYz0123456-_9Z");
        const QString text = QStringLiteral("GET /v1/account Authorization: Bearer %1 (and again %1)").arg(t);
        const QString out = r8::redact(text);
        QVERIFY(!out.contains(t));
        QVERIFY(out.contains(QStringLiteral("Bearer r8_••••…-_9Z")));
        QCOMPARE(out.count(QStringLiteral("r8_••••…")), 2);
        // Longer runs are masked too: redaction errs on the safe side.
        const QString word = QStringLiteral("xr8_") + QString(40, QLatin1Char('a'));
        QVERIFY(!r8::redact(word).contains(word.mid(1)));
        // Known secrets of any shape are masked too.
        QCOMPARE(r8::redact(QStringLiteral("key=legacysecret123456"), {QStringLiteral("legacysecret123456")}),
                 QStringLiteral("key=••••…3456"));
    }
    void relativeAge()
    {
        const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(r8::relativeAge(now.addSecs(-10), now), QStringLiteral("just now"));
        QCOMPARE(r8::relativeAge(now.addDays(-12), now), QStringLiteral("12 days ago"));
        QCOMPARE(r8::relativeAge(now.addSecs(-3 * 3600), now), QStringLiteral("3 hours ago"));
        QCOMPARE(r8::relativeAge(now.addSecs(-3600), now), QStringLiteral("1 hour ago"));
        QCOMPARE(r8::relativeAge(now.addDays(-400), now), QStringLiteral("13 months ago"));
        QCOMPARE(r8::relativeAge(QDateTime(), now), QStringLiteral("never"));
    }
};

QTEST_GUILESS_MAIN(TstRedact)
#include "tst_redact.moc"
