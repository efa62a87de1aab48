#include "app/vault/EnvFile.h"

#include <QTest>

using r8::EnvAssignment;

class TstEnvFile : public QObject
{
    Q_OBJECT
private slots:
    void findsAssignments();
    void ignoresNonAssignments();
    void keepsEveryOtherByte_data();
    void keepsEveryOtherByte();
    void multipleReplacements();
};

static const QByteArray T1 = "r8_AbCdEfGhIjKlMnOpQrStUvWxYz0123456-_9Z";
static const QByteArray T2 = "r8_zzzzEfGhIjKlMnOpQrStUvWxYz0123456-_Q1";

void TstEnvFile::findsAssignments()
{
    const QByteArray content = "\xEF\xBB\xBF# comment\r\n"
                               "REPLICATE_API_TOKEN=" +
                               T1 +
                               "\r\n"
                               "OTHER=1\n"
                               "  export REPLICATE_API_TOKEN = \"" +
                               T2 +
                               "\"  # inline\n"
                               "REPLICATE_API_TOKEN='" +
                               T1 + "'";
    const QList<EnvAssignment> found = r8::findTokenAssignments(content);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).line, 2);
    QCOMPARE(found.at(0).value, T1);
    QCOMPARE(found.at(0).exported, false);
    QCOMPARE(found.at(0).quote, char(0));
    QCOMPARE(content.mid(found.at(0).lineEnd, 2), QByteArray("\r\n"));
    QCOMPARE(found.at(1).line, 4);
    QCOMPARE(found.at(1).value, T2);
    QCOMPARE(found.at(1).exported, true);
    QCOMPARE(found.at(1).quote, '"');
    QCOMPARE(found.at(2).line, 5);
    QCOMPARE(found.at(2).quote, '\'');
    QCOMPARE(found.at(2).lineEnd, content.size());
}

void TstEnvFile::ignoresNonAssignments()
{
    const QByteArray content = "# REPLICATE_API_TOKEN=" + T1 +
                               "\n"
                               "REPLICATE_API_TOKEN_OLD=" +
                               T1 +
                               "\n"
                               "MY_REPLICATE_API_TOKEN=" +
                               T1 +
                               "\n"
                               "REPLICATE_API_TOKEN=\n"
                               "REPLICATE_API_TOKEN=\"" +
                               T1 +
                               "\n" // unterminated quote
                               "exportREPLICATE_API_TOKEN=" +
                               T1 + "\n";
    QCOMPARE(r8::findTokenAssignments(content).size(), 0);
}

void TstEnvFile::keepsEveryOtherByte_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    const QByteArray c = r8::movedToKeychainComment(QStringLiteral("proj"), false);
    const QByteArray ce = r8::movedToKeychainComment(QStringLiteral("proj"), true);
    QTest::newRow("lf") << QByteArray("A=1\nREPLICATE_API_TOKEN=" + T1 + "\nB=2\n")
                        << QByteArray("A=1\n" + c + "\nB=2\n");
    QTest::newRow("crlf") << QByteArray("A=1\r\nREPLICATE_API_TOKEN=" + T1 + "\r\nB=2\r\n")
                          << QByteArray("A=1\r\n" + c + "\r\nB=2\r\n");
    QTest::newRow("no final newline")
        << QByteArray("A=1\nREPLICATE_API_TOKEN=" + T1) << QByteArray("A=1\n" + c);
    QTest::newRow("export, indented, quoted")
        << QByteArray("\texport REPLICATE_API_TOKEN='" + T1 + "'\n# end\n")
        << QByteArray("\t" + ce + "\n# end\n");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFREPLICATE_API_TOKEN=" + T1 + "\n")
                         << QByteArray("\xEF\xBB\xBF" + c + "\n");
    QTest::newRow("blank lines and comments kept")
        << QByteArray("\n\n# keep me\nREPLICATE_API_TOKEN=" + T1 + " # old\n\n")
        << QByteArray("\n\n# keep me\n" + c + "\n\n");
}

void TstEnvFile::keepsEveryOtherByte()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QList<r8::EnvLineReplacement> reps;
    for (const EnvAssignment& a : r8::findTokenAssignments(before))
        reps.append({a, r8::movedToKeychainComment(QStringLiteral("proj"), a.exported)});
    QCOMPARE(reps.size(), 1);
    const QByteArray out = r8::replaceAssignmentLines(before, reps);
    QCOMPARE(out, after);
    QVERIFY(!out.contains(T1));
    QVERIFY(r8::findTokenAssignments(out).isEmpty());
}

void TstEnvFile::multipleReplacements()
{
    const QByteArray before =
        "REPLICATE_API_TOKEN=" + T1 + "\nX=y\r\nexport REPLICATE_API_TOKEN=" + T2 + "\r\nZ=1";
    QList<r8::EnvLineReplacement> reps;
    const auto found = r8::findTokenAssignments(before);
    QCOMPARE(found.size(), 2);
    reps.append({found.at(0), "# one"});
    reps.append({found.at(1), "# two"});
    QCOMPARE(r8::replaceAssignmentLines(before, reps), QByteArray("# one\nX=y\r\n# two\r\nZ=1"));
    // The comment names the keychain entry and how to use it, and never holds a secret.
    const QByteArray c = r8::movedToKeychainComment(QStringLiteral("my \"app\""), true);
    QVERIFY(c.startsWith("# export REPLICATE_API_TOKEN moved to the OS keychain"));
    QVERIFY2(c.contains("r8 exec --token 'my \"app\"' --"), c.constData());
}

QTEST_GUILESS_MAIN(TstEnvFile)
#include "tst_envfile.moc"
