// The Composer page, offscreen, against the in-process sandbox on loopback, with the real keychain
// of the test HOME (tests/run-headless.sh): a sample sent shows its image; streamed text arrives in
// order; cancel; a 422 marks the field; a 429 says when and Retry works; history survives a
// restart and reopens into the composer; Copy as never holds the token; a 401 explains and links to
// the Tokens page; the token appears in no widget; every control has an accessible name.
#include "app/api/ApiClient.h"
#include "app/api/EnvironmentStore.h"
#include "app/composer/ComposerRequest.h"
#include "app/composer/HistoryModel.h"
#include "app/composer/HistoryStore.h"
#include "app/composer/PresetStore.h"
#include "app/core/AppInfo.h"
#include "app/core/Paths.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/SandboxSession.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/Prompt.h"
#include "ui/composer/ComposerPage.h"
#include "ui/composer/ElidedLinkLabel.h"
#include "ui/composer/HeadersView.h"
#include "ui/composer/InputEditor.h"
#include "ui/composer/JsonTextEdit.h"
#include "ui/composer/MessageBar.h"
#include "ui/composer/SchemaFormWidget.h"
#include "ui/composer/StatusChip.h"
#include "ui/composer/TokenChooser.h"
#include "ui/history/CopyAsMenu.h"
#include "ui/history/HistoryPage.h"
#include "ui/response/ExchangeListModel.h"
#include "ui/response/OutputView.h"
#include "ui/response/ResponseViewer.h"
#include "ui/tokens/TokensPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>

using namespace r8;
using namespace r8::ui;

namespace {

// A widget of the page, found by its objectName (an empty name: the only one of its class).
template <class T> T* child(QObject* root, const char* name)
{
    T* w = root->findChild<T*>(*name ? QString::fromLatin1(name) : QString());
    if (!w)
        qFatal("no %s named \"%s\"", T::staticMetaObject.className(), name);
    return w;
}

// Every text a widget shows or announces, including the rows of item views.
QStringList widgetTexts(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets << root;
    for (QWidget* w : widgets) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle()
              << w->statusTip() << w->whatsThis();
        if (auto* l = qobject_cast<QLabel*>(w))
            texts << l->text();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            texts << e->text() << e->placeholderText();
        if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            texts << p->toPlainText();
        if (auto* t = qobject_cast<QTextEdit*>(w))
            texts << t->toPlainText() << t->toHtml();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts << b->text();
        if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                texts << c->itemText(i) << c->itemData(i, Qt::ToolTipRole).toString();
        }
        if (auto* v = qobject_cast<QAbstractItemView*>(w); v && v->model()) {
            const QAbstractItemModel* m = v->model();
            for (int r = 0; r < std::min(m->rowCount(), 500); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    texts << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
                }
            }
        }
    }
    return texts;
}
} // namespace

class TstComposerGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        Prompt::setNonInteractive(true);
        if (qEnvironmentVariable("R8_TEST_HOME").isEmpty())
            QFAIL("run through tests/run-headless.sh (throwaway HOME, private D-Bus session and keyring)");
        QAccessible::setActive(true);
        m_dir.reset(new QTemporaryDir);
        m_store.reset(new KeychainSecretStore(QString::fromLatin1(appinfo::kKeychainService)));
        test::TestServices::Options options;
        options.store = m_store.data(); // the real keychain
        options.sandbox = true;
        options.verifier = false;
        options.settings = false;
        m_fixture.reset(new test::TestServices(m_dir->path(), options));
        m_vault = m_fixture->vault();
        m_sandbox = m_fixture->sandbox();
        // The sandbox stores its demo token in the keychain (as "Try the sandbox" does), default for
        // "sandbox".
        QSignalSpy started(m_sandbox, &session::SandboxSession::started);
        m_sandbox->start(25.0);
        QVERIFY(started.count() == 1 || started.wait(20000));
        QVERIFY(!m_sandbox->tokenId().isEmpty());
        QVERIFY(m_store->metaObject()); // the real keychain, not the in-memory store
        for (const auto& t : m_sandbox->server()->tokens())
            m_secrets << t.token;
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_history.reset();
        // Leave no keychain items behind.
        const QList<TokenRecord> records = m_vault->records();
        for (const TokenRecord& r : records) {
            bool done = false;
            m_vault->remove(r.id, this, [&](const TokenVault::Outcome&) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }
        m_fixture.reset();
    }

    void init()
    {
        m_sandbox->server()->setSpeed(25.0);
        m_sandbox->server()->setRateLimits(600, 3000);
        m_sandbox->server()->setFaults({});
        openWindow();
    }

    void cleanup()
    {
        // Nothing any test did may have put a token into a widget.
        if (m_window)
            assertNoSecretIn(m_window.data());
        m_window.reset();
        m_history.reset();
    }

    void pageIsListedAndMadeOnFirstShow()
    {
        QVERIFY(m_window->findChild<ComposerPage*>() == nullptr); // start-up stays small
        QVERIFY(m_window->showPageNamed(QStringLiteral("composerPage")));
        QTRY_VERIFY(m_window->findChild<ComposerPage*>() != nullptr);
        QCOMPARE(page()->environment(), QStringLiteral("sandbox"));
        QCOMPARE(page()->tokenId(), m_sandbox->tokenId()); // the environment's default token
        QVERIFY(!page()->sendProblem().isEmpty());         // nothing to send yet: it says why
        QVERIFY(!page()->findChild<QPushButton*>(QStringLiteral("sendButton"))->isEnabled());
        const QStringList nameless = r8::test::namelessControls(page());
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
    }

    void sampleSendShowsImagePreview()
    {
        loadSample(QStringLiteral("flux-schnell"));
        QCOMPARE(page()->targetText(), QStringLiteral("black-forest-labs/flux-schnell"));
        QVERIFY(
            !child<SchemaFormWidget>(page(), "")->fields().isEmpty()); // the form was built from the schema
        QCOMPARE(
            child<InputEditor>(page(), "inputEditor")->input().value(QStringLiteral("prompt")).toString(),
            QStringLiteral("a cat wearing a hat"));
        const QString preview = child<HeadersView>(page(), "headersView")->previewText();
        QVERIFY2(preview.startsWith(QStringLiteral("POST ") + m_sandbox->baseUrl().toString() +
                                    QStringLiteral("/models/black-forest-labs/flux-schnell/predictions")),
                 qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("Authorization: Bearer r8_") + QString(4, QChar(0x2022))));
        QVERIFY(preview.contains(QStringLiteral("Prefer: wait")));
        QSignalSpy images(child<OutputView>(page(), "outputView"), &OutputView::imagesLoaded);
        sendAndWait(QKeySequence(QStringLiteral("Ctrl+Return")));
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        QVERIFY(images.count() > 0 || images.wait(15000));
        QVERIFY(child<OutputView>(page(), "outputView")->imageCount() >= 1);
        QVERIFY(!child<QLabel>(page(), "elapsedLabel")->text().isEmpty());
        QTRY_VERIFY(child<ResponseViewer>(page(), "responseViewer")->exchanges()->rowCount() >= 1);
        // History: the request, the token by name, the prediction's end.
        QTRY_COMPARE(m_history->count(), 1);
        const auto entry = m_history->search().first();
        QCOMPARE(entry.tokenName, m_vault->record(m_sandbox->tokenId())->name);
        QCOMPARE(entry.environment, QStringLiteral("sandbox"));
        QCOMPARE(entry.finalStatus, QStringLiteral("succeeded"));
        QVERIFY(!entry.predictionId.isEmpty());
        for (const QString& s : std::as_const(m_secrets))
            QVERIFY(!QByteArray(m_history->get(entry.id)->requestBody).contains(s.toUtf8()));
    }

    void switchingModelsKeepsWhatBothTake()
    {
        loadSample(QStringLiteral("flux-schnell"));
        QSignalSpy looked(page(), &ComposerPage::lookupFinished);
        auto* edit = page()->findChild<QLineEdit*>(QStringLiteral("targetEdit"));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("stability-ai/sdxl")); // typed: looked up after a pause
        QVERIFY(looked.wait(10000));
        QVERIFY(looked.last().first().toBool());
        QVERIFY(child<QLabel>(page(), "targetInfo")->text().contains(QStringLiteral("text-to-image")));
        const QJsonObject input = child<InputEditor>(page(), "inputEditor")->input();
        QCOMPARE(input.value(QStringLiteral("prompt")).toString(), QStringLiteral("a cat wearing a hat"));
        QCOMPARE(input.value(QStringLiteral("width")).toInt(), 1024); // the new model's own default
        // Not an official model: it runs by its latest version (POST /v1/predictions {"version": …}).
        QVERIFY(
            child<QLabel>(page(), "targetInfo")->text().contains(QStringLiteral("Not an official model")));
        QVERIFY2(child<HeadersView>(page(), "headersView")
                     ->previewText()
                     .startsWith(QStringLiteral("POST ") + m_sandbox->baseUrl().toString() +
                                 QStringLiteral("/predictions\n")),
                 qPrintable(child<HeadersView>(page(), "headersView")->previewText()));
        QCOMPARE(child<InputEditor>(page(), "inputEditor")
                     ->body()
                     .value(QStringLiteral("version"))
                     .toString()
                     .size(),
                 64);
    }

    void streamedTextArrivesInOrder()
    {
        m_sandbox->server()->setSpeed(4.0); // tokens a few milliseconds apart: several arrivals
        loadSample(QStringLiteral("llama-stream"));
        QVERIFY(page()->findChild<QCheckBox*>(QStringLiteral("streamCheck"))->isChecked());
        QVERIFY(child<InputEditor>(page(), "inputEditor")->body().value(QStringLiteral("stream")).toBool());
        QVERIFY(!child<HeadersView>(page(), "headersView")->previewText().contains(QStringLiteral("Prefer")));
        // Sample what the output view shows while the text streams in.
        QStringList seen;
        QTimer sampler;
        sampler.setInterval(2);
        connect(&sampler, &QTimer::timeout, this, [&]() {
            const QString now = child<OutputView>(page(), "outputView")->text();
            if (seen.isEmpty() || seen.last() != now)
                seen << now;
        });
        sampler.start();
        sendAndWait();
        sampler.stop();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        const QString text = child<OutputView>(page(), "outputView")->text();
        QVERIFY2(text.size() > 20, qPrintable(text));
        // It grew piece by piece, each piece appended after the ones before.
        QVERIFY2(seen.size() >= 4, qPrintable(QString::number(seen.size())));
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY2(seen.at(i).startsWith(seen.at(i - 1)), qPrintable(seen.at(i)));
        // And it is the prediction's whole output, in order.
        ExchangeListModel* exchanges = child<ResponseViewer>(page(), "responseViewer")->exchanges();
        QVERIFY(exchanges->rowCount() >= 2); // create + stream (+ the final get)
        QJsonArray output;
        for (int row = exchanges->rowCount() - 1; row >= 0 && output.isEmpty(); --row)
            output = QJsonDocument::fromJson(exchanges->exchange(row).result.body)
                         .object()
                         .value(QStringLiteral("output"))
                         .toArray();
        QString joined;
        for (const QJsonValue& v : std::as_const(output))
            joined += v.toString();
        QCOMPARE(text, joined);
        QCOMPARE(m_history->search().first().finalStatus, QStringLiteral("succeeded"));
    }

    void cancelStopsThePrediction()
    {
        m_sandbox->server()->setSpeed(0.5); // slow enough to cancel while it runs
        loadSample(QStringLiteral("llama-stream"));
        QSignalSpy sent(page(), &ComposerPage::sent);
        QSignalSpy ended(page(), &ComposerPage::runEnded);
        page()->send();
        QVERIFY(sent.count() == 1 || sent.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<StatusChip>(page(), "statusChip")->state() == StatusChip::State::Starting ||
                child<StatusChip>(page(), "statusChip")->state() == StatusChip::State::Processing,
            10000);
        auto* cancelButton = page()->findChild<QPushButton*>(QStringLiteral("cancelButton"));
        QVERIFY(cancelButton->isEnabled());
        auto* tabs = page()->findChild<QTabWidget*>(QStringLiteral("resultTabs"));
        tabs->setFocus();
        QTest::keyClick(tabs, Qt::Key_Escape); // Esc cancels
        QVERIFY(ended.count() == 1 || ended.wait(20000));
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Canceled);
        QVERIFY(!cancelButton->isEnabled());
        QTRY_COMPARE(m_history->search().first().finalStatus, QStringLiteral("canceled"));
    }

    void invalidInputHighlightsTheField()
    {
        loadSample(QStringLiteral("flux-schnell"));
        QJsonObject body = child<InputEditor>(page(), "inputEditor")->body();
        QJsonObject input = body.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("num_outputs"), 9); // the schema allows 1–4: the server says 422
        body.insert(QStringLiteral("input"), input);
        child<InputEditor>(page(), "inputEditor")->setBody(body);
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Error);
        QVERIFY2(child<MessageBar>(page(), "messageBar")->text().contains(QStringLiteral("num_outputs")),
                 qPrintable(child<MessageBar>(page(), "messageBar")->text()));
        QVERIFY(!child<InputEditor>(page(), "inputEditor")
                     ->form()
                     ->problemFor(QStringLiteral("num_outputs"))
                     .isEmpty());
        QVERIFY(child<InputEditor>(page(), "inputEditor")
                    ->form()
                    ->problemFor(QStringLiteral("prompt"))
                    .isEmpty());
        QCOMPARE(m_history->search().first().httpStatus, 422);
    }

    void rateLimitSaysWhenAndRetryWorks()
    {
        m_sandbox->server()->setRateLimits(1, 3000);
        const int stored = m_history->count();
        loadSample(QStringLiteral("hello-world"));
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Error);
        QVERIFY2(child<MessageBar>(page(), "messageBar")->text().contains(QStringLiteral("429")),
                 qPrintable(child<MessageBar>(page(), "messageBar")->text()));
        QVERIFY2(child<MessageBar>(page(), "messageBar")->text().contains(QStringLiteral("resets in")),
                 qPrintable(child<MessageBar>(page(), "messageBar")->text()));
        QPushButton* retry = child<MessageBar>(page(), "messageBar")->actionButton();
        QVERIFY(retry->isVisible());
        QCOMPARE(retry->text(), QStringLiteral("Retry"));
        QVERIFY(page()->findChild<QPushButton*>(QStringLiteral("retryButton"))->isEnabled());
        // The countdown ticks.
        const QString before = child<MessageBar>(page(), "messageBar")->text();
        QTRY_VERIFY_WITH_TIMEOUT(child<MessageBar>(page(), "messageBar")->text() != before, 3000);
        // The limit is lifted (as if the minute had passed): Retry sends the same request again.
        m_sandbox->server()->setRateLimits(600, 3000);
        QSignalSpy ended(page(), &ComposerPage::runEnded);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(ended.wait(20000));
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        QCOMPARE(m_history->count(), stored + 3); // the success, the 429 and the retry
    }

    void rejectedTokenLinksToTheTokensPage()
    {
        const QString bogusId = addToken(QStringLiteral("composer-bogus"), test::makeToken());
        QVERIFY(child<TokenChooser>(page(), "tokenChooser")->selectTokenId(bogusId));
        page()->setTargetText(QStringLiteral("black-forest-labs/flux-schnell"));
        // The lookup already says so, inline.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page(), "targetInfo")->text().contains(QStringLiteral("401")),
                                 10000);
        child<InputEditor>(page(), "inputEditor")
            ->setBody(QJsonObject{
                {QStringLiteral("input"), QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}}}});
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Error);
        QVERIFY2(child<MessageBar>(page(), "messageBar")
                     ->text()
                     .contains(QStringLiteral("“composer-bogus” was rejected")),
                 qPrintable(child<MessageBar>(page(), "messageBar")->text()));
        QPushButton* open = child<MessageBar>(page(), "messageBar")->actionButton();
        QVERIFY(open->isVisible());
        QVERIFY(open->text().contains(QStringLiteral("Tokens")));
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget*>(m_window->tokensPage()));
        QCOMPARE(m_window->tokensPage()->selectedId(), bogusId);
        QVERIFY(m_window->tokensPage()->bannerText().contains(QStringLiteral("rotate")));
        QCOMPARE(m_history->search().first().tokenName, QStringLiteral("composer-bogus"));
        removeToken(bogusId);
    }

    void copyAsNeverHoldsTheToken()
    {
        loadSample(QStringLiteral("flux-schnell"));
        CopyAsMenu* menu = child<CopyAsMenu>(page(), "copyAsMenu");
        QVERIFY(menu);
        for (const composer::CodeFormat format : composer::allCodeFormats()) {
            QVERIFY(menu->copy(format));
            const QString code = QApplication::clipboard()->text();
            QVERIFY(!code.isEmpty());
            for (const QString& s : std::as_const(m_secrets))
                QVERIFY2(!code.contains(s), qPrintable(composer::codeFormatId(format)));
            QVERIFY2(code.contains(QStringLiteral("REPLICATE_API_TOKEN")) ||
                         format == composer::CodeFormat::PythonReplicate ||
                         format == composer::CodeFormat::NodeReplicate,
                     qPrintable(code));
        }
        QVERIFY(menu->copy(composer::CodeFormat::Curl));
        const QString curl = QApplication::clipboard()->text();
        QVERIFY(curl.contains(QStringLiteral("$REPLICATE_API_TOKEN")));
        QVERIFY(curl.contains(QStringLiteral("a cat wearing a hat")));
        QVERIFY(curl.contains(m_sandbox->baseUrl().toString()));
        QVERIFY(
            child<MessageBar>(page(), "messageBar")->text().contains(QStringLiteral("REPLICATE_API_TOKEN")));
    }

    void historySurvivesARestartAndReopens()
    {
        loadSample(QStringLiteral("hello-world"));
        QJsonObject body = child<InputEditor>(page(), "inputEditor")->body();
        body.insert(QStringLiteral("input"),
                    QJsonObject{{QStringLiteral("text"), QStringLiteral("from history")}});
        child<InputEditor>(page(), "inputEditor")->setBody(body);
        page()->findChild<QRadioButton*>(QStringLiteral("asyncRadio"))->setChecked(true);
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        const QString tokenName = page()->tokenName();

        // "Restart": a new window and a new store on the same file.
        m_window.reset();
        m_history.reset();
        openWindow();
        HistoryPage* history = m_window->historyPage();
        QVERIFY(history);
        QVERIFY(m_window->findChild<ComposerPage*>() == nullptr);
        QVERIFY(history->model()->rowCount() >= 1);
        history->selectRow(0);
        QVERIFY2(history->detailsText().contains(QStringLiteral("from history")),
                 qPrintable(history->detailsText()));
        QVERIFY(history->reopenSelected());
        ComposerPage* composer = m_window->composerPage();
        QTRY_COMPARE(m_window->currentPage(), static_cast<QWidget*>(composer));
        // hello-world is a community model: it ran (and reopens) by its version.
        QVERIFY2(composer->targetText().startsWith(QStringLiteral("replicate/hello-world:")),
                 qPrintable(composer->targetText()));
        QCOMPARE(composer->tokenName(), tokenName);
        QCOMPARE(composer->environment(), QStringLiteral("sandbox"));
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isLookingUp(), 10000);
        QCOMPARE(
            child<InputEditor>(composer, "inputEditor")->input().value(QStringLiteral("text")).toString(),
            QStringLiteral("from history"));
        QVERIFY(composer->findChild<QRadioButton*>(QStringLiteral("asyncRadio"))->isChecked());
        // And it sends again.
        QSignalSpy ended(composer, &ComposerPage::runEnded);
        composer->send();
        QVERIFY(ended.wait(20000));
        QCOMPARE(child<StatusChip>(composer, "statusChip")->state(), StatusChip::State::Succeeded);
    }

    void failedPredictionShowsErrorAndLogs()
    {
        loadSample(QStringLiteral("always-fails"));
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Failed);
        QVERIFY(child<MessageBar>(page(), "messageBar")
                    ->text()
                    .startsWith(QStringLiteral("The prediction failed")));
        QVERIFY(!child<QPlainTextEdit>(page(), "logsView")->toPlainText().isEmpty());
    }

    void invalidJsonBlocksSending()
    {
        loadSample(QStringLiteral("hello-world"));
        QVERIFY(page()->sendProblem().isEmpty());
        child<InputEditor>(page(), "inputEditor")->showJson();
        auto* json = child<InputEditor>(page(), "inputEditor")->jsonEdit();
        json->setPlainText(QStringLiteral("{\"input\": {\"text\": \"x\",}"));
        QTRY_VERIFY(!page()->sendProblem().isEmpty());
        QVERIFY2(page()->sendProblem().contains(QStringLiteral("Line")), qPrintable(page()->sendProblem()));
        QVERIFY(!page()->findChild<QPushButton*>(QStringLiteral("sendButton"))->isEnabled());
        const int before = m_history->count();
        page()->send();
        QCOMPARE(m_history->count(), before); // nothing went out
    }

    // ---- the composer's state is honest (issue #12.3) ----------------------------------------

    void loadingASampleOrAnotherModelClearsTheLastRun()
    {
        loadSample(QStringLiteral("hello-world"));
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        QVERIFY(!child<OutputView>(page(), "outputView")->text().isEmpty());
        QVERIFY(!child<ElidedLinkLabel>(page(), "predictionLabel")->fullText().isEmpty());
        QVERIFY(child<ResponseViewer>(page(), "responseViewer")->exchanges()->rowCount() > 0);
        loadSample(QStringLiteral("flux-schnell"));
        assertNoRunShown();

        // Typing another model does the same.
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        QSignalSpy looked(page(), &ComposerPage::lookupFinished);
        auto* edit = child<QLineEdit>(page(), "targetEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("stability-ai/sdxl"));
        QVERIFY(looked.wait(10000));
        assertNoRunShown();
    }

    void formShowsAnOutOfRangeValueAsItIs()
    {
        loadSample(QStringLiteral("flux-schnell"));
        auto* editor = child<InputEditor>(page(), "inputEditor");
        editor->showJson();
        QJsonObject body = editor->body();
        QJsonObject input = body.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("num_outputs"), 9); // the schema allows 1–4
        body.insert(QStringLiteral("input"), input);
        editor->jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(body).toJson()));
        QTRY_COMPARE(editor->input().value(QStringLiteral("num_outputs")).toInt(), 9);
        editor->showForm();
        auto* spin =
            qobject_cast<QAbstractSpinBox*>(editor->form()->editorFor(QStringLiteral("num_outputs")));
        QVERIFY(spin);
        QCOMPARE(spin->text(), QStringLiteral("9")); // not clamped to 4
        QVERIFY2(editor->form()->problemFor(QStringLiteral("num_outputs")).contains(QStringLiteral("4")),
                 qPrintable(editor->form()->problemFor(QStringLiteral("num_outputs"))));
        const auto request = page()->currentRequest();
        QVERIFY(request);
        QCOMPARE(request->input.value(QStringLiteral("num_outputs")).toInt(), 9); // what is shown is sent
    }

    void after422TheFirstMarkedFieldIsInViewAndFocused_data()
    {
        QTest::addColumn<QSize>("window");
        QTest::addColumn<qreal>("points");
        // The window's size on those screens under openbox (its frame takes the rest), as the
        // real-window tier (tests/window) sees it.
        QTest::newRow("1024x600, default font") << QSize(920, 540) << 0.0;
        QTest::newRow("1366x768, 12 pt font") << QSize(1230, 690) << 12.0;
    }

    // After a 422 the marked field's whole row — its title, its editor and the line that says what is
    // wrong — is on screen: nothing scrolled sideways (labels cut at the left), nothing below the
    // visible part of the request side (issue #12.3, seen on a real 1024x600 screen).
    void after422TheFirstMarkedFieldIsInViewAndFocused()
    {
        QFETCH(QSize, window);
        QFETCH(qreal, points);
        const QFont before = QApplication::font();
        reopenWithFont(points);
        auto restoreFont = qScopeGuard([&] {
            if (points > 0) {
                assertNoSecretIn(m_window.data()); // what cleanup() checks, before the window goes
                m_window.reset();
                QApplication::setFont(before);
            }
        });
        // As r8desk starts: the window keeper (a fresh one: nothing saved) gives the splitter its shares.
        m_window->restoreWindowState(m_dir->filePath(QStringLiteral("window-%1.ini").arg(points)));
        m_window->resize(window);
        QApplication::setActiveWindow(m_window.data());
        QVERIFY(QTest::qWaitForWindowActive(m_window.data()));
        loadSample(QStringLiteral("flux-schnell"));
        auto* editor = child<InputEditor>(page(), "inputEditor");
        QJsonObject body = editor->body();
        QJsonObject input = body.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("num_outputs"), 9);
        body.insert(QStringLiteral("input"), input);
        editor->setBody(body);
        // The form scrolled to its end, focus elsewhere.
        auto* scroll = editor->form()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        child<QLineEdit>(page(), "targetEdit")->setFocus();
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Error);
        QWidget* field = editor->form()->editorFor(QStringLiteral("num_outputs"));
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QApplication::processEvents();
        QWidget* row = editor->form()->findChild<QWidget*>(QStringLiteral("field_num_outputs"));
        QVERIFY(row);
        auto* problem = row->findChild<QLabel*>(QStringLiteral("problem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(!problem->text().isEmpty());
        // Neither the request side nor the form is scrolled sideways, and neither needs to be.
        auto* requestScroll = child<QScrollArea>(page(), "requestScroll");
        for (QScrollArea* area : {requestScroll, scroll}) {
            QVERIFY2(area->horizontalScrollBar()->value() == 0 && area->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1 scrolls sideways: %2 of %3 (content %4 px wide in %5)")
                                    .arg(area->objectName())
                                    .arg(area->horizontalScrollBar()->value())
                                    .arg(area->horizontalScrollBar()->maximum())
                                    .arg(area->widget()->width())
                                    .arg(area->viewport()->width())));
        }
        // The title, the editor and the problem line are inside what the form shows, and inside
        // what the request side shows of the form.
        const QLabel* title = row->findChild<QLabel*>();
        const QList<const QWidget*> shown{title, field, problem};
        for (const QWidget* w : shown) {
            for (QScrollArea* area : {scroll, requestScroll}) {
                const QRect r(w->mapTo(area->viewport(), QPoint(0, 0)), w->size());
                QVERIFY2(area->viewport()->rect().contains(r),
                         qPrintable(QStringLiteral("%1 (%2) at %3,%4 %5x%6 is not inside %7's %8x%9 view")
                                        .arg(QLatin1String(w->metaObject()->className()))
                                        .arg(w == problem ? problem->text().left(30) : w->objectName())
                                        .arg(r.x())
                                        .arg(r.y())
                                        .arg(r.width())
                                        .arg(r.height())
                                        .arg(area->objectName())
                                        .arg(area->viewport()->width())
                                        .arg(area->viewport()->height())));
            }
        }
    }

    void retryOnlyAfterAFailureOrACancel()
    {
        auto* retry = child<QPushButton>(page(), "retryButton");
        loadSample(QStringLiteral("hello-world"));
        QVERIFY(!retry->isEnabled()); // nothing sent yet
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Succeeded);
        QVERIFY(!retry->isEnabled()); // a success is not retried
        loadSample(QStringLiteral("always-fails"));
        sendAndWait();
        QCOMPARE(child<StatusChip>(page(), "statusChip")->state(), StatusChip::State::Failed);
        QVERIFY(retry->isEnabled());
        loadSample(QStringLiteral("hello-world")); // another request: the failure is gone, so is Retry
        QVERIFY(!retry->isEnabled());
    }

    void statusSaysRunningWhileTextStreams()
    {
        m_sandbox->server()->setSpeed(4.0);
        loadSample(QStringLiteral("llama-stream"));
        QList<StatusChip::State> whileText;
        QTimer sampler;
        sampler.setInterval(2);
        connect(&sampler, &QTimer::timeout, this, [&]() {
            if (!child<OutputView>(page(), "outputView")->text().isEmpty() && page()->isRunning())
                whileText << child<StatusChip>(page(), "statusChip")->state();
        });
        sampler.start();
        sendAndWait();
        sampler.stop();
        QVERIFY(!whileText.isEmpty());
        for (StatusChip::State s : std::as_const(whileText))
            QVERIFY2(s == StatusChip::State::Processing,
                     QMetaEnum::fromType<StatusChip::State>().valueToKey(int(s)));
    }

    void theModelHintIsShownOnceAndNoFormTextBeforeAModel()
    {
        ComposerPage* p = page();
        QCOMPARE(p->targetText(), QString());
        int hints = 0;
        for (QLabel* l : p->findChildren<QLabel*>()) {
            if (!l->isVisibleTo(p))
                continue;
            QVERIFY2(!l->text().contains(QStringLiteral("No form")), qPrintable(l->text()));
            hints += l->text().contains(QStringLiteral("Type a model")) ? 1 : 0;
        }
        QCOMPARE(hints, 1);
        // A model without a schema (a bare version id) does say so.
        p->setTargetText(QString(64, QLatin1Char('a')));
        QVERIFY(child<InputEditor>(p, "inputEditor")->form()->noteText().contains(QStringLiteral("No form")));
    }

    void theModelHintNeverBreaksInsideAName()
    {
        ComposerPage* p = page();
        p->setTargetText(QString(64, QLatin1Char('a'))); // a bare version id: "… type OWNER/NAME:VERSION."
        auto* info = child<QLabel>(p, "targetInfo");
        const QString text = info->text();
        QString plain = text;
        plain.remove(QChar(0x2060));
        QVERIFY2(plain.contains(QStringLiteral("OWNER/NAME:VERSION")), qPrintable(plain));
        const qsizetype start = text.indexOf(QStringLiteral("OWNER"));
        const qsizetype end = text.indexOf(QStringLiteral("VERSION")) + 7;
        for (int width = 60; width <= 700; width += 3) {
            QTextLayout layout(text, info->font());
            QTextOption option;
            option.setWrapMode(QTextOption::WordWrap);
            layout.setTextOption(option);
            layout.beginLayout();
            int startLine = -1, endLine = -1;
            for (int n = 0;; ++n) {
                QTextLine line = layout.createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(width);
                if (start >= line.textStart() && start < line.textStart() + line.textLength())
                    startLine = n;
                if (end - 1 >= line.textStart() && end - 1 < line.textStart() + line.textLength())
                    endLine = n;
            }
            layout.endLayout();
            QVERIFY2(startLine == endLine, qPrintable(QStringLiteral("broken at width %1").arg(width)));
        }
    }

    void theSameSampleSendsTheSameBodyWhicheverWayItIsLoaded()
    {
        // 1. On a fresh page.
        loadSample(QStringLiteral("flux-schnell"));
        const QJsonObject fresh = composer::requestBodyObject(*page()->currentRequest());
        // 2. From the Samples menu, after another model was chosen and its form edited.
        loadSample(QStringLiteral("llama-stream"));
        QJsonObject body = child<InputEditor>(page(), "inputEditor")->body();
        QJsonObject input = body.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("prompt"), QStringLiteral("something else"));
        body.insert(QStringLiteral("input"), input);
        child<InputEditor>(page(), "inputEditor")->setBody(body);
        auto* menu = child<QMenu>(page(), "samplesMenu");
        emit menu->aboutToShow();
        auto* action = menu->findChild<QAction*>(QStringLiteral("sample-flux-schnell"));
        QVERIFY(action);
        QSignalSpy looked(page(), &ComposerPage::lookupFinished);
        action->trigger();
        if (looked.isEmpty())
            QVERIFY(looked.wait(10000));
        QTRY_VERIFY(!page()->isLookingUp());
        QCOMPARE(composer::requestBodyObject(*page()->currentRequest()), fresh);
        // 3. Again over itself, after its own form was edited.
        body = child<InputEditor>(page(), "inputEditor")->body();
        input = body.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("num_outputs"), 3);
        input.insert(QStringLiteral("prompt"), QStringLiteral("a dog"));
        body.insert(QStringLiteral("input"), input);
        child<InputEditor>(page(), "inputEditor")->setBody(body);
        loadSample(QStringLiteral("flux-schnell"));
        QTRY_VERIFY(!page()->isLookingUp());
        QCOMPARE(composer::requestBodyObject(*page()->currentRequest()), fresh);
        // 4. From the history of a sent one.
        sendAndWait();
        HistoryPage* history = m_window->historyPage();
        history->selectRow(0);
        QVERIFY(history->reopenSelected());
        QTRY_VERIFY(!page()->isLookingUp());
        QCOMPARE(composer::requestBodyObject(*page()->currentRequest()), fresh);
    }

    // ---- the page never raises the window's minimum size (issue #12.1) -----------------------

    void minimumSizeFitsASmallScreen_data()
    {
        QTest::addColumn<qreal>("points");
        QTest::newRow("default font") << 0.0;
        QTest::newRow("12 pt font") << 12.0;
    }

    void minimumSizeFitsASmallScreen()
    {
        QFETCH(qreal, points);
        const QFont before = QApplication::font();
        reopenWithFont(points);
        ComposerPage* p = page();
        // What the window puts around the page (sidebar, menu, margins) comes off 1024×600.
        const QSize chrome = m_window->size() - p->size();
        const QSize budget = QSize(1024, 600) - chrome;
        QSize largest;
        auto check = [&](const char* state) {
            QApplication::processEvents();
            const QSize min = p->minimumSizeHint().expandedTo(p->minimumSize());
            largest = largest.expandedTo(min);
            qInfo("%s, %s: page minimum %dx%d (budget %dx%d)", points > 0 ? "12 pt" : "default font", state,
                  min.width(), min.height(), budget.width(), budget.height());
            QVERIFY2(min.width() <= budget.width() && min.height() <= budget.height(),
                     qPrintable(QStringLiteral("%1: %2x%3 > %4x%5")
                                    .arg(QLatin1String(state))
                                    .arg(min.width())
                                    .arg(min.height())
                                    .arg(budget.width())
                                    .arg(budget.height())));
        };
        check("empty");
        loadSample(QStringLiteral("flux-schnell"));
        check("flux-schnell loaded");
        sendAndWait();
        check("sent");
        child<QTabWidget>(p, "resultTabs")->setCurrentIndex(2);
        check("Response tab");
        child<QTabWidget>(p, "resultTabs")->setCurrentIndex(0);
        loadSample(QStringLiteral("llama-stream"));
        sendAndWait();
        check("streamed");
        child<QTabWidget>(p, "resultTabs")->setCurrentIndex(2);
        check("streamed, Response tab");
        loadSample(QStringLiteral("flux-schnell"));
        auto* editor = child<InputEditor>(p, "inputEditor");
        QJsonObject body = editor->body();
        QJsonObject input = body.value(QStringLiteral("input")).toObject();
        input.insert(QStringLiteral("num_outputs"), 9);
        input.insert(QStringLiteral("no_such_input_with_a_long_name_the_server_complains_about"), 1);
        body.insert(QStringLiteral("input"), input);
        editor->setBody(body);
        sendAndWait();
        check("422");
        child<QTabWidget>(p, "resultTabs")->setCurrentIndex(2);
        check("422, Response tab");
        const QString longName =
            QStringLiteral("some-owner-with-a-very-long-name/") + QString(120, QLatin1Char('x'));
        p->setTargetText(longName);
        QTRY_VERIFY(!p->isLookingUp());
        check("long model name");
        p->showMessage(QString(40, QLatin1Char('w')) + QStringLiteral(" ") + QString(300, QLatin1Char('m')),
                       true);
        check("long message");
        qInfo("%s: the page's largest minimum size: %dx%d", points > 0 ? "12 pt" : "default font",
              largest.width(), largest.height());
        if (points > 0) {
            m_window.reset();
            QApplication::setFont(before);
        }
    }

