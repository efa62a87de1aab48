// The leak check page, offscreen: scan a crafted folder, recognise a stored token, mark it on the
// Tokens page, move an unknown one to the keychain (file rewritten), check liveness against the
// sandbox, export a report without whole tokens, and send "Rotate" to the rotation wizard.
#include "app/core/Paths.h"
#include "app/core/Redact.h"
#include "app/sandbox/SandboxServer.h"
#include "app/scan/FindingsStore.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/leaks/FindingsModel.h"
#include "ui/leaks/LeakCheckPage.h"
#include "ui/tokens/RotationWizard.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace r8;
using namespace r8::ui;

class TstLeakCheckGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void incompleteScanIsShownNotClean()
    {
        QTemporaryDir dir;
        test::TestServices::Options options;
        options.verifier = false;
        options.settings = false;
        test::TestServices fixture(dir.filePath(QStringLiteral("data")), options);
        const Services& services = fixture.services();
        const QString project = dir.filePath(QStringLiteral("p"));
        QVERIFY(QDir().mkpath(project));
        write(project + QStringLiteral("/a.txt"), "nothing\n");
        const QString fifo = project + QStringLiteral("/pipe\x1b[2J");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        LeakCheckPage page(services);
        QSignalSpy finished(&page, &LeakCheckPage::scanFinished);
        page.scanFolder(project);
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.progressText().contains(QStringLiteral("INCOMPLETE")));
        QVERIFY(!page.progressText().contains(QStringLiteral("No exposed token found.")));
        QCOMPARE(page.notScannedModel()->rowCount(), 1);
        const QString row = page.notScannedModel()->index(0, 0).data().toString();
        QVERIFY(row.contains(QStringLiteral("pipe\\e[2J")));
        QVERIFY(row.contains(QStringLiteral("FIFO")));
    }

    void tokenInAFolderName()
    {
        // A cache folder named after the key: one row for the folder (masked), nothing to edit,
        // and neither the table, the kept findings nor an export holds the token.
        QTemporaryDir dir;
        test::TestServices::Options options;
        options.verifier = false;
        options.settings = false;
        options.findings = true;
        const QString data = dir.filePath(QStringLiteral("data"));
        test::TestServices fixture(data, options);
        const QString project = dir.filePath(QStringLiteral("p"));
        const QString tok = test::makeToken();
        QVERIFY(QDir().mkpath(project + QLatin1Char('/') + tok + QStringLiteral("/sub")));
        write(project + QLatin1Char('/') + tok + QStringLiteral("/sub/data.bin"), "nothing\n");
        LeakCheckPage page(fixture.services());
        QSignalSpy finished(&page, &LeakCheckPage::scanFinished);
        page.scanFolder(project);
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, FindingsModel::Kind).data().toString(),
                 QStringLiteral("Folder name"));
        const QString where = page.model()->index(0, FindingsModel::Where).data().toString();
        QCOMPARE(where,
                 project + QLatin1Char('/') + maskToken(tok) + QStringLiteral(" (the name of this folder)"));
        page.selectRow(0);
        QVERIFY(page.adviceText().contains(QStringLiteral("Rename or delete the folder by hand")));
        QVERIFY(!page.adviceText().contains(tok));
        QVERIFY(test::filesContaining(data, tok.toUtf8()).isEmpty()); // findings.json: masked
        QVERIFY(fixture.findings()->findings().first().inName);
        const QString md = dir.filePath(QStringLiteral("r.md"));
        QVERIFY(page.exportReport(md));
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray b = f.readAll();
        QVERIFY(b.contains("Folder name"));
        QVERIFY(!b.contains(tok.toUtf8()));
    }

    void scanMoveLiveExportRotate()
    {
        QTemporaryDir dir;
        test::TestServices::Options options;
        options.sandbox = true;
        options.settings = false;
        test::TestServices fixture(dir.filePath(QStringLiteral("data")), options);
        const Services& services = fixture.services();
        TokenVault& vault = *fixture.vault();
        session::SandboxSession& sandbox = *fixture.sandbox();
        QSignalSpy started(&sandbox, &session::SandboxSession::started);
        sandbox.start(50);
        QVERIFY(started.count() == 1 || started.wait(10000));
        const QString storedSecret = sandbox.server()->tokens().first().token; // the stored demo token
        const QString unknown = test::makeToken();

        const QString project = dir.filePath(QStringLiteral("shop"));
        QVERIFY(QDir().mkpath(project));
        write(project + QStringLiteral("/config.py"), "API = '" + storedSecret.toUtf8() + "'\n");
        write(project + QStringLiteral("/.env"), "A=1\nREPLICATE_API_TOKEN=" + unknown.toUtf8() + "\n");
        write(project + QStringLiteral("/nearmiss.txt"), "r8_" + QByteArray(36, 'a') + "\n");

        MainWindow w(services);
        w.show();
        LeakCheckPage* page = w.leakCheckPage();
        QSignalSpy finished(page, &LeakCheckPage::scanFinished);
        page->scanFolder(project);
        QVERIFY(finished.wait(20000));
        QCOMPARE(page->model()->rowCount(), 2);
        int storedRow = -1, envRow = -1;
        for (int i = 0; i < 2; ++i) {
            (page->model()->at(i).isKnownToken() ? storedRow : envRow) = i;
            QVERIFY(!page->model()
                         ->index(i, FindingsModel::Token)
                         .data()
                         .toString()
                         .contains(page->model()->at(i).secret));
        }
        QVERIFY(storedRow >= 0 && envRow >= 0);
        QCOMPARE(page->model()->index(storedRow, FindingsModel::Stored).data().toString(),
                 QStringLiteral("sandbox demo"));
        QVERIFY(page->progressText().contains(QStringLiteral("2 exposed token")));
        QCOMPARE(page->notScannedModel()->rowCount(), 0); // everything was read
        // The Tokens page marks the stored token as exposed.
        const int tokenRow = w.tokensPage()->model()->rowOf(sandbox.tokenId());
        QVERIFY(w.tokensPage()
                    ->model()
                    ->index(tokenRow, TokenTableModel::Status)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Exposed")));

        // Is the stored one live? (checked against its own environment: the sandbox)
        page->selectRow(storedRow);
        QSignalSpy live(page, &LeakCheckPage::liveChecked);
        page->checkSelectedLive();
        QVERIFY(live.wait(10000));
        QCOMPARE(page->model()->at(storedRow).live, scan::Finding::Live::Live);

        // Move the unknown .env token to the keychain: stored, line rewritten.
        page->selectRow(envRow);
        QVERIFY(page->adviceText().contains(QStringLiteral("not in your keychain")));
        QSignalSpy moved(page, &LeakCheckPage::moved);
        page->moveSelected();
        QVERIFY(moved.count() == 1 || moved.wait(10000));
        QCOMPARE(vault.records().size(), 2);
        QFile env(project + QStringLiteral("/.env"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray after = env.readAll();
        QVERIFY(!after.contains(unknown.toUtf8()));
        QVERIFY(after.startsWith("A=1\n# REPLICATE_API_TOKEN moved to the OS keychain"));

        // The report never contains a whole token.
        const QString md = dir.filePath(QStringLiteral("report.md"));
        const QString js = dir.filePath(QStringLiteral("report.json"));
        QVERIFY(page->exportReport(md));
        QVERIFY(page->exportReport(js));
        for (const QString& p : {md, js}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray b = f.readAll();
            QVERIFY(b.contains("config.py"));
            QVERIFY(!b.contains(storedSecret.toUtf8()));
            QVERIFY(!b.contains(unknown.toUtf8()));
        }

        // "Rotate" on the stored token's finding opens the rotation wizard for it.
        page->selectRow(storedRow);
        emit page->rotateRequested(page->model()->at(storedRow).recordId);
        QTRY_VERIFY(w.tokensPage()->findChild<RotationWizard*>(QStringLiteral("rotationWizard")));
        QCOMPARE(w.tokensPage()->selectedId(), sandbox.tokenId());
    }

private:
    static void write(const QString& p, const QByteArray& b)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(b);
    }
};

QTEST_MAIN(TstLeakCheckGui)
#include "tst_leakcheck_gui.moc"
