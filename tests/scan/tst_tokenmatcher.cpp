// The streaming token matcher: the rule, near misses, chunk boundaries, older token shapes.
#include "app/scan/ByteTransform.h"
#include "app/scan/TokenMatcher.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using namespace r8;
using namespace r8::scan;

namespace {
QList<QByteArray> secrets(const QList<TokenMatch>& ms)
{
    QList<QByteArray> out;
    for (const TokenMatch& m : ms)
        out.append(m.secret);
    return out;
}

// Feeds `text` in pieces of `step` bytes.
QList<TokenMatch> chunked(const QByteArray& text, qsizetype step)
{
    TokenMatcher m;
    QList<TokenMatch> out;
    for (qsizetype i = 0; i < text.size(); i += step) {
        m.feed(QByteArrayView(text).sliced(i, qMin(step, text.size() - i)));
        out.append(m.takeMatches());
    }
    m.finish();
    out.append(m.takeMatches());
    return out;
}
} // namespace

class TstTokenMatcher : public QObject
{
    Q_OBJECT
private slots:
    void findsTokensWithLines()
    {
        const QByteArray a = test::makeToken().toUtf8(), b = test::makeToken().toUtf8();
        const QByteArray text = "first line\r\nkey=\"" + a + "\"\r\n\r\nx " + b;
        const QList<TokenMatch> ms = findTokens(text);
        QCOMPARE(secrets(ms), (QList<QByteArray>{a, b}));
        QCOMPARE(ms.at(0).line, 2);
        QCOMPARE(ms.at(1).line, 4);
        QCOMPARE(ms.at(0).offset, text.indexOf(a));
        QVERIFY(!ms.at(0).legacyShape);
    }

