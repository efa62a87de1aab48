// The r8 dispatcher: help, version, unknown commands, global options before the command name.
#include "cli/Cli.h"
#include "core/Paths.h"

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
    void unknownCommand()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command “frobnicate”")));
    }
    void globalOptionsBeforeCommand()
    {
        // `r8 --env staging tokens --help` is `r8 tokens --env staging --help`.
        const Run r = run({QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("tokens"), QStringLiteral("--help")});
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
