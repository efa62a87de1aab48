// Starting r8desk a second time brings the running window forward and exits.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void secondStartActivatesFirst()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString exe = qEnvironmentVariable("R8DESK");
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(exe, {});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(home.filePath(QStringLiteral("r8desk-instance"))), 20000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(exe, {QStringLiteral("--minimized")});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(second.readAllStandardError().contains("already running"));
        QCOMPARE(first.state(), QProcess::Running);
        QByteArray firstErr;
        QTRY_VERIFY_WITH_TIMEOUT((firstErr += first.readAllStandardError()).contains("activation requested"),
                                 10000);

        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TstSingleInstance)
#include "tst_single_instance.moc"