private:
    void assertNoRunShown()
    {
        ComposerPage* p = page();
        QCOMPARE(child<StatusChip>(p, "statusChip")->state(), StatusChip::State::Idle);
        QCOMPARE(child<OutputView>(p, "outputView")->text(), QString());
        QCOMPARE(child<OutputView>(p, "outputView")->imageCount(), 0);
        QCOMPARE(child<ResponseViewer>(p, "responseViewer")->exchanges()->rowCount(), 0);
        QCOMPARE(child<QPlainTextEdit>(p, "logsView")->toPlainText(), QString());
        QCOMPARE(child<ElidedLinkLabel>(p, "predictionLabel")->fullText(), QString());
        QCOMPARE(child<QLabel>(p, "elapsedLabel")->text(), QString());
        QVERIFY(!child<QProgressBar>(p, "progressBar")->isVisible());
        QVERIFY(!child<QPushButton>(p, "retryButton")->isEnabled());
    }

    ComposerPage* page()
    {
        ComposerPage* p = m_window->composerPage();
        m_window->showPage(p);
        return p;
    }

    // The window rebuilt with the application's font at `points` (0: the font as it is).
    void reopenWithFont(qreal points)
    {
        if (points <= 0)
            return;
        QFont f = QApplication::font();
        f.setPointSizeF(points);
        QApplication::setFont(f);
        m_window.reset();
        openWindow();
    }

    void openWindow()
    {
        m_history.reset(new composer::HistoryStore);
        m_history->open(m_dir->filePath(QStringLiteral("history.sqlite")));
        m_presets.reset(new composer::PresetStore(m_dir->filePath(QStringLiteral("presets.json"))));
        m_services = m_fixture->services();
        m_services.history = m_history.data();
        m_services.presets = m_presets.data();
        m_window.reset(new MainWindow(m_services));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.data()));
    }

    void loadSample(const QString& id)
    {
        ComposerPage* p = page();
        p->setPollIntervals(40, 200);
        QSignalSpy looked(p, &ComposerPage::lookupFinished);
        QVERIFY(p->loadSample(id));
        if (looked.isEmpty())
            QVERIFY(looked.wait(10000));
        QVERIFY2(looked.last().first().toBool(), qPrintable(child<QLabel>(p, "targetInfo")->text()));
        QVERIFY2(p->sendProblem().isEmpty(), qPrintable(p->sendProblem()));
    }

    void sendAndWait(const QKeySequence& keys = QKeySequence())
    {
        ComposerPage* p = page();
        QSignalSpy ended(p, &ComposerPage::runEnded);
        if (keys.isEmpty()) {
            QTest::mouseClick(p->findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
        } else {
            p->findChild<QLineEdit*>(QStringLiteral("targetEdit"))->setFocus();
            QTest::keySequence(p->findChild<QLineEdit*>(QStringLiteral("targetEdit")), keys);
        }
        QVERIFY2(ended.count() == 1 || ended.wait(30000),
                 qPrintable(child<MessageBar>(p, "messageBar")->text()));
    }

    QString addToken(const QString& name, const QString& secret)
    {
        m_secrets << secret;
        QString id;
        m_vault->add(
            {name, QStringLiteral("sandbox"), QString(), secret}, this,
            [&](const TokenVault::AddResult& r) { id = r.ok ? r.id : QStringLiteral("failed: ") + r.error; });
        [&]() { QTRY_VERIFY_WITH_TIMEOUT(!id.isEmpty(), 10000); }();
        return id;
    }

    void removeToken(const QString& id)
    {
        bool done = false;
        m_vault->remove(id, this, [&](const TokenVault::Outcome&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    void assertNoSecretIn(QWidget* root)
    {
        const QStringList texts = widgetTexts(root);
        QVERIFY(texts.size() > 50);
        for (const QString& text : texts) {
            for (const QString& s : std::as_const(m_secrets))
                QVERIFY2(!text.contains(s), "a token is shown in a widget");
        }
    }

    QScopedPointer<QTemporaryDir> m_dir;
    QScopedPointer<KeychainSecretStore> m_store;
    QScopedPointer<test::TestServices> m_fixture;
    TokenVault* m_vault = nullptr;
    session::SandboxSession* m_sandbox = nullptr;
    QScopedPointer<composer::HistoryStore> m_history;
    QScopedPointer<composer::PresetStore> m_presets;
    Services m_services;
    QScopedPointer<MainWindow> m_window;
    QStringList m_secrets;
};

QTEST_MAIN(TstComposerGui)
#include "tst_composer_gui.moc"
