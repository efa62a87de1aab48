// Copy as, presets and .http files, offscreen: every format copied from the menu names the
// environment variable and never the token; the copied curl, run through `r8 exec --token NAME`,
// creates a prediction on the sandbox; presets save / load / replace / rename / delete through the
// menu (and survive a damaged file); a .http file with two requests → pick → requestChosen; export
// parses back to the same request; a malformed file gives the parser's warnings.
#include "app/api/Prediction.h"
#include "app/composer/CodeExport.h"
#include "app/composer/HttpFile.h"
#include "app/composer/PresetStore.h"
#include "app/core/Paths.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/support/TestSupport.h"
#include "ui/common/Prompt.h"
#include "ui/history/CopyAsMenu.h"
#include "ui/history/ManagePresetsDialog.h"
#include "ui/history/PickRequestDialog.h"
#include "ui/history/PresetsMenu.h"
#include "ui/history/ShowCodeDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace r8;
using namespace r8::ui;
using namespace r8::composer;

namespace {
ComposerRequest sample()
{
    ComposerRequest r;
    r.target = *parseTarget(QStringLiteral("black-forest-labs/flux-schnell"), nullptr);
    r.input =
        QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a cat wearing a \"hat\" it's $HOME `x`")},
                    {QStringLiteral("num_outputs"), 1},
                    {QStringLiteral("go_fast"), true}};
    return r;
}

