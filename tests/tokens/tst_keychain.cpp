// The vault through QtKeychain against a real Secret Service, checked from outside with secret-tool.
#include "app/core/AppInfo.h"
#include "app/core/Redact.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;

class TstKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QFAIL("secret-tool (libsecret-tools) is required; packaging/dev.sh installs it");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run through tests/run-headless.sh: it provides the D-Bus session and gnome-keyring");
    }

    void addReadDeleteThroughSecretService()
    {
        QTemporaryDir dir;
        KeychainSecretStore store(QString::fromLatin1(appinfo::kKeychainService));
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        const QString tok = test::makeToken();

        TokenVault::AddResult added;
        bool done = false;
        vault.add({QStringLiteral("keychain-it"), QStringLiteral("staging"), QString(), tok}, this,
                  [&](const TokenVault::AddResult& r) {
                      added = r;
                      done = true;
                  });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(added.ok, qPrintable(added.error));

        // Seen from outside: an item of schema org.qt.keychain, server r8desk, user = record id.
        const QString listing = test::secretToolSearch(QStringLiteral("r8desk"));
        QVERIFY2(listing.contains(QStringLiteral("attribute.user = ") + added.id),
                 qPrintable(r8::redact(listing)));
        QVERIFY(listing.contains(QStringLiteral("attribute.server = r8desk")));

        SecretReadResult read;
        done = false;
        vault.readSecret(added.id, this, [&](const SecretReadResult& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(read.error.ok(), qPrintable(read.error.userMessage()));
        QVERIFY(read.secret == tok); // compared, never printed

        // Adding the same secret again is refused and names the record.
        done = false;
        vault.add({QStringLiteral("again"), QString(), QString(), tok}, this,
                  [&](const TokenVault::AddResult& r) {
                      added.duplicateOf = r.duplicateOf;
                      done = true;
                  });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(added.duplicateOf, added.id);

        TokenVault::Outcome removed;
        done = false;
        vault.remove(added.id, this, [&](const TokenVault::Outcome& o) {
            removed = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(removed.ok, qPrintable(removed.error));
        QVERIFY(!test::secretToolSearch(QStringLiteral("r8desk")).contains(added.id));
        QVERIFY(vault.records().isEmpty());

        // Reading a deleted item reports NotFound, with an actionable message.
        done = false;
        store.read(added.id, this, [&](const SecretReadResult& r) {
            read = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(read.error.kind, SecretError::Kind::NotFound);
    }

    void errorMapping()
    {
        QCOMPARE(KeychainSecretStore::errorFromJob(
                     7, QStringLiteral("Object does not exist at path "
                                       "“/org/freedesktop/secrets/collection/login”"))
                     .kind,
                 SecretError::Kind::Locked);
        QCOMPARE(KeychainSecretStore::errorFromJob(
                     7, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"))
                     .kind,
                 SecretError::Kind::NoService);
        QCOMPARE(KeychainSecretStore::errorFromJob(5, QString()).kind, SecretError::Kind::NoService);
        QCOMPARE(KeychainSecretStore::errorFromJob(1, QString()).kind, SecretError::Kind::NotFound);
        QCOMPARE(KeychainSecretStore::errorFromJob(3, QString()).kind, SecretError::Kind::AccessDenied);
        QVERIFY(KeychainSecretStore::errorFromJob(0, QStringLiteral("x")).ok());
    }
};

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
