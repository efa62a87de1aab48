// The Tokens page driven offscreen: add through the dialog, see it, copy, reveal, rename, delete;
// keychain failures shown as a message; the model checked by QAbstractItemModelTester.
#include "app/core/Paths.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/Prompt.h"
#include "ui/tokens/AddTokenDialog.h"
#include "ui/tokens/ImportEnvDialog.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace r8;
using namespace r8::ui;

namespace {
template <typename T> T* findTopLevel()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}
} // namespace

class TstTokensGui : public QObject
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
        options.verifier = false;
        options.settings = false;
        m_fixture.reset(new test::TestServices(m_dir->path(), options));
        m_store = m_fixture->memoryStore();
        m_vault = m_fixture->vault();
        m_clip = m_fixture->clipboard();
        // Only the two required services: the window without network, environments or settings.
        m_window.reset(new MainWindow(Services{m_vault, m_clip}));
        m_tester.reset(new QAbstractItemModelTester(page()->model(),
                                                    QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    }
    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_fixture.reset();
    }

    // Issue 13: a token list whose every entry is unreadable is not a first run: the (empty) list
    // shows, with the unreadable entries reported in the banner.
    void unreadableEntriesAreNotAFirstRun()
    {
        QVERIFY(page()->isShowingFirstRun());
        QFile f(m_dir->filePath(QStringLiteral("tokens.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format_version": 1, "tokens": [
            {"id": 123, "name": "alpha", "environment": "production", "hint": "aaaa"}]})");
        f.close();
        QString error;
        m_vault->load(&error);
        QCOMPARE(m_vault->records().size(), 0);
        QCOMPARE(m_vault->unreadableEntries().size(), 1);
        QVERIFY(!page()->isShowingFirstRun());
        QVERIFY2(page()->bannerText().contains(m_vault->unreadableEntries().first()),
                 qPrintable(page()->bannerText()));
    }

    void firstRunThenAddThroughDialog()
    {
        QVERIFY(page()->isShowingFirstRun());
        const QString tok = test::makeToken();
        // Shortcuts fire only in the active window (on X11 the window manager activates it a moment
        // later). Waited for before the dialog's timer is armed: waiting runs the event loop, and the
        // timer must fire inside the dialog's own loop, not before Ctrl+N.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        bool dialogSeen = false;
        QTimer::singleShot(0, this, [&]() {
            auto* dlg = findTopLevel<AddTokenDialog>();
            QVERIFY(dlg);
            dialogSeen = true;
            auto* name = dlg->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            auto* token = dlg->findChild<QLineEdit*>(QStringLiteral("tokenEdit"));
            auto* env = dlg->findChild<QComboBox*>(QStringLiteral("envCombo"));
            auto* buttons = dlg->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
            QCOMPARE(token->echoMode(), QLineEdit::Password);
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(name, QStringLiteral("my-app"));
            token->setText(QStringLiteral("two words"));
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QVERIFY(dlg->findChild<QLabel*>(QStringLiteral("messageLabel"))
                        ->text()
                        .contains(QStringLiteral("space")));
            token->setText(QStringLiteral("export REPLICATE_API_TOKEN=") + tok);
            env->setCurrentIndex(env->findData(QStringLiteral("production")));
            QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QSignalSpy added(page(), &TokensPage::tokenAdded);
        QTest::keyClick(m_window.data(), Qt::Key_N, Qt::ControlModifier); // Ctrl+N
        QVERIFY(dialogSeen);
        QTRY_COMPARE(added.count(), 1);
        QVERIFY(!page()->isShowingFirstRun());
        QCOMPARE(page()->model()->rowCount(), 1);
        const QModelIndex row = page()->model()->index(0, TokenTableModel::Name);
        QCOMPARE(row.data().toString(), QStringLiteral("my-app"));
        QCOMPARE(row.siblingAtColumn(TokenTableModel::Environment).data().toString(),
                 QStringLiteral("production"));
        QCOMPARE(row.siblingAtColumn(TokenTableModel::Token).data().toString(),
                 QStringLiteral("r8_••••…") + tok.right(4));
        QCOMPARE(row.siblingAtColumn(TokenTableModel::Default).data(TokenTableModel::IsDefaultRole).toBool(),
                 true);
        QVERIFY(row.siblingAtColumn(TokenTableModel::Added)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("added ")));
        QVERIFY(m_store->contains(m_vault->records().first().id));
    }

    void copyMarksSecretAndClears()
    {
        const QString tok = addDirect(QStringLiteral("a"), QStringLiteral("staging"));
        m_clip->setClearDelay(200);
        QSignalSpy copied(page(), &TokensPage::copied);
        // Shortcuts fire only in the active window (on X11 the window manager activates it a moment later).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        QTest::keyClick(m_window.data(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(copied.count() == 1 || copied.wait(5000));
        QVERIFY(QApplication::clipboard()->text() == tok);
        QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY(page()->bannerText().contains(QStringLiteral("cleared")));
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().isEmpty(), 3000);
    }

    void clipboardKeptIfUserCopiedSomethingElse()
    {
        addDirect(QStringLiteral("a"), QStringLiteral("staging"));
        m_clip->setClearDelay(200);
        QSignalSpy copied(page(), &TokensPage::copied);
        page()->copySelected();
        QVERIFY(copied.count() == 1 || copied.wait(5000));
        QApplication::clipboard()->setText(QStringLiteral("something the user copied"));
        QSignalSpy cleared(m_clip, &ClipboardGuard::cleared);
        QVERIFY(cleared.wait(3000));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("something the user copied"));
    }

    void revealMasksAgain()
    {
        const QString tok = addDirect(QStringLiteral("a"), QStringLiteral("development"));
        page()->setRevealDuration(300);
        auto* field = page()->findChild<QLineEdit*>(QStringLiteral("secretField"));
        QCOMPARE(field->text(), QStringLiteral("r8_••••…") + tok.right(4));
        page()->revealSelected();
        QTRY_VERIFY(field->text() == tok);
        QVERIFY(page()->revealSecondsLeft() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(field->text(), QStringLiteral("r8_••••…") + tok.right(4), 3000);
    }

    void renameRelabelAndDefaultFromDetails()
    {
        addDirect(QStringLiteral("a"), QStringLiteral("development"));
        const QString b = addDirect(QStringLiteral("b"), QStringLiteral("development"));
        const QString idB = m_vault->findByName(QStringLiteral("b"))->id;
        page()->selectId(idB);
        // Shortcuts fire only in the active window (on X11 the window manager activates it a moment later).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        QTest::keyClick(m_window.data(), Qt::Key_D, Qt::ControlModifier); // make default
        QCOMPARE(m_vault->defaultFor(QStringLiteral("development")), idB);
        QTest::keyClick(m_window.data(), Qt::Key_F2);
        auto* name = page()->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QTRY_VERIFY(name->hasFocus());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("beta"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_vault->record(idB)->name, QStringLiteral("beta"));
        // A taken name is refused with a message and the field shows the old name again.
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("A"));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_vault->record(idB)->name, QStringLiteral("beta"));
        QVERIFY(page()->bannerText().contains(QStringLiteral("already exists")));
        auto* env = page()->findChild<QComboBox*>(QStringLiteral("envCombo"));
        env->setFocus();
        env->lineEdit()->selectAll();
        QTest::keyClicks(env->lineEdit(), QStringLiteral("client-x"));
        QTest::keyClick(env->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_vault->record(idB)->environment, QStringLiteral("client-x"));
        Q_UNUSED(b);
    }

    void deleteAsksAndRemoves()
    {
        addDirect(QStringLiteral("a"), QStringLiteral("development"));
        const QString id = m_vault->records().first().id;
        Prompt::queueAnswer(false); // first: the user cancels
        page()->deleteSelected();
        QCOMPARE(m_vault->records().size(), 1);
        QVERIFY(Prompt::shownTexts().last().contains(QStringLiteral("Delete “a”")));
        Prompt::queueAnswer(true);
        QSignalSpy deleted(page(), &TokensPage::tokenDeleted);
        auto* table = page()->findChild<QTableView*>(QStringLiteral("table"));
        table->setFocus();
        // Shortcuts fire only in the active window (on X11 the window manager activates it a moment later).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(deleted.count() == 1 || deleted.wait(5000));
        QVERIFY(!m_store->contains(id));
        QVERIFY(page()->isShowingFirstRun());
    }

    void keychainFailureShowsMessage()
    {
        addDirect(QStringLiteral("a"), QStringLiteral("development"));
        m_store->setFailure(SecretError::Kind::Locked,
                            QStringLiteral("Object does not exist at path collection/login"));
        page()->copySelected();
        QTRY_VERIFY(page()->bannerText().contains(QStringLiteral("keychain is locked")));
        QVERIFY(page()->bannerText().contains(QStringLiteral("Could not copy")));
        Prompt::queueAnswer(true);
        page()->deleteSelected();
        QTRY_VERIFY(page()->bannerText().contains(QStringLiteral("was not deleted")));
        QCOMPARE(m_vault->records().size(), 1);
        m_store->setFailure(SecretError::Kind::NoService);
        page()->revealSelected();
        QTRY_VERIFY(page()->bannerText().contains(QStringLiteral("No OS keychain is reachable")));
    }

    void importDialogImportsAndRewrites()
    {
        const QString tok = test::makeToken();
        QDir().mkpath(m_dir->filePath(QStringLiteral("proj")));
        const QString path = m_dir->filePath(QStringLiteral("proj/.env"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("A=1\nREPLICATE_API_TOKEN=" + tok.toUtf8() + "\n");
        f.close();
        page()->importEnvFiles({path});
        auto* dlg = page()->findChild<ImportEnvDialog*>(QStringLiteral("importEnvDialog"));
        QVERIFY(dlg);
        QCOMPARE(dlg->model()->rowCount(), 1);
        QCOMPARE(dlg->model()->item(0, 3)->text(), QStringLiteral("proj"));
        QVERIFY(!dlg->model()->item(0, 2)->text().contains(tok));
        QSignalSpy done(dlg, &ImportEnvDialog::importFinished);
        QTest::mouseClick(
            dlg->findChild<QDialogButtonBox*>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(m_vault->records().size(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray after = f.readAll();
        QVERIFY(!after.contains(tok.toUtf8()));
        QVERIFY(after.startsWith("A=1\n# REPLICATE_API_TOKEN moved to the OS keychain by r8desk as proj "));
        QVERIFY(dlg->findChild<QLabel*>(QStringLiteral("messageLabel"))
                    ->text()
                    .contains(QStringLiteral("1 token imported")));
    }

    void startupReadsNoSecret()
    {
        // 500 records in the metadata file; showing the list must not touch the keychain.
        VaultData data;
        for (int i = 0; i < 500; ++i) {
            TokenRecord r;
            r.id = QStringLiteral("id-%1").arg(i);
            r.name = QStringLiteral("token %1").arg(i);
            r.environment = QStringLiteral("staging");
            r.hint = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
            r.addedAt = QDateTime::currentDateTimeUtc().addDays(-i);
            data.records.append(r);
        }
        const QString path = m_dir->filePath(QStringLiteral("many.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(vaultToJson(data));
        f.close();
        MemorySecretStore store;
        TokenVault vault(&store, path);
        QString err;
        QVERIFY(vault.load(&err));
        MainWindow w(Services{&vault, m_clip});
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.tokensPage()->model()->rowCount(), 500);
        QCOMPARE(w.tokensPage()->model()->index(499, TokenTableModel::Added).data().toString(),
                 QStringLiteral("added 16 months ago · rotate")); // older than 90 days: due for rotation
        QCOMPARE(store.readCount(), 0);
    }

private:
    TokensPage* page() const { return m_window->tokensPage(); }
    QString addDirect(const QString& name, const QString& env)
    {
        const QString tok = test::makeToken();
        bool done = false;
        m_vault->add({name, env, QString(), tok}, this, [&](const TokenVault::AddResult& r) {
            QVERIFY(r.ok);
            done = true;
        });
        [&]() { QTRY_VERIFY(done); }();
        page()->selectId(m_vault->findByName(name)->id);
        return tok;
    }

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<test::TestServices> m_fixture;
    MemorySecretStore* m_store = nullptr;
    TokenVault* m_vault = nullptr;
    ClipboardGuard* m_clip = nullptr;
    QScopedPointer<MainWindow> m_window;
    QScopedPointer<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TstTokensGui)
#include "tst_tokens_gui.moc"