// What the menus report, collected.
struct Collector
{
    QStringList messages;
    QList<bool> errors;
    QList<QJsonObject> chosen;
    void watch(PresetsMenu* menu, QObject* context)
    {
        QObject::connect(menu, &PresetsMenu::message, context, [this](const QString& t, bool e) {
            messages << t;
            errors << e;
        });
        QObject::connect(menu, &PresetsMenu::requestChosen, context,
                         [this](const ComposerRequest& r) { chosen << composerRequestToJson(r); });
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QAction* presetAction(PresetsMenu* menu, const QString& name)
{
    for (QAction* a : menu->actions()) {
        if (a->data().toString() == name)
            return a;
    }
    return nullptr;
}
} // namespace

class TstCopyAsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        Prompt::setNonInteractive(true);
    }
    void init() { Prompt::resetForTests(); }
    void cleanup()
    {
        PresetsMenu::setPathChooserForTests({});
        PresetsMenu::setRequestPickerForTests({});
    }

    void everyFormatFromTheMenuThenCurlThroughR8Exec()
    {
        const bool live = !qEnvironmentVariable("R8_TEST_HOME").isEmpty() &&
                          !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty();
        sandbox::SandboxServer sandbox(
            sandbox::SandboxConfig::demo(quint32(QDateTime::currentMSecsSinceEpoch() % 100000) + 300000));
        QVERIFY(sandbox.start());
        sandbox.setSpeed(20);
        QString token;
        for (const auto& t : sandbox.tokens())
            if (!t.disabled && token.isEmpty())
                token = t.token;
        QVERIFY(!token.isEmpty());
        const QString madeUp = test::makeToken();
        const QString name = QStringLiteral("copyas-gui-%1").arg(QDateTime::currentMSecsSinceEpoch());

        const ComposerRequest r = sample();
        int asked = 0;
        QWidget host;
        CopyAsMenu menu(
            [&]() -> std::optional<ComposerSnapshot> {
                ++asked;
                return ComposerSnapshot{r, {sandbox.baseUrl(), name, QStringLiteral("development")}};
            },
            &host);
        QStringList messages;
        connect(&menu, &CopyAsMenu::copied, this, [&messages](const QString& m) { messages << m; });
        QCOMPARE(allCodeFormats().size(), 8);
        QHash<int, QString> copied;
        for (CodeFormat f : allCodeFormats()) {
            QGuiApplication::clipboard()->clear();
            QAction* action = menu.actionFor(f);
            QVERIFY(action);
            QVERIFY(menu.actions().contains(action));
            action->trigger();
            const QString code = QGuiApplication::clipboard()->text();
            QVERIFY2(!code.isEmpty(), qPrintable(composer::codeFormatId(f)));
            QCOMPARE(code, generateCode(f, r, {sandbox.baseUrl(), name, QStringLiteral("development")}));
            QVERIFY2(code.contains(QStringLiteral("REPLICATE_API_TOKEN")), qPrintable(code));
            QVERIFY(!code.contains(token));
            QVERIFY(!code.contains(madeUp));
            QVERIFY(!code.contains(QStringLiteral("r8_")));
            copied.insert(int(f), code);
        }
        QCOMPARE(asked, 8);
        QCOMPARE(messages.size(), 8);
        QCOMPARE(messages.first(),
                 QStringLiteral("Copied as curl — it reads the token from $REPLICATE_API_TOKEN"));
        QVERIFY(messages.at(7).contains(name)); // r8 exec: names the token it runs with
        QVERIFY(copied.value(int(CodeFormat::R8Exec)).startsWith(QStringLiteral("r8 exec --token ") + name));

        // Nothing valid to copy: the clipboard is left alone and nothing is said.
        QWidget other;
        CopyAsMenu empty([]() { return std::optional<ComposerSnapshot>(); }, &other);
        QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
        QSignalSpy none(&empty, &CopyAsMenu::copied);
        empty.actionFor(CodeFormat::Curl)->trigger();
        QCOMPARE(none.count(), 0);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
        QVERIFY(!empty.showCode());

        // "Show code…": the same code, read-only and monospace; another format; Copy.
        auto* dialog = qobject_cast<ShowCodeDialog*>(menu.showCode(CodeFormat::HTTPie));
        QVERIFY(dialog);
        auto* view = dialog->findChild<QPlainTextEdit*>(QStringLiteral("codeView"));
        QVERIFY(view->isReadOnly());
        QCOMPARE(view->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QCOMPARE(view->font().styleHint(), QFont::Monospace);
        QCOMPARE(dialog->code(), copied.value(int(CodeFormat::HTTPie)));
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("formatCombo"));
        combo->setCurrentIndex(combo->findData(int(CodeFormat::NodeFetch)));
        QCOMPARE(dialog->format(), CodeFormat::NodeFetch);
        QCOMPARE(dialog->code(), copied.value(int(CodeFormat::NodeFetch)));
        QGuiApplication::clipboard()->clear();
        dialog->findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), copied.value(int(CodeFormat::NodeFetch)));
        QVERIFY(messages.last().startsWith(QStringLiteral("Copied as Node")));
        {
            QAccessible::setActive(true);
            const QList<QWidget*> controls = dialog->findChildren<QWidget*>();
            for (QWidget* w : controls) {
                if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                    qobject_cast<QPlainTextEdit*>(w))
                    QVERIFY2(!QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).isEmpty(),
                             qPrintable(w->objectName()));
            }
        }
        dialog->close();

        if (!live)
            QSKIP("the r8 exec part needs tests/run-headless.sh (private HOME and keyring) and curl");

        // Store the sandbox's token under NAME, the way a user would (`r8 tokens add`, secret on stdin).
        const QString r8 = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/app/r8");
        QProcess add;
        add.start(r8, {QStringLiteral("tokens"), QStringLiteral("add"), name, QStringLiteral("--env"),
                       QStringLiteral("development")});
        QVERIFY(add.waitForStarted());
        add.write(token.toLatin1() + '\n');
        add.closeWriteChannel();
        QSignalSpy added(&add, &QProcess::finished);
        QVERIFY(added.wait(20000));
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   QFileInfo(r8).absolutePath() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.remove(QStringLiteral("REPLICATE_API_TOKEN"));
        // The copied curl, run by r8 exec --token NAME -- sh -c '<curl>'; then the copied r8 exec line as is.
        const QString curlLine = QStringLiteral("r8 exec --token %1 -- sh -c %2")
                                     .arg(shellQuote(name), shellQuote(copied.value(int(CodeFormat::Curl))));
        for (const QString& line : {curlLine, copied.value(int(CodeFormat::R8Exec))}) {
            QProcess sh;
            sh.setProcessEnvironment(env);
            sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), line});
            QSignalSpy shDone(&sh, &QProcess::finished);
            QVERIFY(shDone.wait(30000));
            const QByteArray out = sh.readAllStandardOutput();
            const QByteArray err = sh.readAllStandardError();
            QVERIFY2(sh.exitCode() == 0, err.constData());
            QVERIFY(!out.contains(token.toUtf8()) && !err.contains(token.toUtf8()));
            api::Prediction p;
            QString why;
            QVERIFY2(api::parsePrediction(out, &p, &why), out.left(500).constData());
            QVERIFY(!p.id.isEmpty());
            QCOMPARE(p.model, QStringLiteral("black-forest-labs/flux-schnell"));
            QCOMPARE(p.input, r.input);
            QVERIFY2(p.statusText == QLatin1String("succeeded") ||
                         p.statusText == QLatin1String("starting") ||
                         p.statusText == QLatin1String("processing"),
                     qPrintable(p.statusText));
        }
    }

    void presetsRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("data/presets.json"));
        PresetStore store(file);
        ComposerRequest current = sample();
        QWidget host;
        PresetsMenu menu(
            &store,
            [&]() {
                return std::optional<ComposerSnapshot>(ComposerSnapshot{current, {}});
            },
            &host);
        Collector c;
        c.watch(&menu, this);
        QCOMPARE(menu.presetNames(), QStringList());
        QVERIFY(!menu.manageAction()->isEnabled());

        // Save as preset… (the name asked through Prompt, the model's name suggested).
        Prompt::queueAnswer(true, QStringLiteral("  Cat in a hat "));
        menu.saveAction()->trigger();
        QCOMPARE(menu.presetNames(), QStringList{QStringLiteral("Cat in a hat")});
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(c.messages.last().contains(QStringLiteral("Saved")));
        QVERIFY(!readAll(file).contains("Authorization"));

        // A second one, and the menu lists both (sorted) as actions.
        current.input.insert(QStringLiteral("prompt"), QStringLiteral("a dog"));
        Prompt::queueAnswer(true, QStringLiteral("Dog"));
        QVERIFY(menu.saveAsPreset());
        QCOMPARE(menu.presetNames(), (QStringList{QStringLiteral("Cat in a hat"), QStringLiteral("Dog")}));
        QVERIFY(presetAction(&menu, QStringLiteral("Dog")));
        QVERIFY(menu.manageAction()->isEnabled());

        // Load: choosing the preset in the menu emits its request.
        presetAction(&menu, QStringLiteral("Cat in a hat"))->trigger();
        QCOMPARE(c.chosen.size(), 1);
        QCOMPARE(c.chosen.last(), composerRequestToJson(sample()));

        // Replace: an existing name asks first; "no" keeps the old one, "yes" replaces it.
        current.input.insert(QStringLiteral("prompt"), QStringLiteral("a dog in a hat"));
        Prompt::queueAnswer(true, QStringLiteral("Dog"));
        Prompt::queueAnswer(false);
        QVERIFY(!menu.saveAsPreset());
        QVERIFY(Prompt::shownTexts().last().contains(QStringLiteral("already exists")));
        QCOMPARE(store.find(QStringLiteral("Dog"))->request.input.value(QStringLiteral("prompt")).toString(),
                 QStringLiteral("a dog"));
        Prompt::queueAnswer(true, QStringLiteral("Dog"));
        Prompt::queueAnswer(true);
        QVERIFY(menu.saveAsPreset());
        QCOMPARE(menu.presetNames().size(), 2);
        {
            PresetStore again(file); // what is on disk
            QString error;
            QVERIFY(again.load(&error));
            QCOMPARE(
                again.find(QStringLiteral("Dog"))->request.input.value(QStringLiteral("prompt")).toString(),
                QStringLiteral("a dog in a hat"));
        }
        // An empty name saves nothing and says why.
        Prompt::queueAnswer(true, QStringLiteral("   "));
        QVERIFY(!menu.saveAsPreset());
        QVERIFY(c.errors.last());
        QCOMPARE(menu.presetNames().size(), 2);

        // Manage presets: rename then delete (confirmation) through the dialog.
        {
            ManagePresetsDialog manage(&menu);
            QCOMPARE(manage.names(), (QStringList{QStringLiteral("Cat in a hat"), QStringLiteral("Dog")}));
            manage.select(QStringLiteral("Dog"));
            Prompt::queueAnswer(true, QStringLiteral("Hat dog"));
            manage.findChild<QPushButton*>(QStringLiteral("renameButton"))->click();
            QCOMPARE(manage.names(),
                     (QStringList{QStringLiteral("Cat in a hat"), QStringLiteral("Hat dog")}));
            QCOMPARE(manage.selectedName(), QStringLiteral("Hat dog"));
            Prompt::queueAnswer(false);
            manage.findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
            QCOMPARE(manage.names().size(), 2);
            Prompt::queueAnswer(true);
            manage.findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
            QCOMPARE(manage.names(), QStringList{QStringLiteral("Cat in a hat")});
            QVERIFY(Prompt::shownTexts().last().contains(QStringLiteral("Delete the preset “Hat dog”")));
        }
        QCOMPARE(menu.presetNames(), QStringList{QStringLiteral("Cat in a hat")});
        // The menu reads the file when it opens: a preset deleted elsewhere disappears from it.
        {
            PresetStore elsewhere(file);
            QString error;
            QVERIFY(elsewhere.load(&error));
            QVERIFY(elsewhere.remove(QStringLiteral("Cat in a hat")));
            QVERIFY(elsewhere.save(&error));
        }
        menu.reload();
        QCOMPARE(menu.presetNames(), QStringList());
        QVERIFY(!menu.loadPreset(QStringLiteral("Cat in a hat")));
        QVERIFY(c.errors.last());
    }

    void damagedPresetsFileIsNotOverwrittenWithoutAsking()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("presets.json"));
        QVERIFY(write(file, "{ this is not json"));
        PresetStore store(file);
        QWidget host;
        PresetsMenu menu(
            &store,
            []() {
                return std::optional<ComposerSnapshot>(ComposerSnapshot{sample(), {}});
            },
            &host);
        QSignalSpy messages(&menu, &PresetsMenu::message);
        QVERIFY(messages.wait(5000)); // said once the owner had a chance to connect
        QVERIFY(messages.first().at(0).toString().contains(QStringLiteral("not valid JSON")));
        QVERIFY(messages.first().at(1).toBool());
        Prompt::queueAnswer(true, QStringLiteral("x"));
        Prompt::queueAnswer(false); // do not replace the damaged file
        QVERIFY(!menu.saveAsPreset());
        QCOMPARE(readAll(file), QByteArray("{ this is not json"));
        Prompt::queueAnswer(true, QStringLiteral("x"));
        Prompt::queueAnswer(true);
        QVERIFY(menu.saveAsPreset());
        QCOMPARE(menu.presetNames(), QStringList{QStringLiteral("x")});
    }

    void importHttpFileWithTwoRequestsPicksOne()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("requests.http"));
        const QByteArray text = "@baseUrl = https://api.replicate.com/v1\n"
                                "@token = {{$dotenv REPLICATE_API_TOKEN}}\n"
                                "\n"
                                "### Fox\n"
                                "POST {{baseUrl}}/models/black-forest-labs/flux-schnell/predictions\n"
                                "Authorization: Bearer {{token}}\n"
                                "Content-Type: application/json\n"
                                "Prefer: wait\n"
                                "\n"
                                "{\"input\": {\"prompt\": \"a fox\"}}\n"
                                "\n"
                                "### Account\n"
                                "GET {{baseUrl}}/account\n"
                                "Authorization: Bearer {{token}}\n"
                                "\n"
                                "### Hello\n"
                                "POST {{baseUrl}}/models/replicate/hello-world/predictions\n"
                                "Authorization: Bearer {{token}}\n"
                                "Content-Type: application/json\n"
                                "\n"
                                "{\"input\": {\"text\": \"Ada\"}}\n";
        QVERIFY(write(file, text));
        PresetStore store(dir.filePath(QStringLiteral("presets.json")));
        QWidget host;
        PresetsMenu menu(
            &store, []() { return std::optional<ComposerSnapshot>(); }, &host);
        Collector c;
        c.watch(&menu, this);
        QStringList offered;
        PresetsMenu::setPathChooserForTests(
            [&](bool save, const QString&) { return save ? QString() : file; });
        PresetsMenu::setRequestPickerForTests([&](const QStringList& labels) {
            offered = labels;
            return 1;
        });
        menu.importAction()->trigger();
        QCOMPARE(offered.size(), 2); // the GET is not a prediction: not offered
        QVERIFY(offered.at(0).contains(QStringLiteral("Fox")));
        QVERIFY(offered.at(1).contains(QStringLiteral("replicate/hello-world")));
        QCOMPARE(c.chosen.size(), 1);
        QCOMPARE(c.chosen.last().value(QStringLiteral("target")).toString(),
                 QStringLiteral("replicate/hello-world"));
        QCOMPARE(c.chosen.last().value(QStringLiteral("input")).toObject(),
                 (QJsonObject{{QStringLiteral("text"), QStringLiteral("Ada")}}));
        QVERIFY(!c.errors.last());
        QVERIFY2(c.messages.last().contains(QStringLiteral("Line 13")),
                 qPrintable(c.messages.last())); // why the GET was skipped

        // Cancelling the pick changes nothing.
        PresetsMenu::setRequestPickerForTests([](const QStringList&) { return -1; });
        QVERIFY(!menu.importHttpFile(file));
        QCOMPARE(c.chosen.size(), 1);
    }

    void exportParsesBackToTheSameRequest()
    {
        QTemporaryDir dir;
        ComposerRequest r = sample();
        r.waitSeconds = 30;
        r.cancelAfter = QStringLiteral("2m");
        r.extraHeaders = {{"X-Trace", "abc"}};
        const QUrl base(QStringLiteral("http://127.0.0.1:8123/v1"));
        PresetStore store(dir.filePath(QStringLiteral("presets.json")));
        QWidget host;
        PresetsMenu menu(
            &store,
            [&]() {
                return std::optional<ComposerSnapshot>(
                    ComposerSnapshot{r, {base, QStringLiteral("ci"), QStringLiteral("staging")}});
            },
            &host);
        Collector c;
        c.watch(&menu, this);
        const QString file = dir.filePath(QStringLiteral("out/flux.http"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QString suggested;
        PresetsMenu::setPathChooserForTests([&](bool save, const QString& s) {
            suggested = s;
            return save ? file : QString();
        });
        menu.exportAction()->trigger();
        QVERIFY(suggested.endsWith(QStringLiteral("flux-schnell.http")));
        QVERIFY2(!c.errors.last(), qPrintable(c.messages.last()));
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.contains("{{$dotenv REPLICATE_API_TOKEN}}"));
        QVERIFY(!bytes.contains("r8_"));
        QStringList warnings;
        const QList<HttpFileRequest> parsed = parseHttpFile(QString::fromUtf8(bytes), &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(
            parsed.first().url,
            QStringLiteral("http://127.0.0.1:8123/v1/models/black-forest-labs/flux-schnell/predictions"));
        QString why;
        const auto back = composerRequestFromHttp(parsed.first(), &why);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(composerRequestToJson(*back), composerRequestToJson(r));
        // …and importing it through the menu gives the same request too.
        QVERIFY(menu.importHttpFile(file));
        QCOMPARE(c.chosen.last(), composerRequestToJson(r));

        // A folder that cannot be written: a specific error, nothing written.
        QVERIFY(!menu.exportHttpFile(dir.filePath(QStringLiteral("missing/folder/x.http"))));
        QVERIFY(c.errors.last());
        QVERIFY(c.messages.last().contains(QStringLiteral("Cannot save")));
        // Cancelling the file dialog does nothing.
        PresetsMenu::setPathChooserForTests([](bool, const QString&) { return QString(); });
        const int before = c.messages.size();
        QVERIFY(!menu.exportHttpFile());
        QCOMPARE(c.messages.size(), before);
    }

    void badHttpFilesGiveSpecificMessages()
    {
        QTemporaryDir dir;
        PresetStore store(dir.filePath(QStringLiteral("presets.json")));
        QWidget host;
        PresetsMenu menu(
            &store, []() { return std::optional<ComposerSnapshot>(); }, &host);
        Collector c;
        c.watch(&menu, this);

        // Malformed: the parser's warnings (with line numbers), no request chosen, no crash.
        const QString bad = dir.filePath(QStringLiteral("bad.http"));
        QVERIFY(write(bad, "this is not a request\n"
                           "### second\n"
                           "POST https://api.replicate.com/v1/models/a/b/predictions\n"
                           "not a header line\n"
                           "\n"
                           "{\"input\": \n"));
        QVERIFY(!menu.importHttpFile(bad));
        QVERIFY(c.chosen.isEmpty());
        QVERIFY(c.errors.last());
        const QString msg = c.messages.last();
        QVERIFY2(msg.contains(QStringLiteral("Line 1: “this is not a request” is not a request line")),
                 qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("Line 4")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("not a JSON object")), qPrintable(msg));
        QVERIFY(msg.contains(QStringLiteral("Nothing was imported")));

        // A token written in the file is never imported, and said.
        const QString leaky = dir.filePath(QStringLiteral("leaky.http"));
        const QString token = test::makeToken();
        QVERIFY(write(leaky, "POST https://api.replicate.com/v1/models/a/b/predictions\n"
                             "Authorization: Bearer " +
                                 token.toUtf8() +
                                 "\n"
                                 "\n"
                                 "{\"input\": {\"x\": 1}}\n"));
        QVERIFY(menu.importHttpFile(leaky));
        QVERIFY(!QJsonDocument(c.chosen.last()).toJson().contains(token.toUtf8()));
        QVERIFY(c.messages.last().contains(QStringLiteral("token written in the file")));
        QVERIFY(!c.messages.last().contains(token));

        // Not there, not text, empty.
        QVERIFY(!menu.importHttpFile(dir.filePath(QStringLiteral("nope.http"))));
        QVERIFY(c.messages.last().startsWith(QStringLiteral("Cannot open")));
        const QString binary = dir.filePath(QStringLiteral("image.http"));
        QVERIFY(write(binary, QByteArray("\x89PNG\r\n\x1a\n\xff\xfe\xfd", 11)));
        QVERIFY(!menu.importHttpFile(binary));
        QVERIFY(c.messages.last().contains(QStringLiteral("not UTF-8")));
        const QString emptyFile = dir.filePath(QStringLiteral("empty.http"));
        QVERIFY(write(emptyFile, "# only a comment\n"));
        QVERIFY(!menu.importHttpFile(emptyFile));
        QVERIFY(c.messages.last().contains(QStringLiteral("no request")));
        QVERIFY(c.chosen.size() == 1);
    }

    // Renders the presets dialogs when asked (R8_HISTORY_SHOTS=/some/dir), for looking at.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("R8_HISTORY_SHOTS");
        if (dir.isEmpty())
            QSKIP("set R8_HISTORY_SHOTS to a folder to render the dialogs");
        QTemporaryDir tmp;
        PresetStore store(tmp.filePath(QStringLiteral("presets.json")));
        ComposerRequest r = sample();
        store.put(QStringLiteral("Cat in a hat"), r);
        r.target = *parseTarget(QStringLiteral("meta/meta-llama-3-8b-instruct"), nullptr);
        r.input = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("hi")},
                              {QStringLiteral("max_tokens"), 512},
                              {QStringLiteral("temperature"), 0.7}};
        store.put(QStringLiteral("Llama, short answers"), r);
        QString error;
        QVERIFY(store.save(&error));
        QWidget host;
        PresetsMenu menu(
            &store, []() { return std::optional<ComposerSnapshot>(); }, &host);
        ManagePresetsDialog manage(&menu);
        manage.show();
        QApplication::processEvents();
        QVERIFY(manage.grab().save(dir + QStringLiteral("/manage-presets.png")));
        menu.popup(QPoint(0, 0));
        QApplication::processEvents();
        QVERIFY(menu.grab().save(dir + QStringLiteral("/presets-menu.png")));
        menu.hide();
        PickRequestDialog pick(
            QStringLiteral(
                "requests.http has 2 prediction requests. Choose the one to open in the composer:"),
            {QStringLiteral("Fox — black-forest-labs/flux-schnell (line 5)"),
             QStringLiteral("Hello — replicate/hello-world (line 17)")});
        pick.show();
        QApplication::processEvents();
        QVERIFY(pick.grab().save(dir + QStringLiteral("/pick-request.png")));
    }
};

QTEST_MAIN(TstCopyAsGui)
#include "tst_copyas_gui.moc"
