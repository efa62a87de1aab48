// History in SQLite: add/update/search/delete, bounded size, 1 MB bodies, redaction, survives a
// reopen, a damaged or locked file falls back to memory with a message; the list model.
#include "app/composer/HistoryModel.h"
#include "app/composer/HistoryRecord.h"
#include "app/composer/HistoryStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace r8::composer;

namespace {
HistoryEntry entry(const QString& target, const QByteArray& body = "{\"input\":{}}")
{
    HistoryEntry e;
    e.target = target;
    e.url = QStringLiteral("https://api.replicate.com/v1/models/%1/predictions").arg(target);
    e.requestBody = body;
    e.environment = QStringLiteral("production");
    e.tokenName = QStringLiteral("ci");
    return e;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void addSearchUpdateDeleteReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore s;
            QVERIFY(s.open(path));
            QCOMPARE(s.mode(), HistoryStore::Mode::File);
            ComposerRequest r;
            r.target = *parseTarget(QStringLiteral("black-forest-labs/flux-schnell"), nullptr);
            r.input = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a cat wearing a hat")}};
            r.waitSeconds = 7;
            HistoryEntry e = historyEntryFor(r, QUrl(QStringLiteral("https://api.replicate.com/v1")),
                                             QStringLiteral("production"), QStringLiteral("main"));
            const qint64 id = s.add(e);
            QVERIFY(id > 0);
            e.id = id;
            e.httpStatus = 201;
            e.predictionId = QStringLiteral("abc123");
            e.finalStatus = QStringLiteral("succeeded");
            e.totalMs = 1234;
            e.ttfbMs = 1200;
            e.outputUrls = {QStringLiteral("https://replicate.delivery/x/out-0.webp"),
                            QStringLiteral("data:image/png;base64,AAAA")};
            QVERIFY(s.updateResult(e));
            QVERIFY(s.add(entry(QStringLiteral("replicate/hello-world"))) > 0);
            QCOMPARE(s.count(), 2);
            QCOMPARE(s.search(QStringLiteral("cat wearing")).size(), 1);
            QCOMPARE(s.search(QStringLiteral("abc123")).size(), 1);
            QCOMPARE(s.search(QStringLiteral("hello")).size(), 1);
            QCOMPARE(s.search(QStringLiteral("%")).size(), 0); // LIKE wildcards are literal
            QCOMPARE(s.search().first().target, QStringLiteral("replicate/hello-world")); // newest first
        }
        HistoryStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count(), 2);
        const auto rows = again.search(QStringLiteral("flux"));
        QCOMPARE(rows.size(), 1);
        const auto full = again.get(rows.first().id);
        QVERIFY(full);
        QCOMPARE(full->finalStatus, QStringLiteral("succeeded"));
        QCOMPARE(full->tokenName, QStringLiteral("main"));
        QCOMPARE(full->ttfbMs, 1200);
        QCOMPARE(full->outputUrls.size(), 2);
        QVERIFY(full->outputUrls.at(1).contains(QLatin1String("not kept")));
        QString error;
        const auto reopened = HistoryStore::toComposerRequest(*full, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->input.value(QLatin1String("prompt")).toString(),
                 QStringLiteral("a cat wearing a hat"));
        QCOMPARE(reopened->waitSeconds, 7);
        QVERIFY(again.remove(rows.first().id));
        QCOMPARE(again.count(), 1);
        QVERIFY(again.clear());
        QCOMPARE(again.count(), 0);
    }

    void boundedAndTruncatedAndRedacted()
    {
        HistoryStore s;
        QVERIFY(s.open(QStringLiteral(":memory:")));
        s.setMaxEntries(5);
        for (int i = 0; i < 12; ++i)
            QVERIFY(s.add(entry(QStringLiteral("o/m%1").arg(i))) > 0);
        QCOMPARE(s.count(), 5);
        QCOMPARE(s.search().last().target, QStringLiteral("o/m7"));
        QByteArray big = "{\"input\":{\"prompt\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}}";
        const QString token = QStringLiteral("r8_") + QString(37, QLatin1Char('Q'));
        HistoryEntry e = entry(QStringLiteral("o/big"), big);
        e.url += QStringLiteral("?t=") + token;
        e.error = QStringLiteral("failed with ") + token;
        const qint64 id = s.add(e);
        const auto back = s.get(id);
        QVERIFY(back);
        QVERIFY(back->bodyTruncated);
        QCOMPARE(back->bodyBytes, big.size());
        QVERIFY(back->requestBody.size() < HistoryStore::maxBodyBytes + 200);
        QVERIFY(back->requestBody.contains("truncated"));
        QVERIFY(!back->url.contains(token));
        QVERIFY(!back->error.contains(token));
        QString error;
        QVERIFY(!HistoryStore::toComposerRequest(*back, &error));
        QVERIFY(error.contains(QLatin1String("1 MB")));
    }

    void damagedFileFallsBackToMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a'));
        f.close();
        HistoryStore s;
        QVERIFY(!s.open(path));
        QCOMPARE(s.mode(), HistoryStore::Mode::Memory);
        QVERIFY(s.message().contains(path) || s.message().contains(QDir::toNativeSeparators(path)));
        QVERIFY(s.add(entry(QStringLiteral("o/m"))) > 0); // the app keeps working
        QCOMPARE(s.count(), 1);
        QCOMPARE(QFileInfo(path).size(), 8192); // the damaged file is left alone
    }

    void lockedFileFallsBackToMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore first;
            QVERIFY(first.open(path));
        }
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(path);
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        {
            HistoryStore s;
            s.setBusyTimeoutMs(100);
            QVERIFY(!s.open(path));
            QCOMPARE(s.mode(), HistoryStore::Mode::Memory);
            QVERIFY2(s.message().contains(QLatin1String("locked")), qPrintable(s.message()));
            QVERIFY(s.add(entry(QStringLiteral("o/m"))) > 0);
        }
        q.exec(QStringLiteral("ROLLBACK"));
        q = QSqlQuery();
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void model()
    {
        HistoryStore s;
        QVERIFY(s.open(QStringLiteral(":memory:")));
        HistoryModel m(&s);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        s.add(entry(QStringLiteral("black-forest-labs/flux-schnell")));
        s.add(entry(QStringLiteral("replicate/hello-world")));
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.data(m.index(0, HistoryModel::Target)).toString(),
                 QStringLiteral("replicate/hello-world"));
        QCOMPARE(m.data(m.index(0, HistoryModel::Token)).toString(), QStringLiteral("ci"));
        m.setFilter(QStringLiteral("flux"));
        QCOMPARE(m.rowCount(), 1);
        QVERIFY(s.remove(m.data(m.index(0, 0), HistoryModel::IdRole).toLongLong()));
        QCOMPARE(m.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
