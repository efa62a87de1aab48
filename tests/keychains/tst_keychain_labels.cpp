// Keychain items a person can recognise: each item's label is "r8desk: NAME (ENVIRONMENT)", seen from
// outside with secret-tool (libsecret, like Seahorse), right after add, rename and environment change;
// lookups stay by the record id; a label that cannot be set loses nothing. Runs against whichever
// Secret Service the session has: gnome-keyring (tests/run-headless.sh), KeePassXC and KWallet
// (tests/keychains/run-*.sh).
#include "app/core/AppInfo.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestSupport.h"

#include <QHash>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;

namespace {
// user attribute (= record id) -> labels of the r8desk items, from `secret-tool search --all`. secret-tool
// prints each item's label (and secret) on stdout and its attributes on stderr, item by item in the
// same order: the i-th label belongs to the i-th "attribute.user". Secret lines are never kept.
QHash<QString, QStringList> labelsByUser()
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
             QString::fromLatin1(appinfo::kKeychainService)});
    if (!p.waitForFinished(20000))
        return {};
    QStringList labels;
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("label = ")))
            labels.append(line.mid(8));
    }
    QStringList users;
    for (const QString& line : QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            users.append(line.mid(17));
    }
    QHash<QString, QStringList> out;
    for (int i = 0; i < users.size() && i < labels.size(); ++i)
        out[users.at(i)].append(labels.at(i));
    return out;
}
} // namespace

class TstKeychainLabels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QFAIL("secret-tool (libsecret-tools) is required; packaging/dev.sh installs it");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/run-headless.sh or tests/keychains/run-*.sh (a Secret Service)");
    }

    void labelFormat()
    {
        TokenRecord r;
        r.name = QStringLiteral("shop backend");
        r.environment = QStringLiteral("production");
        QCOMPARE(TokenVault::itemLabel(r), QStringLiteral("r8desk: shop backend (production)"));
    }

    void labelFollowsNameAndEnvironment()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(QString::fromLatin1(appinfo::kKeychainService));
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        const QString tok = test::makeToken();
        QSignalSpy labelled(&vault, &TokenVault::labelUpdated);

        TokenVault::AddResult added;
        bool done = false;
        vault.add({QStringLiteral("label shop"), QStringLiteral("production"), QString(), tok}, this,
                  [&](const TokenVault::AddResult& r) {
                      added = r;
                      done = true;
                  });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(added.ok, qPrintable(added.error));
        QCOMPARE(labelled.count(), 1);
        QVERIFY2(labelled.first().at(1).value<SecretError>().ok(),
                 qPrintable(labelled.first().at(1).value<SecretError>().userMessage()));
        QCOMPARE(labelsByUser().value(added.id),
                 QStringList{QStringLiteral("r8desk: label shop (production)")});

        // Rename: the label follows; the item is still found by its id with the same secret.
        labelled.clear();
        QVERIFY(vault.rename(added.id, QStringLiteral("label shop backend")).ok);
        QVERIFY(labelled.wait(30000));
        QVERIFY(labelled.first().at(1).value<SecretError>().ok());
        QCOMPARE(labelsByUser().value(added.id),
                 QStringList{QStringLiteral("r8desk: label shop backend (production)")});

        // Environment change: likewise.
        labelled.clear();
        QVERIFY(vault.setEnvironment(added.id, QStringLiteral("staging")).ok);
        QVERIFY(labelled.wait(30000));
        QVERIFY(labelled.first().at(1).value<SecretError>().ok());
        QCOMPARE(labelsByUser().value(added.id),
                 QStringList{QStringLiteral("r8desk: label shop backend (staging)")});

        SecretReadResult read;
        done = false;
        vault.readSecret(added.id, this, [&](const SecretReadResult& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(read.error.ok(), qPrintable(read.error.userMessage()));
        QVERIFY(read.secret == tok); // compared, never printed

        remove(vault, added.id);
        QVERIFY(!labelsByUser().contains(added.id));
    }

    // An item stored before labels existed (QtKeychain labels it just "r8desk") gets its label the next
    // time its secret is read; the secret is the same afterwards.
    void oldItemRelabelledOnRead()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(QString::fromLatin1(appinfo::kKeychainService));
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        const QString tok = test::makeToken();
        const QString id = add(vault, QStringLiteral("label old"), QStringLiteral("development"), tok);
        QVERIFY(!id.isEmpty());
        // Overwrite the item the way r8desk 1.0 wrote it (label = the service name).
        bool done = false;
        SecretError err;
        store.write(id, tok, this, [&](const SecretError& e) {
            err = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(err.ok(), qPrintable(err.userMessage()));
        const QStringList before = labelsByUser().value(id);
        QCOMPARE(before.size(), 1);

        QSignalSpy labelled(&vault, &TokenVault::labelUpdated);
        SecretReadResult read;
        done = false;
        vault.readSecret(id, this, [&](const SecretReadResult& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(read.error.ok());
        QVERIFY(read.secret == tok);
        QVERIFY(labelled.count() == 1 || labelled.wait(30000));
        QCOMPARE(labelsByUser().value(id), QStringList{QStringLiteral("r8desk: label old (development)")});
        remove(vault, id);
    }

    // The item is gone from the keychain (removed outside r8desk): the rename still succeeds (the token
    // list is the truth), the label step reports NotFound, nothing else happens.
    void labelOfMissingItem()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(QString::fromLatin1(appinfo::kKeychainService));
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        const QString id =
            add(vault, QStringLiteral("label gone"), QStringLiteral("staging"), test::makeToken());
        QVERIFY(!id.isEmpty());
        bool done = false;
        store.remove(id, this, [&](const SecretError&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QSignalSpy labelled(&vault, &TokenVault::labelUpdated);
        QVERIFY(vault.rename(id, QStringLiteral("label still gone")).ok);
        QVERIFY(labelled.wait(30000));
        QCOMPARE(labelled.first().at(1).value<SecretError>().kind, SecretError::Kind::NotFound);
        QCOMPARE(vault.record(id)->name, QStringLiteral("label still gone"));
        QVERIFY(!labelsByUser().contains(id));
        remove(vault, id);
    }

    void deniedMapping()
    {
        QCOMPARE(KeychainSecretStore::errorFromJob(7, QStringLiteral("Access denied by the user")).kind,
                 SecretError::Kind::AccessDenied);
        QCOMPARE(KeychainSecretStore::errorFromJob(7, QStringLiteral("Collection is locked")).kind,
                 SecretError::Kind::Locked);
    }

private:
    QString add(TokenVault& vault, const QString& name, const QString& env, const QString& tok)
    {
        QString id;
        bool done = false;
        vault.add({name, env, QString(), tok}, this, [&](const TokenVault::AddResult& r) {
            if (!r.ok)
                qWarning("add failed: %s", qPrintable(r.error));
            id = r.id;
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 30000))
            qWarning("add timed out");
        return id;
    }
    void remove(TokenVault& vault, const QString& id)
    {
        bool done = false;
        TokenVault::Outcome o;
        vault.remove(id, this, [&](const TokenVault::Outcome& r) {
            o = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(o.ok, qPrintable(o.error));
    }
};

QTEST_GUILESS_MAIN(TstKeychainLabels)
#include "tst_keychain_labels.moc"
