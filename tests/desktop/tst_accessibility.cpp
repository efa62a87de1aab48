// Walks every page and dialog through QAccessible and fails on an interactive control without an
// accessible name (what a screen reader would announce).
#include "app/core/Paths.h"
#include "app/vault/TokenVault.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/TestServices.h"
#include "ui/MainWindow.h"
#include "ui/tokens/AccountTokensDialog.h"
#include "ui/tokens/AddTokenDialog.h"
#include "ui/tokens/ImportEnvDialog.h"
#include "ui/tokens/RotationWizard.h"
#include "ui/tokens/TokensPage.h"

#include <QAccessible>
#include <QApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::ui;

namespace {
void check(QWidget* w)
{
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    int checked = 0;
    const QStringList nameless = r8::test::namelessControls(w, &checked);
    QVERIFY2(checked > 0, "no interactive control found: is the accessibility bridge working?");
    QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("nameless controls in %1 (%2 checked): %3")
                                                .arg(QString::fromLatin1(w->metaObject()->className()))
                                                .arg(checked)
                                                .arg(nameless.join(QStringLiteral(", ")))));
}
} // namespace

class TstAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QAccessible::setActive(true);
        r8::test::TestServices::Options options;
        options.sandbox = true;
        options.settings = false;
        m_fixture.reset(new r8::test::TestServices(m_dir.path(), options));
        m_vault = m_fixture->vault();
        m_services = m_fixture->services();
    }

    void firstRunPage()
    {
        MainWindow w(m_services);
        check(&w);
    }

    void tokensPageWithTokens()
    {
        addToken();
        if (QTest::currentTestFailed())
            return;
        MainWindow w(m_services);
        w.tokensPage()->selectId(m_vault->records().first().id);
        check(&w);
    }

    // Every page of the navigation, including those made on first show (composer, history, leak
    // check, settings): each is shown in turn and walked.
    void everyPage()
    {
        MainWindow w(m_services);
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("nav"));
        QVERIFY(nav);
        QVERIFY2(nav->count() >= 5, "expected Tokens, Composer, History, Leak check and Settings");
        QStringList walked;
        for (int row = 0; row < nav->count(); ++row) {
            nav->setCurrentRow(row);
            QCoreApplication::processEvents();
            walked << nav->item(row)->text();
            check(&w);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("on the page “%1”").arg(nav->item(row)->text())));
        }
        qInfo("walked: %s", qPrintable(walked.join(QStringLiteral(", "))));
    }

    void dialogs()
    {
        MainWindow w(m_services);
        AddTokenDialog add(m_vault, QString(), &w);
        check(&add);
        EnvScan scan;
        EnvFinding f;
        f.path = QStringLiteral("/tmp/x/.env");
        f.line = 1;
        f.masked = QStringLiteral("r8_••••…aaaa");
        f.verdict = TokenInput::Verdict::Valid;
        f.suggestedName = QStringLiteral("x");
        scan.findings.append(f);
        ImportEnvDialog import(m_vault, scan, &w);
        check(&import);
        addToken(); // the dialogs below act on a stored token
        if (QTest::currentTestFailed())
            return;
        const QString id = m_vault->records().first().id;
        AccountTokensDialog remote(m_services, id, &w);
        check(&remote);
        RotationWizard wizard(m_services, id, &w);
        for (int page = 0; page < 4; ++page) {
            check(&wizard);
            wizard.next();
        }
    }

private:
    // Adds the token "a" unless it is there already, so each test function runs alone.
    void addToken()
    {
        for (const TokenRecord& r : m_vault->records()) {
            if (r.name == QLatin1String("a"))
                return;
        }
        bool done = false;
        m_vault->add({QStringLiteral("a"), QStringLiteral("staging"), QString(),
                      QStringLiteral("r8_") + QString(37, QLatin1Char('a'))},
                     this, [&](const TokenVault::AddResult&) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(!m_vault->records().isEmpty());
    }

    QTemporaryDir m_dir;
    QScopedPointer<r8::test::TestServices> m_fixture;
    TokenVault* m_vault = nullptr;
    Services m_services;
};

QTEST_MAIN(TstAccessibility)
#include "tst_accessibility.moc"
