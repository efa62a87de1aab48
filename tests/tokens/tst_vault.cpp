// The vault's logic on the in-memory SecretStore.
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;

namespace {
TokenVault::AddResult addSync(TokenVault& v, const QString& name, const QString& env, const QString& raw)
{
    TokenVault::AddResult out;
    bool done = false;
    QObject ctx;
    v.add({name, env, QString(), raw}, &ctx, [&](const TokenVault::AddResult& r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 5000))
        out.error = QStringLiteral("timed out");
    return out;
}

TokenVault::Outcome removeSync(TokenVault& v, const QString& id)
{
    TokenVault::Outcome out;
    bool done = false;
    QObject ctx;
    v.remove(id, &ctx, [&](const TokenVault::Outcome& o) {
        out = o;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, 5000))
        out.error = QStringLiteral("timed out");
    return out;
}
} // namespace

class TstVault : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_dir.reset(new QTemporaryDir); }

    void addStoresSecretOnlyInStore()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        const QString tok = test::makeToken();
        QSignalSpy inserted(&v, &TokenVault::inserted);
        const auto r = addSync(v, QStringLiteral("my-app"), QStringLiteral("Production"),
                               QStringLiteral("Bearer ") + tok);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(v.records().size(), 1);
        const TokenRecord rec = v.records().first();
        QCOMPARE(rec.name, QStringLiteral("my-app"));
        QCOMPARE(rec.environment, QStringLiteral("production")); // normalised
        QCOMPARE(rec.hint, tok.right(4));
        QVERIFY(rec.addedAt.isValid());
        QCOMPARE(rec.status, TokenStatus::Unknown);
        QVERIFY(store.contains(rec.id));
        QCOMPARE(v.defaultFor(QStringLiteral("production")), rec.id); // first of its environment
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(!json.contains(tok.toUtf8()));
        QVERIFY(json.contains("\"format_version\": 1"));
        QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void reloadsWithoutReadingSecrets()
    {
        MemorySecretStore store;
        {
            TokenVault v(&store, path());
            QVERIFY(addSync(v, QStringLiteral("a"), QStringLiteral("staging"), test::makeToken()).ok);
            QVERIFY(addSync(v, QStringLiteral("b"), QStringLiteral("staging"), test::makeToken()).ok);
        }
        const int readsBefore = store.readCount();
        TokenVault again(&store, path());
        QString err;
        QVERIFY(again.load(&err));
        QCOMPARE(again.records().size(), 2);
        QCOMPARE(again.records().at(1).name, QStringLiteral("b"));
        QCOMPARE(again.defaultFor(QStringLiteral("staging")), again.records().at(0).id);
        QCOMPARE(store.readCount(), readsBefore); // metadata only
    }

    void refusesBadInputAndNames()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        auto r = addSync(v, QStringLiteral("x"), {}, QStringLiteral("two\nlines"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("several lines")));
        r = addSync(v, QStringLiteral("  "), {}, test::makeToken());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("name")));
        QVERIFY(addSync(v, QStringLiteral("dup"), {}, test::makeToken()).ok);
        r = addSync(v, QStringLiteral("DUP"), {}, test::makeToken());
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("already exists")));
        QCOMPARE(store.size(), 1);
    }

    void legacyShapeAcceptedWithWarning()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        const auto r =
            addSync(v, QStringLiteral("old"), {}, QStringLiteral("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0"));
        QVERIFY(r.ok);
        QVERIFY(!r.warning.isEmpty());
        QVERIFY(v.records().first().legacyShape);
    }

    void duplicateSecretNamesTheRecord()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        const QString tok = test::makeToken();
        const auto first = addSync(v, QStringLiteral("original"), {}, tok);
        QVERIFY(first.ok);
        // Another token with the same last four characters is not a duplicate.
        QString sameHint = test::makeToken();
        sameHint.replace(36, 4, tok.right(4));
        QVERIFY(addSync(v, QStringLiteral("other"), {}, sameHint).ok);
        const auto again =
            addSync(v, QStringLiteral("copy"), {}, QStringLiteral("export REPLICATE_API_TOKEN=") + tok);
        QVERIFY(!again.ok);
        QCOMPARE(again.duplicateOf, first.id);
        QVERIFY2(again.error.contains(QStringLiteral("“original”")), qPrintable(again.error));
        QCOMPARE(v.records().size(), 2);
    }

    void renameRelabelDefaultNote()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        const QString a =
            addSync(v, QStringLiteral("a"), QStringLiteral("development"), test::makeToken()).id;
        const QString b =
            addSync(v, QStringLiteral("b"), QStringLiteral("development"), test::makeToken()).id;
        QCOMPARE(v.defaultFor(QStringLiteral("development")), a);
        QVERIFY(v.setDefault(b).ok);
        QCOMPARE(v.defaultFor(QStringLiteral("development")), b);
        QVERIFY(!v.rename(a, QStringLiteral("B")).ok); // taken (case-insensitive)
        QVERIFY(v.rename(a, QStringLiteral("alpha")).ok);
        QCOMPARE(v.record(a)->name, QStringLiteral("alpha"));
        QVERIFY(v.setNote(a, QStringLiteral(" used by CI ")).ok);
        QCOMPARE(v.record(a)->note, QStringLiteral("used by CI"));
        // Moving the default away picks the next one in the old environment and
        // makes it the default of an environment that had none.
        QVERIFY(v.setEnvironment(b, QStringLiteral("client-x")).ok);
        QCOMPARE(v.record(b)->environment, QStringLiteral("client-x"));
        QCOMPARE(v.defaultFor(QStringLiteral("development")), a);
        QCOMPARE(v.defaultFor(QStringLiteral("client-x")), b);
        QVERIFY(v.environments().contains(QStringLiteral("client-x")));
        TokenVault reloaded(&store, path());
        QString err;
        QVERIFY(reloaded.load(&err));
        QCOMPARE(reloaded.record(a)->name, QStringLiteral("alpha"));
        QCOMPARE(reloaded.defaultFor(QStringLiteral("client-x")), b);
    }

    void removeDeletesSecretAndMovesDefault()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        const QString a = addSync(v, QStringLiteral("a"), QStringLiteral("staging"), test::makeToken()).id;
        const QString b = addSync(v, QStringLiteral("b"), QStringLiteral("staging"), test::makeToken()).id;
        QSignalSpy removed(&v, &TokenVault::removed);
        QVERIFY(removeSync(v, a).ok);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!store.contains(a));
        QCOMPARE(v.defaultFor(QStringLiteral("staging")), b);
        QVERIFY(removeSync(v, b).ok);
        QVERIFY(v.defaultFor(QStringLiteral("staging")).isEmpty());
        QVERIFY(v.records().isEmpty());
    }

    void keychainFailureLeavesMetadataUntouched()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        const QString a = addSync(v, QStringLiteral("a"), {}, test::makeToken()).id;
        QFile f(path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        store.setFailure(SecretError::Kind::Locked, QStringLiteral("collection is locked"));
        const auto r = addSync(v, QStringLiteral("b"), {}, test::makeToken());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("locked")), qPrintable(r.error));
        QVERIFY(r.error.contains(QStringLiteral("Unlock")));
        const auto rm = removeSync(v, a);
        QVERIFY(!rm.ok);
        QCOMPARE(v.records().size(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        store.setFailure(SecretError::Kind::NoService);
        const auto r2 = addSync(v, QStringLiteral("c"), {}, test::makeToken());
        QVERIFY(r2.error.contains(QStringLiteral("Secret Service")));
    }

    void corruptFileIsNeverOverwritten()
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ this is not json");
        f.close();
        MemorySecretStore store;
        TokenVault v(&store, path());
        QString err;
        QVERIFY(!v.load(&err));
        QVERIFY2(err.contains(QStringLiteral("not valid JSON")), qPrintable(err));
        QVERIFY(!v.isWritable());
        const auto r = addSync(v, QStringLiteral("x"), {}, test::makeToken());
        QVERIFY(!r.ok);
        QCOMPARE(store.size(), 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("{ this is not json"));
    }

    void newerFormatRefused()
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format_version": 99, "tokens": []})");
        f.close();
        MemorySecretStore store;
        TokenVault v(&store, path());
        QString err;
        QVERIFY(!v.load(&err));
        QVERIFY(err.contains(QStringLiteral("newer")));
    }

    void uniqueNames()
    {
        MemorySecretStore store;
        TokenVault v(&store, path());
        QVERIFY(addSync(v, QStringLiteral("proj"), {}, test::makeToken()).ok);
        QCOMPARE(v.uniqueName(QStringLiteral("proj")), QStringLiteral("proj (2)"));
        QCOMPARE(v.uniqueName(QStringLiteral("other")), QStringLiteral("other"));
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/tokens.json")); }
    QScopedPointer<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TstVault)
#include "tst_vault.moc"
