// The Tokens page's API features, offscreen, against the real sandbox server on loopback:
// Try the sandbox, verify / verify all, stopped-working notification, account tokens (list,
// disable with confirmation, production typed-name confirmation, the 404 panel), the rotation
// wizard end to end, rotation reminders.
#include "app/api/EnvironmentStore.h"
#include "app/core/Paths.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/SandboxSession.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/Notifier.h"
#include "ui/common/Prompt.h"
#include "ui/tokens/AccountTokensDialog.h"
#include "ui/tokens/RemoteTokensModel.h"
#include "ui/tokens/RotationWizard.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::ui;

class TstTokensApiGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        Prompt::setNonInteractive(true);
    }

    void init()
    {
        Prompt::resetForTests();
        m_dir.reset(new QTemporaryDir);
        test::TestServices::Options options;
        options.sandbox = true;
        options.health = true;
        options.settings = false;
        m_fixture.reset(new test::TestServices(m_dir->path(), options));
        m_store = m_fixture->memoryStore();
        m_vault = m_fixture->vault();
        m_envs = m_fixture->environments();
        m_sandbox = m_fixture->sandbox();
        m_health = m_fixture->health();
        m_services = m_fixture->services();
        m_window.reset(new MainWindow(m_services));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    }

    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void trySandboxStoresDemoToken()
    {
        QSignalSpy started(page(), &TokensPage::sandboxStarted);
        auto* button = page()->findChild<QPushButton*>(QStringLiteral("emptySandboxButton"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(started.count() == 1 || started.wait(10000));
        QCOMPARE(m_vault->records().size(), 1);
        const TokenRecord rec = m_vault->records().first();
        QCOMPARE(rec.environment, QStringLiteral("sandbox"));
        QCOMPARE(m_vault->defaultFor(QStringLiteral("sandbox")), rec.id);
        QCOMPARE(m_envs->find(QStringLiteral("sandbox"))->baseUrl, m_sandbox->baseUrl());
        QVERIFY(page()->bannerText().contains(m_sandbox->baseUrl().toString()));
        // A second start finds the stored demo token instead of adding another.
        m_sandbox->stop();
        QSignalSpy again(page(), &TokensPage::sandboxStarted);
        page()->trySandbox();
        QVERIFY(again.count() == 1 || again.wait(10000));
        QCOMPARE(m_vault->records().size(), 1);
    }

    void verifyAllAndStoppedWorking()
    {
        startSandbox();
        const auto demo = m_sandbox->server()->tokens();
        // ci: valid; old-laptop: disabled as compromised; a random token: unknown to the server.
        const QString ci = add(QStringLiteral("ci"), demo.at(1).token);
        const QString leaked = add(QStringLiteral("old laptop"), demo.at(3).token);
        const QString bogus = add(QStringLiteral("bogus"), test::makeToken());
        QSignalSpy finished(page(), &TokensPage::verificationFinished);
        // Shortcuts fire only in the active window (on X11 the window manager activates it a moment later).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        QTest::keyClick(m_window.data(), Qt::Key_F5);
        QVERIFY(finished.wait(15000));
        QCOMPARE(m_vault->record(ci)->status, TokenStatus::Valid);
        QCOMPARE(m_vault->record(ci)->account, QStringLiteral("demo"));
        QCOMPARE(m_vault->record(leaked)->status, TokenStatus::Rejected);
        QVERIFY(m_vault->record(leaked)->statusDetail.contains(QStringLiteral("disabled")));
        QCOMPARE(m_vault->record(bogus)->status, TokenStatus::Rejected);
        QVERIFY(m_vault->record(bogus)->statusDetail.contains(QStringLiteral("valid authentication token")));
        const int row = page()->model()->rowOf(ci);
        QCOMPARE(page()->model()->index(row, TokenTableModel::Account).data().toString(),
                 QStringLiteral("demo"));

        // Disable "ci" on the server (through the account tokens dialog), then verify again:
        // it worked before, so it is flagged "stopped working" and a notification says so.
        page()->selectId(m_vault->records().first().id); // the sandbox demo token authenticates the list
        page()->showAccountTokens();
        auto* dlg = page()->findChild<AccountTokensDialog*>(QStringLiteral("accountTokensDialog"));
        QVERIFY(dlg);
        QSignalSpy listed(dlg, &AccountTokensDialog::listed);
        QVERIFY(listed.count() == 1 || listed.wait(10000));
        QCOMPARE(dlg->model()->rowCount(), 4);
        const int ciRow = rowNamed(dlg, QStringLiteral("ci"));
        QVERIFY(ciRow >= 0);
        QCOMPARE(dlg->model()->storedNameAt(ciRow), QStringLiteral("ci"));
        dlg->findChild<QTableView*>()->selectRow(ciRow);
        Prompt::queueAnswer(true);
        QSignalSpy disabled(dlg, &AccountTokensDialog::disabled);
        QTest::mouseClick(dlg->findChild<QPushButton*>(QStringLiteral("disableButton")), Qt::LeftButton);
        QVERIFY(disabled.wait(10000));
        QVERIFY(dlg->model()->tokenAt(ciRow).disabled());
        QVERIFY(Prompt::shownTexts().last().contains(QStringLiteral("cannot be enabled again")));
        dlg->close();
        QSignalSpy stopped(m_health, &session::TokenHealthMonitor::stoppedWorking);
        m_health->checkAll();
        QVERIFY(stopped.wait(15000));
        QCOMPARE(stopped.first().first().toString(), ci);
        QCOMPARE(m_vault->record(ci)->status, TokenStatus::StoppedWorking);
        QTRY_VERIFY(!m_window->notifier()->history().isEmpty());
        QVERIFY(m_window->notifier()->history().last().contains(QStringLiteral("stopped working")));
        QVERIFY(page()->bannerText().contains(QStringLiteral("rotate it")));
    }

    void productionDisableNeedsTypedName()
    {
        startSandbox();
        const auto demo = m_sandbox->server()->tokens();
        const QString staging = add(QStringLiteral("prod app"), demo.at(2).token);
        QVERIFY(m_vault->setEnvironment(staging, QStringLiteral("production")).ok);
        m_envs->set(QStringLiteral("production"), m_sandbox->baseUrl());
        page()->selectId(m_sandbox->tokenId());
        page()->showAccountTokens();
        auto* dlg = page()->findChild<AccountTokensDialog*>(QStringLiteral("accountTokensDialog"));
        QSignalSpy listed(dlg, &AccountTokensDialog::listed);
        QVERIFY(listed.count() == 1 || listed.wait(10000));
        const int r = rowNamed(dlg, QStringLiteral("staging"));
        dlg->findChild<QTableView*>()->selectRow(r);
        Prompt::queueAnswer(true, QStringLiteral("prod"));
        dlg->disableSelected();
        QVERIFY(dlg->message().contains(QStringLiteral("did not match")));
        QVERIFY(!dlg->model()->tokenAt(r).disabled());
        Prompt::queueAnswer(true, QStringLiteral("prod app"));
        QSignalSpy disabled(dlg, &AccountTokensDialog::disabled);
        dlg->disableSelected();
        QVERIFY(disabled.wait(10000));
        QVERIFY(dlg->model()->tokenAt(r).disabled());
        QCOMPARE(m_vault->record(staging)->status, TokenStatus::StoppedWorking);
        dlg->close();
    }

    void accountTokensNotOffered()
    {
        startSandbox();
        const QString id = add(QStringLiteral("elsewhere"), m_sandbox->server()->tokens().at(1).token);
        // A server without the tokens API: an unknown path on the sandbox answers 404.
        QUrl base = m_sandbox->baseUrl();
        base.setPath(QStringLiteral("/no-tokens-api/v1"));
        QVERIFY(m_vault->setEnvironment(id, QStringLiteral("staging")).ok);
        QCOMPARE(m_envs->set(QStringLiteral("staging"), base), QString());
        page()->selectId(id);
        page()->showAccountTokens();
        auto* dlg = page()->findChild<AccountTokensDialog*>(QStringLiteral("accountTokensDialog"));
        QSignalSpy listed(dlg, &AccountTokensDialog::listed);
        QVERIFY(listed.count() == 1 || listed.wait(10000));
        QVERIFY(dlg->notOffered());
        QVERIFY2(dlg->message().contains(QStringLiteral("does not offer token management")),
                 qPrintable(dlg->message()));
        QVERIFY(dlg->findChild<QPushButton*>(QStringLiteral("dashboardButton"))->isVisible());
        QVERIFY(!dlg->findChild<QTableView*>()->isVisible());
        dlg->close();
        // Nothing else broke: the token list is as it was.
        QCOMPARE(m_vault->records().size(), 2);
    }

    void rotationWizardEndToEnd()
    {
        startSandbox();
        const auto demo = m_sandbox->server()->tokens();
        const QString oldId = add(QStringLiteral("my app"), demo.at(1).token);
        QVERIFY(m_vault->setDefault(oldId).ok);
        page()->selectId(oldId);
        // Shortcuts fire only in the active window (on X11 the window manager activates it a moment later).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        QTest::keyClick(m_window.data(), Qt::Key_R, Qt::ControlModifier);
        auto* wizard = page()->findChild<RotationWizard*>(QStringLiteral("rotationWizard"));
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        wizard->next(); // intro → create
        wizard->next(); // create → paste
        QCOMPARE(wizard->currentId(), int(RotationWizard::Paste));
        auto* tokenEdit = wizard->findChild<QLineEdit*>(QStringLiteral("newTokenEdit"));
        tokenEdit->setText(QStringLiteral("not a token at all"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RotationWizard::Paste)); // refused, with the reason
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("pasteMessage"))
                    ->text()
                    .contains(QStringLiteral("space")));
        tokenEdit->setText(demo.at(2).token);
        wizard->findChild<QCheckBox*>(QStringLiteral("disableOldCheck"))->setChecked(true);
        QSignalSpy rotated(wizard, &RotationWizard::rotated);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(RotationWizard::Progress));
        QVERIFY(rotated.wait(15000));
        const QString newId = rotated.first().at(1).toString();
        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(wizard->resultText().startsWith(QStringLiteral("Done.")));
        QCOMPARE(m_vault->defaultFor(QStringLiteral("sandbox")), newId);
        QVERIFY(m_vault->record(oldId).has_value()); // the old one is kept, marked rotated
        QVERIFY(m_vault->record(oldId)->rotatedAt.isValid());
        QVERIFY(m_store->contains(newId));
        // The old token was disabled on the server, so it is rejected now.
        QSignalSpy finished(page(), &TokensPage::verificationFinished);
        page()->selectId(oldId);
        page()->verifySelected();
        QVERIFY(finished.wait(10000));
        QVERIFY(m_vault->record(oldId)->status == TokenStatus::StoppedWorking ||
                m_vault->record(oldId)->status == TokenStatus::Rejected);
        wizard->accept();
    }

    void rotationWizardRefusesOtherAccount()
    {
        startSandbox();
        const QString oldId = add(QStringLiteral("mine"), m_sandbox->server()->tokens().at(1).token);
        page()->selectId(oldId);
        page()->rotateSelected();
        auto* wizard = page()->findChild<RotationWizard*>(QStringLiteral("rotationWizard"));
        wizard->next();
        wizard->next();
        wizard->findChild<QLineEdit*>(QStringLiteral("newTokenEdit"))
            ->setText(test::makeToken()); // unknown to the server
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->resultText().startsWith(QStringLiteral("Stopped:")), 10000);
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(m_vault->records().size(), 2); // sandbox demo + mine: nothing added, nothing lost
        QCOMPARE(m_vault->defaultFor(QStringLiteral("sandbox")), m_sandbox->tokenId());
        wizard->reject();
    }

    void rotationReminderOncePerDay()
    {
        VaultData data;
        TokenRecord old;
        old.id = QStringLiteral("old");
        old.name = QStringLiteral("ancient");
        old.environment = QStringLiteral("development");
        old.hint = QStringLiteral("AAAA");
        old.addedAt = QDateTime::currentDateTimeUtc().addDays(-120);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(session::TokenHealthMonitor::isDueForRotation(old, 90, now));
        QVERIFY(!session::TokenHealthMonitor::isDueForRotation(old, 180, now));
        old.rotatedAt = now.addDays(-10);
        QVERIFY(!session::TokenHealthMonitor::isDueForRotation(old, 90, now));

        const QString id = add(QStringLiteral("fresh"), test::makeToken());
        QSignalSpy due(m_health, &session::TokenHealthMonitor::rotationDue);
        m_health->setLastReminder({});
        m_health->remindIfDue(QDate::currentDate(), now);
        QCOMPARE(due.count(), 0); // nothing old enough
        m_health->remindIfDue(QDate::currentDate(), now.addDays(100));
        QCOMPARE(due.count(), 1);
        QCOMPARE(due.first().first().toStringList(), QStringList{id});
        m_health->remindIfDue(QDate::currentDate(), now.addDays(101)); // same day: no second reminder
        QCOMPARE(due.count(), 1);
        m_health->remindIfDue(QDate::currentDate().addDays(1), now.addDays(101));
        QCOMPARE(due.count(), 2);
        QVERIFY(m_window->notifier()->history().last().contains(QStringLiteral("due for rotation")));
    }

