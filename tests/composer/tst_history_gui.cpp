// The History page, offscreen, on a real SQLite file in the test HOME: newest first, search as you
// type, the details pane, reopen (button, Enter, double-click), copy as code, delete one / clear
// all after confirmation, a "restart" on the same file, a damaged file (message, the page keeps
// working in memory), and no token text anywhere (widgets, model, clipboard, prompts, disk).
#include "app/composer/HistoryModel.h"
#include "app/composer/HistoryRecord.h"
#include "app/composer/HistoryStore.h"
#include "app/core/Paths.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/DarkPalette.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Prompt.h"
#include "ui/history/CopyAsMenu.h"
#include "ui/history/HistoryPage.h"
#include "ui/history/ShowCodeDialog.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace r8;
using namespace r8::ui;
using namespace r8::composer;

namespace {

struct Reopened
{
    int count = 0;
    QJsonObject request;
    QString environment;
    QString tokenName;
};

ComposerRequest request(const QString& target, const QString& prompt)
{
    ComposerRequest r;
    r.target = *parseTarget(target, nullptr);
    r.input = QJsonObject{{QStringLiteral("prompt"), prompt}, {QStringLiteral("seed"), 42}};
    return r;
}

// One row as the composer stores it: the request, then the create answer and the prediction.
HistoryEntry entry(const ComposerRequest& r, const QString& env, const QString& tokenName, int minutesAgo)
{
    HistoryEntry e = historyEntryFor(r, QUrl(QStringLiteral("http://127.0.0.1:8123/v1")), env, tokenName);
    e.sentAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    e.httpStatus = 201;
    e.predictionId = QStringLiteral("p%1x").arg(minutesAgo, 6, 10, QLatin1Char('0'));
    e.finalStatus = QStringLiteral("succeeded");
    e.ttfbMs = 180;
    e.totalMs = 2450;
    e.outputUrls = {QStringLiteral("https://replicate.delivery/xezq/%1/out-0.webp").arg(minutesAgo)};
    return e;
}

QString uniquePath(const QString& what)
{
    return QDir(appDataDir())
        .absoluteFilePath(QStringLiteral("%1-%2-%3.sqlite")
                              .arg(what)
                              .arg(QCoreApplication::applicationPid())
                              .arg(QDateTime::currentMSecsSinceEpoch()));
}

// Every text the page shows: labels, fields, lists, the body, and every cell/tooltip of the table.
QString allVisibleText(QWidget* page)
{
    QStringList out;
    for (auto* l : page->findChildren<QLabel*>())
        out << l->text() << l->toolTip();
    for (auto* e : page->findChildren<QLineEdit*>())
        out << e->text() << e->toolTip();
    for (auto* p : page->findChildren<QPlainTextEdit*>())
        out << p->toPlainText();
    for (auto* list : page->findChildren<QListWidget*>()) {
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text() << list->item(i)->toolTip();
    }
    for (auto* t : page->findChildren<QTableView*>()) {
        const QAbstractItemModel* m = t->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    out << m->index(r, c).data(role).toString();
            }
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TstHistoryGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        Prompt::setNonInteractive(true);
        QAccessible::setActive(true);
        m_token = test::makeToken();
    }
    void init() { Prompt::resetForTests(); }