    void nearMissesDoNotMatch_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray body37 = test::makeToken().toUtf8().mid(3);
        QTest::newRow("36 chars") << "t=r8_" + body37.left(36) + " ";
        QTest::newRow("38 chars") << "t=r8_" + body37 + "x ";
        QTest::newRow("38 chars ending in dash") << "t=r8_" + body37 + "- ";
        QTest::newRow("word before") << "xr8_" + body37;
        QTest::newRow("digit before") << "9r8_" + body37;
        QTest::newRow("underscore before") << "_r8_" + body37;
        QTest::newRow("inside a longer word") << "abcr8_" + body37 + "def";
        QTest::newRow("wrong prefix") << "R8_" + body37;
        QTest::newRow("bad char inside") << "r8_" + body37.left(20) + "." + body37.mid(21);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix only at end") << QByteArray("r8_");
    }
    void nearMissesDoNotMatch()
    {
        QFETCH(QByteArray, text);
        QVERIFY2(findTokens(text).isEmpty(), "a near miss matched");
    }

    void boundariesThatMatch_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("start/end") << QByteArray() << QByteArray();
        QTest::newRow("quotes") << QByteArray("\"") << QByteArray("\"");
        QTest::newRow("dash before") << QByteArray("key-") << QByteArray(".");
        QTest::newRow("utf8 around") << QByteArray("é") << QByteArray("é");
        QTest::newRow("crlf") << QByteArray("\r\n") << QByteArray("\r\n");
    }
    void boundariesThatMatch()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const QByteArray tok = test::makeToken().toUtf8();
        QCOMPARE(secrets(findTokens(before + tok + after)), QList<QByteArray>{tok});
    }

    void tokenEndingInDashMatches()
    {
        // \b after a '-' would need a word character: a real token ending in '-' is still found.
        const QByteArray tok = "r8_" + QByteArray(36, 'a') + "-";
        QCOMPARE(secrets(findTokens("X=" + tok + "\n")), QList<QByteArray>{tok});
    }

    void everyChunkSplitGivesTheSameResult()
    {
        const QByteArray a = test::makeToken().toUtf8(), b = test::makeToken().toUtf8();
        const QByteArray text = "line\n" + a +
                                "\nREPLICATE_API_TOKEN=\"0123456789abcdef0123456789abcdef01234567\"\n" +
                                "near r8_short and " + b + "-tail? no: " + b + "\n";
        const QList<TokenMatch> whole = findTokens(text);
        QCOMPARE(whole.size(), 3); // a, the legacy value, b (the dash-tailed copy is 38+ chars)
        for (qsizetype step : {1, 2, 3, 7, 19, 39, 40, 41, 64, 4096}) {
            const QList<TokenMatch> got = chunked(text, step);
            QCOMPARE(got.size(), whole.size());
            for (int i = 0; i < got.size(); ++i) {
                QCOMPARE(got.at(i).secret, whole.at(i).secret);
                QCOMPARE(got.at(i).line, whole.at(i).line);
                QCOMPARE(got.at(i).offset, whole.at(i).offset);
            }
        }
    }

    void longStreamKeepsLineNumbersAndFindsLateToken()
    {
        QByteArray text;
        for (int i = 0; i < 100000; ++i)
            text += "some ordinary text r8 8 r8_ near miss\n";
        const QByteArray tok = test::makeToken().toUtf8();
        text += "late " + tok + "\n";
        const QList<TokenMatch> got = chunked(text, 65536);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().line, 100001);
    }

    void legacyAssignments_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("value"); // empty: no finding
        const QByteArray hex = "0123456789abcdef0123456789abcdef01234567";
        QTest::newRow("dotenv") << "REPLICATE_API_TOKEN=" + hex << hex;
        QTest::newRow("export quoted") << "export REPLICATE_API_TOKEN='" + hex + "'" << hex;
        QTest::newRow("python environ") << "os.environ[\"REPLICATE_API_TOKEN\"] = \"" + hex + "\"" << hex;
        QTest::newRow("yaml") << "  REPLICATE_API_TOKEN: " + hex << hex;
        QTest::newRow("r8_ too long") << "REPLICATE_API_TOKEN=r8_" + hex << "r8_" + hex;
        QTest::newRow("reference") << QByteArray("REPLICATE_API_TOKEN=$REPLICATE_API_TOKEN") << QByteArray();
        QTest::newRow("gha secret") << QByteArray("REPLICATE_API_TOKEN: ${{ secrets.REPLICATE_API_TOKEN }}")
                                    << QByteArray();
        QTest::newRow("placeholder") << QByteArray("REPLICATE_API_TOKEN=your_token_goes_here")
                                     << QByteArray();
        QTest::newRow("too short") << QByteArray("REPLICATE_API_TOKEN=abc123") << QByteArray();
        QTest::newRow("no assignment")
            << QByteArray("read REPLICATE_API_TOKEN from the environment 1234567890abcdefgh") << QByteArray();
    }
    void legacyAssignments()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, value);
        const QList<TokenMatch> ms = findTokens(text + "\n");
        if (value.isEmpty()) {
            QVERIFY(ms.isEmpty());
            return;
        }
        QCOMPARE(ms.size(), 1);
        QCOMPARE(ms.first().secret, value);
        QVERIFY(ms.first().legacyShape);
        QCOMPARE(ms.first().line, 1);
    }

    void currentTokenInAssignmentIsFoundOnce()
    {
        const QByteArray tok = test::makeToken().toUtf8();
        const QList<TokenMatch> ms = findTokens("REPLICATE_API_TOKEN=" + tok + "\n");
        QCOMPARE(ms.size(), 1);
        QVERIFY(!ms.first().legacyShape);
    }

    void zshUnmetafy()
    {
        // zsh stores bytes 0x83..0x9D and 0xA0 as 0x83 followed by the byte XOR 0x20.
        QByteArray raw("a\x83\xa3"
                       "b\x83\x80");
        ByteTransform t(ByteTransform::Kind::ZshMetafied);
        // Split the meta pair across calls.
        qsizetype n1 = t.apply(raw.data(), 2);
        qsizetype n2 = t.apply(raw.data() + 2, raw.size() - 2);
        const QByteArray out = raw.left(n1) + QByteArray(raw.constData() + 2, n2);
        QCOMPARE(out, QByteArray("a\x83"
                                 "b\xa0"));
    }

    void fishEscapedNewlineKeepsBoundary()
    {
        const QByteArray tok = test::makeToken().toUtf8();
        QByteArray line = "- cmd: echo a\\n" + tok + "\n  when: 1\n";
        QVERIFY(findTokens(line).isEmpty()); // 'n' of the escape glues to the token
        ByteTransform t(ByteTransform::Kind::FishEscapes);
        t.apply(line.data(), line.size());
        QCOMPARE(secrets(findTokens(line)), QList<QByteArray>{tok});
    }

    void blockFeedingEqualsWholeInput()
    {
        // The zero-copy path (feedBlock: the caller keeps what the matcher did not resolve) gives
        // exactly the one-shot result, for every block size.
        const QByteArray tok = test::makeToken().toUtf8();
        QByteArray text;
        for (int i = 0; i < 300; ++i)
            text += "line " + QByteArray::number(i) + (i % 37 == 0 ? " k=" + tok : QByteArray(" r8_8_r8")) +
                    (i % 53 == 0 ? "\nREPLICATE_API_TOKEN=0123456789abcdef0123456789abcdef01234567" : "") +
                    "\n";
        const QList<TokenMatch> whole = findTokens(text);
        QVERIFY(whole.size() > 8);
        for (qsizetype step : {qsizetype(1), qsizetype(7), qsizetype(64), qsizetype(4096)}) {
            TokenMatcher m;
            QByteArray buf;
            QList<TokenMatch> got;
            for (qsizetype i = 0; i < text.size(); i += step) {
                buf += text.mid(i, step);
                const qsizetype drop = m.feedBlock(buf.constData(), buf.size());
                buf.remove(0, drop);
                QVERIFY(buf.size() <= 400); // what is kept stays small
                got += m.takeMatches();
            }
            m.finishBlock(buf.constData(), buf.size());
            got += m.takeMatches();
            QCOMPARE(got.size(), whole.size());
            for (qsizetype i = 0; i < got.size(); ++i) {
                QCOMPARE(got[i].offset, whole[i].offset);
                QCOMPARE(got[i].line, whole[i].line);
                QCOMPARE(got[i].secret, whole[i].secret);
            }
        }
    }

    void countNewlinesMatchesCount()
    {
        QByteArray text;
        for (int i = 0; i < 5000; ++i)
            text += QByteArray(i % 17, 'x') + '\n';
        for (qsizetype from : {0, 1, 15, 16, 17}) {
            const QByteArray part = text.mid(from);
            QCOMPARE(countNewlines(part.constData(), part.constData() + part.size()),
                     qint64(part.count('\n')));
        }
    }
};

QTEST_APPLESS_MAIN(TstTokenMatcher)
#include "tst_tokenmatcher.moc"