private:
    TokensPage* page() const { return m_window->tokensPage(); }
    void startSandbox()
    {
        QSignalSpy started(m_sandbox, &session::SandboxSession::started);
        m_sandbox->start(50.0);
        QVERIFY(started.count() == 1 || started.wait(10000));
    }
    QString add(const QString& name, const QString& secret)
    {
        QString id;
        m_vault->add(
            {name, QStringLiteral("sandbox"), QString(), secret}, this,
            [&](const TokenVault::AddResult& r) { id = r.ok ? r.id : QStringLiteral("failed: ") + r.error; });
        [&]() { QTRY_VERIFY(!id.isEmpty()); }();
        return id;
    }
    static int rowNamed(AccountTokensDialog* dlg, const QString& serverName)
    {
        for (int i = 0; i < dlg->model()->rowCount(); ++i) {
            if (dlg->model()->tokenAt(i).name == serverName)
                return i;
        }
        return -1;
    }

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<test::TestServices> m_fixture;
    MemorySecretStore* m_store = nullptr;
    TokenVault* m_vault = nullptr;
    api::EnvironmentStore* m_envs = nullptr;
    session::SandboxSession* m_sandbox = nullptr;
    session::TokenHealthMonitor* m_health = nullptr;
    Services m_services;
    QScopedPointer<MainWindow> m_window;
};

QTEST_MAIN(TstTokensApiGui)
#include "tst_tokens_api_gui.moc"