    void listSearchDetailsReopenDelete()
    {
        const QString path = uniquePath(QStringLiteral("history-gui"));
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.message()));
        QCOMPARE(store.mode(), HistoryStore::Mode::File);
        // Three requests, oldest first; the last one had a token pasted into its prompt.
        const ComposerRequest flux =
            request(QStringLiteral("black-forest-labs/flux-schnell"), QStringLiteral("a red fox"));
        const ComposerRequest hello =
            request(QStringLiteral("replicate/hello-world"), QStringLiteral("hello there"));
        ComposerRequest llama = request(QStringLiteral("meta/meta-llama-3-8b-instruct"),
                                        QStringLiteral("why is my key %1 not working").arg(m_token));
        llama.wait = false;
        llama.cancelAfter = QStringLiteral("90s");
        QVERIFY(store.add(entry(flux, QStringLiteral("production"), QStringLiteral("shop-prod"), 30)) > 0);
        QVERIFY(store.add(entry(hello, QStringLiteral("staging"), QStringLiteral("shop-staging"), 20)) > 0);
        HistoryEntry failed = entry(llama, QStringLiteral("development"), QStringLiteral("laptop"), 10);
        failed.finalStatus = QStringLiteral("failed");
        failed.error = QStringLiteral("CUDA out of memory (token %1)").arg(m_token);
        failed.outputUrls.clear();
        QVERIFY(store.add(failed) > 0);

        HistoryPage page(&store);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        HistoryModel* model = page.model();

        // Newest first; the newest is selected and its details shown.
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, HistoryModel::Target).data().toString(),
                 QStringLiteral("meta/meta-llama-3-8b-instruct"));
        QCOMPARE(model->index(1, HistoryModel::Target).data().toString(),
                 QStringLiteral("replicate/hello-world"));
        QCOMPARE(model->index(2, HistoryModel::Target).data().toString(),
                 QStringLiteral("black-forest-labs/flux-schnell"));
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.selectedRow(), 0);
        QVERIFY(page.detailsText().contains(QStringLiteral("failed")));
        QVERIFY(page.detailsText().contains(QStringLiteral("CUDA out of memory")));
        QVERIFY(page.detailsText().contains(QStringLiteral("laptop")));

        // The details of the flux row: time, environment, token name, URL, body, status, timings, outputs.
        page.selectRow(2);
        const QString details = page.detailsText();
        QVERIFY2(details.contains(QStringLiteral("production")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("shop-prod")));
        QVERIFY(details.contains(QStringLiteral(
            "POST http://127.0.0.1:8123/v1/models/black-forest-labs/flux-schnell/predictions")));
        QVERIFY(details.contains(QStringLiteral("\"prompt\": \"a red fox\"")));
        QVERIFY(details.contains(QStringLiteral("201")));
        QVERIFY(details.contains(QStringLiteral("p000030x")));
        QVERIFY(details.contains(QStringLiteral("succeeded")));
        QVERIFY(details.contains(QStringLiteral("first byte after 180 ms")));
        QVERIFY(details.contains(QStringLiteral("https://replicate.delivery/xezq/30/out-0.webp")));
        // The output URL can be copied.
        auto* outputs = page.findChild<QListWidget*>(QStringLiteral("outputsList"));
        QCOMPARE(outputs->currentRow(), 0);
        page.findChild<QPushButton*>(QStringLiteral("copyOutputButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("https://replicate.delivery/xezq/30/out-0.webp"));
        QVERIFY(page.messageText().contains(QStringLiteral("Copied")));

        // Search filters as you type (typing, not a direct call), and says when nothing matches.
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
        QTest::keyClicks(search, QStringLiteral("hello"));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, HistoryModel::Target).data().toString(),
                 QStringLiteral("replicate/hello-world"));
        QCOMPARE(page.selectedRow(), 0);
        page.setSearchText(QStringLiteral("p000030x")); // the prediction id
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entryAt(0).target, QStringLiteral("black-forest-labs/flux-schnell"));
        page.setSearchText(QStringLiteral("no such thing"));
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.emptyStateText().contains(QStringLiteral("No request matches")));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape); // clears the search
        QCOMPARE(search->text(), QString());
        QCOMPARE(model->rowCount(), 3);

        // Reopen: the button, Enter in the list and a double-click all emit the stored request.
        Reopened got;
        connect(&page, &HistoryPage::reopenRequested, this,
                [&got](const ComposerRequest& r, const QString& env, const QString& token) {
                    ++got.count;
                    got.request = composerRequestToJson(r);
                    got.environment = env;
                    got.tokenName = token;
                });
        page.selectRow(1);
        page.findChild<QPushButton*>(QStringLiteral("reopenButton"))->click();
        QCOMPARE(got.count, 1);
        QCOMPARE(got.request, composerRequestToJson(hello));
        QCOMPARE(got.environment, QStringLiteral("staging"));
        QCOMPARE(got.tokenName, QStringLiteral("shop-staging"));
        auto* table = page.findChild<QTableView*>(QStringLiteral("table"));
        page.selectRow(2);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(got.count, 2);
        QCOMPARE(got.request, composerRequestToJson(flux));
        QCOMPARE(got.environment, QStringLiteral("production"));
        const QRect cell = table->visualRect(table->model()->index(0, HistoryModel::Target));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(page.selectedRow(), 0);
        // A click shows the row's details and enables its actions (the row becomes current before
        // it is selected: the details must follow the selection).
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reopenButton"))->isEnabled());
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
        QVERIFY(page.findChild<QWidget*>(QStringLiteral("details"))->isEnabled());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(got.count, 3);
        QCOMPARE(got.tokenName, QStringLiteral("laptop"));
        QCOMPARE(got.request.value(QStringLiteral("wait")).toBool(), false);
        QCOMPARE(got.request.value(QStringLiteral("cancel_after")).toString(),
                 QStringLiteral("90s"));                                          // the options
        QVERIFY(!QJsonDocument(got.request).toJson().contains(m_token.toUtf8())); // redacted on the way in

        // Copy as curl from history: the environment's base URL, the token by variable only.
        page.selectRow(1);
        QVERIFY(page.copyAsMenu()->copy(CodeFormat::Curl));
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.contains(
                     QStringLiteral("http://127.0.0.1:8123/v1/models/replicate/hello-world/predictions")),
                 qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("$REPLICATE_API_TOKEN")));
        QVERIFY(page.messageText().startsWith(QStringLiteral("Copied as curl")));
        QVERIFY(page.copyAsMenu()->copy(CodeFormat::R8Exec));
        QVERIFY2(
            QGuiApplication::clipboard()->text().startsWith(QStringLiteral("r8 exec --token shop-staging")),
            qPrintable(QGuiApplication::clipboard()->text()));

        // No token text anywhere: widgets, table cells and tooltips (every row selected in turn), the
        // database file.
        for (int row = 0; row < model->rowCount(); ++row) {
            page.selectRow(row);
            QVERIFY2(!allVisibleText(&page).contains(m_token), "the page shows the token");
        }
        QVERIFY(test::filesContaining(QFileInfo(path).absolutePath(), m_token.toUtf8()).isEmpty());

        // Every control has an accessible name.
        int checked = 0;
        const QStringList nameless = test::namelessControls(&page, &checked);
        QVERIFY(checked > 5);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));

        // Delete one: cancelled keeps it; confirmed removes it and selects the next row.
        page.selectRow(1);
        Prompt::queueAnswer(false);
        QVERIFY(!page.deleteSelected());
        QCOMPARE(store.count(), 3);
        QVERIFY(Prompt::shownTexts().last().contains(QStringLiteral("replicate/hello-world")));
        Prompt::queueAnswer(true);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(store.count(), 2);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(page.selectedRow(), 1);
        QCOMPARE(model->entryAt(1).target, QStringLiteral("black-forest-labs/flux-schnell"));

        // A new request arriving keeps the user's selection.
        const qint64 selected = page.selectedId();
        QVERIFY(store.add(entry(hello, QStringLiteral("staging"), QStringLiteral("shop-staging"), 1)) > 0);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(page.selectedId(), selected);

        // Clear all: cancelled, then confirmed → the empty state.
        Prompt::queueAnswer(false);
        QVERIFY(!page.clearAll());
        QCOMPARE(store.count(), 3);
        Prompt::queueAnswer(true);
        QVERIFY(page.clearAll());
        QVERIFY(Prompt::shownTexts().last().contains(QStringLiteral("Delete all 3 requests")));
        QCOMPARE(store.count(), 0);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.emptyStateText().contains(QStringLiteral("No requests yet")));
        for (const QString& t : Prompt::shownTexts())
            QVERIFY(!t.contains(m_token));
        QFile::remove(path);
    }

    void truncatedBodyCannotBeReopened()
    {
        HistoryStore store;
        QVERIFY(store.open(uniquePath(QStringLiteral("history-big"))));
        ComposerRequest big = request(QStringLiteral("stability-ai/sdxl"),
                                      QString(HistoryStore::maxBodyBytes + 10, QLatin1Char('y')));
        QVERIFY(store.add(entry(big, QStringLiteral("development"), QStringLiteral("laptop"), 5)) > 0);
        HistoryPage page(&store);
        int reopened = 0;
        connect(&page, &HistoryPage::reopenRequested, this, [&reopened]() { ++reopened; });
        QCOMPARE(page.selectedRow(), 0);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("reopenButton"))->isEnabled());
        QVERIFY(!page.reopenSelected());
        QCOMPARE(reopened, 0);
        QVERIFY(page.messageText().contains(QStringLiteral("1 MB")));
        QVERIFY(page.detailsText().contains(QStringLiteral("Only the first part")));
        QFile::remove(store.path());
    }

    void survivesRestart()
    {
        const QString path = uniquePath(QStringLiteral("history-restart"));
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            HistoryPage page(&store);
            QVERIFY(page.isShowingEmptyState());
            for (int i = 0; i < 5; ++i)
                QVERIFY(store.add(entry(
                            request(QStringLiteral("replicate/hello-world"), QStringLiteral("run %1").arg(i)),
                            QStringLiteral("staging"), QStringLiteral("ci"), 50 - i)) > 0);
            QCOMPARE(page.model()->rowCount(), 5);
        }
        HistoryStore store;
        QVERIFY(store.open(path));
        HistoryPage page(&store);
        QCOMPARE(page.model()->rowCount(), 5);
        QVERIFY(!page.isShowingEmptyState());
        QCOMPARE(page.messageText(), QString());
        page.setSearchText(QStringLiteral("run 4"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->entryAt(0).predictionId, QStringLiteral("p000046x"));
        // The history size setting prunes the oldest.
        page.setSearchText(QString());
        page.store()->setMaxEntries(3);
        QCOMPARE(store.count(), 3);
        page.model()->reload();
        QCOMPARE(page.model()->rowCount(), 3);
        QFile::remove(path);
    }

    void damagedDatabaseShowsMessageAndKeepsWorking()
    {
        const QString path = uniquePath(QStringLiteral("history-damaged"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, '\x5a'));
        }
        HistoryStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.mode(), HistoryStore::Mode::Memory);
        HistoryPage page(&store);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(page.messageText().contains(QDir::toNativeSeparators(path)), qPrintable(page.messageText()));
        QVERIFY(page.messageText().contains(QStringLiteral("memory")));
        QVERIFY(page.isShowingEmptyState());
        // Requests sent in this session are listed, searchable and reopenable.
        const ComposerRequest r =
            request(QStringLiteral("black-forest-labs/flux-schnell"), QStringLiteral("session only"));
        QVERIFY(store.add(entry(r, QStringLiteral("development"), QStringLiteral("laptop"), 3)) > 0);
        QVERIFY(store.add(entry(request(QStringLiteral("replicate/hello-world"), QStringLiteral("x")),
                                QStringLiteral("development"), QStringLiteral("laptop"), 2)) > 0);
        QCOMPARE(page.model()->rowCount(), 2);
        QVERIFY(!page.isShowingEmptyState());
        page.setSearchText(QStringLiteral("session only"));
        QCOMPARE(page.model()->rowCount(), 1);
        int reopened = 0;
        connect(&page, &HistoryPage::reopenRequested, this, [&reopened]() { ++reopened; });
        QVERIFY(page.reopenSelected());
        QCOMPARE(reopened, 1);
        QVERIFY(page.messageText().contains(QStringLiteral("memory"))); // still said
        QCOMPARE(QFileInfo(path).size(), 8192);                         // the damaged file is left alone
        QFile::remove(path);
    }

    // Renders the page with ~20 entries (and the Show code dialog), light and dark, when asked:
    //   R8_HISTORY_SHOTS=/some/dir sh tests/run-headless.sh BUILD -R tst_history_gui
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("R8_HISTORY_SHOTS");
        if (dir.isEmpty())
            QSKIP("set R8_HISTORY_SHOTS to a folder to render the page");
        QDir().mkpath(dir);
        const QString path = uniquePath(QStringLiteral("history-shots"));
        HistoryStore store;
        QVERIFY(store.open(path));
        const QStringList models{
            QStringLiteral("black-forest-labs/flux-schnell"), QStringLiteral("replicate/hello-world"),
            QStringLiteral("meta/meta-llama-3-8b-instruct"), QStringLiteral("stability-ai/sdxl")};
        const QStringList envs{QStringLiteral("production"), QStringLiteral("staging"),
                               QStringLiteral("development"), QStringLiteral("sandbox")};
        const QStringList prompts{QStringLiteral("a lighthouse at dusk, oil painting"),
                                  QStringLiteral("world"), QStringLiteral("Write a haiku about latency"),
                                  QStringLiteral("isometric city block, night")};
        for (int i = 0; i < 20; ++i) {
            HistoryEntry e = entry(request(models[i % 4], prompts[i % 4]), envs[(i / 2) % 4],
                                   QStringList{QStringLiteral("shop-prod"), QStringLiteral("ci"),
                                               QStringLiteral("laptop")}[i % 3],
                                   200 - i * 9);
            e.totalMs = 800 + (i * 733) % 9000;
            e.ttfbMs = 90 + (i * 37) % 400;
            if (i % 7 == 3) {
                e.finalStatus = QStringLiteral("failed");
                e.error = QStringLiteral("The model crashed: CUDA out of memory");
                e.outputUrls.clear();
            } else if (i % 4 == 2) {
                e.outputUrls = {QStringLiteral("data:text/plain;base64,SGVsbG8=")};
            } else if (i % 4 == 3) {
                e.outputUrls << QStringLiteral("https://replicate.delivery/xezq/%1/out-1.webp").arg(i);
            }
            QVERIFY(store.add(e) > 0);
        }
        for (bool dark : {false, true}) {
            const QPalette saved = QApplication::palette();
            if (dark)
                QApplication::setPalette(r8::test::darkPalette());
            {
                HistoryPage page(&store);
                page.resize(1280, 800);
                page.show();
                page.selectRow(0); // two output URLs
                QApplication::processEvents();
                const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
                QVERIFY(page.grab().save(dir + QStringLiteral("/history-%1.png").arg(suffix)));
                page.showMessage(
                    QStringLiteral(
                        "The history file /home/me/.local/share/r8desk/history.sqlite cannot be "
                        "used (the file is damaged). History is kept in memory for this session only."),
                    true);
                page.selectRow(2); // a failed one
                page.resize(1050, 720);
                QApplication::processEvents();
                QVERIFY(page.grab().save(dir + QStringLiteral("/history-narrow-%1.png").arg(suffix)));
                page.setSearchText(QStringLiteral("no such request"));
                QApplication::processEvents();
                QVERIFY(page.grab().save(dir + QStringLiteral("/history-nomatch-%1.png").arg(suffix)));
                page.selectRow(0);
                page.setSearchText(QString());
                page.selectRow(3);
                auto* dialog =
                    qobject_cast<ShowCodeDialog*>(page.copyAsMenu()->showCode(CodeFormat::PythonRequests));
                QVERIFY(dialog);
                QApplication::processEvents();
                QVERIFY(dialog->grab().save(dir + QStringLiteral("/show-code-%1.png").arg(suffix)));
                dialog->close();
            }
            {
                HistoryStore empty;
                QVERIFY(empty.open(QStringLiteral(":memory:")));
                HistoryPage page(&empty);
                page.resize(1280, 800);
                page.show();
                QApplication::processEvents();
                QVERIFY(page.grab().save(dir +
                                         QStringLiteral("/history-empty-%1.png")
                                             .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))));
            }
            QApplication::setPalette(saved);
        }
        QFile::remove(path);
    }

private:
    QString m_token;
};

QTEST_MAIN(TstHistoryGui)
#include "tst_history_gui.moc"
