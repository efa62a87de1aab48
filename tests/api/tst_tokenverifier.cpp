// Verification of stored tokens, account tokens over HTTP, and rotation, against a loopback server.
#include "app/api/AccountTokens.h"
#include "app/api/ApiClient.h"
#include "app/api/RotationController.h"
#include "app/api/TokenVerifier.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenRecord.h"
#include "app/vault/TokenVault.h"
#include "tests/api/FakeAccountServer.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::api;

class TestTokenVerifier : public QObject
{
    Q_OBJECT
private:
    QString addToken(TokenVault& vault, const QString& name, const QString& secret,
                     const QString& env = env::Development)
    {
        QString id;
        bool done = false;
        vault.add({name, env, QString(), secret}, this, [&](const TokenVault::AddResult& r) {
            id = r.id;
            done = true;
        });
        [&] { QTRY_VERIFY(done); }();
        return id;
    }

private slots:
    void verifiesManyAtMostFourAtATime()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        test::FakeAccountServer fake;
        QVERIFY(fake.server.start());
        QStringList ids;
        for (int i = 0; i < 10; ++i) {
            const QString secret = test::makeToken();
            if (i % 3 != 2)
                fake.tokens.append({secret, QStringLiteral("ada"), QStringLiteral("tok_%1").arg(i), false});
            ids.append(addToken(vault, QStringLiteral("t%1").arg(i), secret));
        }
        ApiClient client;
        TokenVerifier verifier(&vault, &client, [&](const QString&) { return fake.server.baseUrl(); });
        QSignalSpy progress(&verifier, &TokenVerifier::progress);
        QSignalSpy finished(&verifier, &TokenVerifier::finished);
        verifier.verify(ids);
        QVERIFY(finished.wait(20000));
        QCOMPARE(progress.last().at(0).toInt(), 10);
        QCOMPARE(progress.last().at(1).toInt(), 10);
        QVERIFY2(fake.server.connections() <= 4, qPrintable(QString::number(fake.server.connections())));
        for (int i = 0; i < 10; ++i) {
            const TokenRecord r = *vault.record(ids[i]);
            QCOMPARE(r.status, i % 3 == 2 ? TokenStatus::Rejected : TokenStatus::Valid);
            QVERIFY(r.lastVerifiedAt.isValid());
            if (i % 3 != 2)
                QCOMPARE(r.account, QStringLiteral("ada"));
            else
                QCOMPARE(r.statusDetail, QStringLiteral("You did not pass a valid authentication token"));
        }
        // A token that worked and is now disabled: "stopped working".
        fake.tokens[0].disabled = true;
        verifier.verify({ids[0]});
        QVERIFY(finished.wait(10000));
        QCOMPARE(vault.record(ids[0])->status, TokenStatus::StoppedWorking);
        QVERIFY(vault.record(ids[0])->statusDetail.contains(QLatin1String("disabled")));
    }

    // Results are written in batches (not one token-list write per token), and each is on disk
    // before tokenVerified() reports it; every token is reported once, progress ends at the total.
    void recordsInBatchesBeforeReporting()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        const QString path = dir.filePath(QStringLiteral("tokens.json"));
        TokenVault vault(&store, path);
        test::FakeAccountServer fake;
        QVERIFY(fake.server.start());
        QStringList ids;
        for (int i = 0; i < 40; ++i) {
            const QString secret = test::makeToken();
            fake.tokens.append({secret, QStringLiteral("ada"), QStringLiteral("tok_%1").arg(i), false});
            ids.append(addToken(vault, QStringLiteral("t%1").arg(i), secret));
        }
        ApiClient client;
        TokenVerifier verifier(&vault, &client, [&](const QString&) { return fake.server.baseUrl(); });
        QSignalSpy saved(&vault, &TokenVault::saved);
        QSignalSpy progress(&verifier, &TokenVerifier::progress);
        QSignalSpy finished(&verifier, &TokenVerifier::finished);
        QStringList reported;
        QStringList notOnDisk;
        connect(&verifier, &TokenVerifier::tokenVerified, this,
                [&](const QString& id, const VerifyOutcome& v) {
                    reported.append(id);
                    QFile f(path);
                    VaultData onDisk;
                    QString error;
                    if (!f.open(QIODevice::ReadOnly) || !vaultFromJson(f.readAll(), &onDisk, &error))
                        notOnDisk.append(id + QStringLiteral(" (unreadable: ") + error + QLatin1Char(')'));
                    for (const TokenRecord& r : onDisk.records) {
                        if (r.id == id && (r.status != v.status || !r.lastVerifiedAt.isValid()))
                            notOnDisk.append(id);
                    }
                });
        verifier.verify(ids);
        QVERIFY(finished.wait(30000));
        QVERIFY2(notOnDisk.isEmpty(), qPrintable(notOnDisk.join(QStringLiteral(", "))));
        QCOMPARE(reported.size(), ids.size());
        reported.sort();
        QStringList expected = ids;
        expected.sort();
        QCOMPARE(reported, expected);
        QVERIFY2(saved.size() >= 1 && saved.size() <= 10,
                 qPrintable(QStringLiteral("%1 writes for 40 results").arg(saved.size())));
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
        QCOMPARE(progress.last().at(0).toInt(), 40);
        for (const QString& id : ids)
            QCOMPARE(vault.record(id)->status, TokenStatus::Valid);
    }

    void unreachableAndNoBaseUrl()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        const QString a = addToken(vault, QStringLiteral("a"), test::makeToken());
        const QString b = addToken(vault, QStringLiteral("b"), test::makeToken(), env::Sandbox);
        quint16 deadPort = 0;
        {
            test::ScriptedServer s([](const test::RawRequest&) { return test::respond(200, "{}"); });
            QVERIFY(s.start());
            deadPort = s.port();
        }
        ApiClient client;
        TokenVerifier verifier(&vault, &client, [&](const QString& e) {
            return e == env::Sandbox ? QUrl() : QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(deadPort));
        });
        QSignalSpy finished(&verifier, &TokenVerifier::finished);
        verifier.verify({a, b});
        QVERIFY(finished.wait(20000));
        QCOMPARE(vault.record(a)->status, TokenStatus::Unreachable);
        QCOMPARE(vault.record(b)->status, TokenStatus::Unreachable);
        QVERIFY(vault.record(b)->statusDetail.contains(QLatin1String("sandbox")));
    }

    void listsAllPagesAndDisables()
    {
        test::FakeAccountServer fake;
        QVERIFY(fake.server.start());
        const QString mine = test::makeToken();
        for (int i = 0; i < 5; ++i)
            fake.tokens.append({i == 0 ? mine : test::makeToken(), QStringLiteral("ada"),
                                QStringLiteral("tok_%1").arg(i), false});
        fake.tokens.append({test::makeToken(), QStringLiteral("bob"), QStringLiteral("tok_bob"), false});
        ApiClient client;
        AccountTokens at(&client);
        AccountTokens::ListResult list;
        bool done = false;
        at.list({fake.server.baseUrl(), mine}, [&](const AccountTokens::ListResult& r) {
            list = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(list.outcome, AccountTokens::Outcome::Ok);
        QCOMPARE(list.tokens.size(), 5); // three pages of 2
        QVERIFY(list.tokens[0].current);
        QCOMPARE(list.tokens[3].hint, fake.tokens[3].secret.right(4));

        AccountTokens::DisableResult dis;
        done = false;
        at.disable({fake.server.baseUrl(), mine}, QStringLiteral("tok_3"),
                   [&](const AccountTokens::DisableResult& r) {
                       dis = r;
                       done = true;
                   });
        QTRY_VERIFY(done);
        QCOMPARE(dis.outcome, AccountTokens::Outcome::Ok);
        QVERIFY(dis.token.disabled());
        QVERIFY(fake.tokens[3].disabled);

        done = false;
        at.disable({fake.server.baseUrl(), mine}, QStringLiteral("tok_bob"),
                   [&](const AccountTokens::DisableResult& r) {
                       dis = r;
                       done = true;
                   });
        QTRY_VERIFY(done);
        QCOMPARE(dis.outcome, AccountTokens::Outcome::Failed);
        QVERIFY(!fake.tokens[5].disabled);

        fake.tokensApi = false;
        done = false;
        at.list({fake.server.baseUrl(), mine}, [&](const AccountTokens::ListResult& r) {
            list = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(list.outcome, AccountTokens::Outcome::NotOffered);
        QVERIFY(list.error.contains(QLatin1String("replicate.com/account/api-tokens")));
    }

    void matchesByHintAndAccount()
    {
        tokens::RemoteToken t;
        t.hint = QStringLiteral("Ab12");
        TokenRecord a, b, c;
        a.id = QStringLiteral("a");
        a.hint = QStringLiteral("Ab12");
        a.account = QStringLiteral("ada");
        b.id = QStringLiteral("b");
        b.hint = QStringLiteral("Ab12");
        b.account = QStringLiteral("bob");
        c.id = QStringLiteral("c");
        c.hint = QStringLiteral("Zz99");
        QCOMPARE(matchLocalRecords(t, QStringLiteral("ada"), {a, b, c}), QStringList{QStringLiteral("a")});
    }

    void rotationEndToEnd()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        test::FakeAccountServer fake;
        QVERIFY(fake.server.start());
        const QString oldSecret = test::makeToken();
        const QString newSecret = test::makeToken();
        const QString otherAccount = test::makeToken();
        fake.tokens.append({oldSecret, QStringLiteral("ada"), QStringLiteral("tok_old"), false});
        fake.tokens.append({newSecret, QStringLiteral("ada"), QStringLiteral("tok_new"), false});
        fake.tokens.append({otherAccount, QStringLiteral("bob"), QStringLiteral("tok_bob"), false});
        const QString oldId = addToken(vault, QStringLiteral("prod"), oldSecret, env::Production);
        QVERIFY(vault.setDefault(oldId).ok);
        ApiClient client;

        // Another account's token is refused, nothing changes.
        RotationController wrong(&vault, &client, fake.server.baseUrl());
        QSignalSpy failed(&wrong, &RotationController::failed);
        wrong.start({oldId, otherAccount, QString(), true});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("bob")));
        QCOMPARE(vault.records().size(), 1);
        QVERIFY(!fake.tokens[0].disabled);

        RotationController rot(&vault, &client, fake.server.baseUrl());
        QSignalSpy finished(&rot, &RotationController::finished);
        rot.start({oldId, newSecret, QString(), true});
        QVERIFY(finished.wait(10000));
        QCOMPARE(rot.step(), RotationController::Step::Done);
        QCOMPARE(vault.records().size(), 2);
        QCOMPARE(vault.defaultFor(env::Production), rot.newId());
        QVERIFY(fake.tokens[0].disabled);
        QVERIFY(!fake.tokens[1].disabled);
        QVERIFY(vault.record(oldId)->rotatedAt.isValid());
        QVERIFY(store.contains(oldId)); // the old secret is kept
        // The disable went out authenticated with the NEW token.
        const auto& reqs = fake.server.requests();
        QCOMPARE(reqs.last().method, QByteArray("POST"));
        QCOMPARE(reqs.last().headers.value("authorization"), "Bearer " + newSecret.toUtf8());
    }

    void rotationCancelKeepsBoth()
    {
        QTemporaryDir dir;
        MemorySecretStore store;
        TokenVault vault(&store, dir.filePath(QStringLiteral("tokens.json")));
        test::ScriptedServer stall([](const test::RawRequest&) { return test::Action{{}, false, true}; });
        QVERIFY(stall.start());
        const QString oldId = addToken(vault, QStringLiteral("prod"), test::makeToken());
        ApiClient client;
        RotationController rot(&vault, &client, stall.baseUrl());
        rot.start({oldId, test::makeToken(), QString(), true});
        QTRY_COMPARE(stall.requests().size(), 1);
        QCOMPARE(rot.step(), RotationController::Step::CheckingOld);
        rot.cancel();
        QCOMPARE(rot.step(), RotationController::Step::Canceled);
        QCOMPARE(vault.records().size(), 1);
        QVERIFY(store.contains(oldId));
        QVERIFY(!vault.record(oldId)->rotatedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "tst_tokenverifier.moc"
