// The r8 dispatcher: help, version, unknown commands, global options before the command name.
#include "app/cli/Cli.h"
#include "app/cli/CommandHelp.h"
#include "app/core/Paths.h"

#include <QGuiApplication>
#include <QTest>

namespace {
struct Run
{
    int code;
    QString out;
    QString err;
};
Run run(const QStringList& args)
{
    QString out, err, in;
    QTextStream o(&out), e(&err), i(&in);
    const int code = r8::cli::run(args, o, e, i, false);
    o.flush();
    e.flush();
    return {code, out, err};
}
} // namespace

class TstCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { r8::setApplicationIdentity(); }
    void versionAndHelp()
    {
        QVERIFY(run({QStringLiteral("--version")}).out.startsWith(QStringLiteral("r8 ")));
        const Run h = run({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QStringLiteral("tokens")));
        QCOMPARE(run({}).code, 2);
    }
    // `r8 COMMAND --help` starts with that command's usage line, once, and never names the binary's path.
    void commandHelpHasOneUsageLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        for (const char* c : {"tokens", "sandbox", "account", "env", "exec", "run", "scan"})
            QTest::newRow(c) << QStringList{QString::fromLatin1(c), QStringLiteral("--help")}
                             << QStringLiteral("Usage: r8 ") + QString::fromLatin1(c);
        QTest::newRow("tokens verify")
            << QStringList{QStringLiteral("tokens"), QStringLiteral("verify"), QStringLiteral("--help")}
            << QStringLiteral("Usage: r8 tokens verify");
        QTest::newRow("tokens remote")
            << QStringList{QStringLiteral("tokens"), QStringLiteral("remote"), QStringLiteral("--help")}
            << QStringLiteral("Usage: r8 tokens remote");
    }
    void commandHelpHasOneUsageLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        const Run r = run(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out.left(200)));
        QCOMPARE(r.out.count(QStringLiteral("Usage:")), 1);
        QVERIFY2(!r.out.contains(QCoreApplication::applicationFilePath()), qPrintable(r.out.left(200)));
        QVERIFY(r.out.contains(QStringLiteral("--help")));
    }
    void tidyHelpText()
    {
        using r8::cli::tidyCommandHelp;
        // Own usage line: Qt's is dropped.
        QCOMPARE(tidyCommandHelp(QStringLiteral("Usage: /x/r8 [options]\nUsage: r8 env\n\nOptions:\n"),
                                 QStringLiteral("env")),
                 QStringLiteral("Usage: r8 env\n\nOptions:\n"));
        // No usage line of its own: Qt's names `r8 COMMAND` instead of the path.
        QCOMPARE(tidyCommandHelp(QStringLiteral("Usage: /x/r8 [options] action\nRun it.\n"),
                                 QStringLiteral("sandbox")),
                 QStringLiteral("Usage: r8 sandbox [options] action\nRun it.\n"));
        // Another language: the same, with Qt's word.
        QCOMPARE(tidyCommandHelp(QStringLiteral("Aufruf: /x/r8 [Optionen]\nAufruf: r8 env\n"),
                                 QStringLiteral("env")),
                 QStringLiteral("Aufruf: r8 env\n"));
        // Not Qt's shape: untouched.
        QCOMPARE(tidyCommandHelp(QStringLiteral("plain text"), QStringLiteral("env")),
                 QStringLiteral("plain text"));
    }
    void unknownCommand()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command “frobnicate”")));
    }
    void globalOptionsBeforeCommand()
    {
        // `r8 --env staging tokens --help` is `r8 tokens --env staging --help`.
        const Run r = run({QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("tokens"),
                           QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("r8 tokens add NAME")));
        const Run r2 = run({QStringLiteral("--env=staging"), QStringLiteral("--token"), QStringLiteral("x"),
                            QStringLiteral("frobnicate")});
        QVERIFY(r2.err.contains(QStringLiteral("“frobnicate”")));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TstCli t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_cli.moc"
