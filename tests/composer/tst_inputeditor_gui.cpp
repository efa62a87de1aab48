// The composer's input editor, offscreen: a form from every Cog Input schema in the real recordings
// (../shared/fixtures/replicate-recordings), widget kinds per FieldKind, form ↔ JSON sync both ways,
// invalid JSON (line/column, isValid), unknown keys kept, 422 problems on the form, and file
// inputs — a small file as a data: URI, a large one uploaded to the real sandbox over loopback.
//
// Required fields without a usable default: the form leaves them out (an empty field is "not set";
// a made-up value would be sent unnoticed), so validateInput on a fresh form names exactly those
// fields — except required booleans, whose check box always holds a value (false). Filling them
// with placeholderValue then gives an input that validates.
#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/composer/FileInput.h"
#include "app/composer/OutputItems.h"
#include "app/composer/SchemaForm.h"
#include "app/core/Paths.h"
#include "app/sandbox/BuiltinModels.h"
#include "app/sandbox/SandboxServer.h"
#include "app/vault/MemorySecretStore.h"
#include "app/vault/TokenVault.h"
#include "tests/api/ApiTestUtil.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/TestSupport.h"
#include "ui/composer/FormSpinBox.h"
#include "ui/composer/InputEditor.h"
#include "ui/composer/JsonTextEdit.h"
#include "ui/composer/TokenUploader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace r8;
using namespace r8::composer;
using namespace r8::ui;

namespace {
// The fields a fresh form leaves out although they are required (see the comment at the top).
QSet<QString> requiredWithoutUsableDefault(const QList<FieldSpec>& fields)
{
    QSet<QString> keys;
    for (const FieldSpec& f : fields) {
        const bool usable =
            f.hasDefault() && !f.defaultValue.isNull() && valueProblem(f, f.defaultValue).isEmpty();
        if (f.required && !usable && f.kind != FieldKind::Boolean)
            keys.insert(f.key);
    }
    return keys;
}

QJsonObject parsedText(const InputEditor& e)
{
    return QJsonDocument::fromJson(e.jsonEdit()->toPlainText().toUtf8()).object();
}

// Types `text` into the JSON editor as a user would replace everything.
void typeJson(InputEditor& e, const QString& text)
{
    e.showJson();
    e.jsonEdit()->setFocus();
    e.jsonEdit()->selectAll();
    QTest::keyClick(e.jsonEdit(), Qt::Key_Delete);
    e.jsonEdit()->insertPlainText(text);
}

QList<FieldSpec> sandboxFields(const sandbox::SandboxModel& m)
{
    return formFromOpenApi(m.openapiSchema());
}

QString demoToken(const sandbox::SandboxServer& server)
{
    for (const auto& t : server.tokens()) {
        if (!t.disabled && t.account == QLatin1String("demo"))
            return t.token;
    }
    return {};
}

// The composer's own upload path (tokenUploaderFn: the token's secret read from a vault, as the page
// does it) for one token and server.
struct Uploads
{
    MemorySecretStore store;
    QTemporaryDir dir;
    TokenVault vault{&store, dir.filePath(QStringLiteral("tokens.json"))};
    QString id;

    FileUploadFn uploaderFor(api::ApiClient* client, const QUrl& base, const QString& token)
    {
        bool done = false;
        vault.add({QStringLiteral("upload"), QStringLiteral("sandbox"), QString(), token}, &vault,
                  [&](const TokenVault::AddResult& r) {
                      id = r.id;
                      done = true;
                  });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            return {}; // the caller checks id
        const QString tokenId = id;
        return tokenUploaderFn(
            client, &vault, [tokenId] { return tokenId; }, [base] { return base; });
    }
};
} // namespace

class TstInputEditorGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { setApplicationIdentity(); }

    void everyRecordedSchema()
    {
        const QString dir = r8::test::recordingsDir();
        if (dir.isEmpty())
            QSKIP("recordings not found (../shared/fixtures/replicate-recordings)");
        QSet<QByteArray> seen;
        QList<QJsonObject> schemas;
        QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QList<QJsonObject> found = r8::test::openapiSchemasIn(f.readAll());
            for (const QJsonObject& s : found) {
                if (!seen.contains(QJsonDocument(s).toJson(QJsonDocument::Compact))) {
                    seen.insert(QJsonDocument(s).toJson(QJsonDocument::Compact));
                    schemas << s;
                }
            }
        }
        QVERIFY2(schemas.size() >= 5, qPrintable(QString::number(schemas.size())));

        InputEditor editor;
        editor.resize(900, 700);
        editor.show();
        int fieldCount = 0, leftOut = 0;
        for (const QJsonObject& schema : std::as_const(schemas)) {
            const QList<FieldSpec> fields = formFromOpenApi(schema);
            QSignalSpy changed(&editor, &InputEditor::bodyChanged);
            editor.setFields(fields);
            QCOMPARE(editor.form()->fields().size(), fields.size());
            fieldCount += int(fields.size());
            for (const FieldSpec& f : fields) {
                QWidget* w = editor.form()->editorFor(f.key);
                QVERIFY2(w, qPrintable(f.key));
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(f.key));
            }
            // The fresh form is the default body, plus false for required check boxes.
            QJsonObject expected = defaultBody(fields);
            for (const FieldSpec& f : fields) {
                if (f.kind == FieldKind::Boolean && f.required && !expected.contains(f.key))
                    expected.insert(f.key, false);
            }
            QCOMPARE(editor.input(), expected);
            QVERIFY(editor.isValid());
            QCOMPARE(parsedText(editor), editor.body());

            // Only required fields without a usable default are problems, and all of them are.
            const QSet<QString> missing = requiredWithoutUsableDefault(fields);
            QSet<QString> named;
            for (const FieldProblem& p : validateInput(fields, editor.input()))
                named.insert(p.key);
            QCOMPARE(named, missing);
            leftOut += int(missing.size());

            // Filled with placeholders, the input validates, and the form shows no problem.
            QJsonObject filled = editor.input();
            for (const QString& key : missing)
                filled.insert(
                    key, placeholderValue(*std::find_if(fields.begin(), fields.end(),
                                                        [&](const FieldSpec& f) { return f.key == key; })));
            QJsonObject body = editor.body();
            body.insert(QStringLiteral("input"), filled);
            editor.setBody(body);
            QCOMPARE(editor.input(), filled);
            QVERIFY(validateInput(fields, editor.input()).isEmpty());
            for (const FieldSpec& f : fields)
                QVERIFY2(editor.form()->problemFor(f.key).isEmpty(),
                         qPrintable(f.key + editor.form()->problemFor(f.key)));
        }
        qInfo("input editor: %d distinct recorded schemas, %d fields, %d required fields without a usable "
              "default left out",
              int(schemas.size()), fieldCount, leftOut);
    }

    void widgetKindsPerFieldKind()
    {
        const QJsonObject props{
            {QStringLiteral("prompt"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("x-order"), 0}}},
            {QStringLiteral("name"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("x-order"), 1}}},
            {QStringLiteral("steps"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                                  {QStringLiteral("minimum"), 1},
                                                  {QStringLiteral("maximum"), 50},
                                                  {QStringLiteral("default"), 4},
                                                  {QStringLiteral("x-order"), 2}}},
            {QStringLiteral("seed"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                                 {QStringLiteral("x-order"), 3}}},
            {QStringLiteral("guidance"), QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                                                     {QStringLiteral("minimum"), 0},
                                                     {QStringLiteral("maximum"), 10},
                                                     {QStringLiteral("default"), 3.5},
                                                     {QStringLiteral("x-order"), 4}}},
            {QStringLiteral("go_fast"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")},
                                                    {QStringLiteral("default"), true},
                                                    {QStringLiteral("x-order"), 5}}},
            {QStringLiteral("format"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                         {QStringLiteral("enum"), QJsonArray{QStringLiteral("webp"), QStringLiteral("png")}},
                         {QStringLiteral("default"), QStringLiteral("webp")},
                         {QStringLiteral("x-order"), 6}}},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                  {QStringLiteral("format"), QStringLiteral("uri")},
                                                  {QStringLiteral("x-order"), 7}}},
            {QStringLiteral("tags"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("x-order"), 8}}},
            {QStringLiteral("odd"),
             QJsonObject{{QStringLiteral("anyOf"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}},
                         {QStringLiteral("x-order"), 9}}},
        };
        const QList<FieldSpec> fields = formFromInputSchema(
            QJsonObject{{QStringLiteral("properties"), props},
                        {QStringLiteral("required"), QJsonArray{QStringLiteral("prompt")}}},
            {});
        SchemaFormWidget form;
        form.setFields(fields);
        form.show();
        QCOMPARE(fields.size(), 10);
        for (const FieldSpec& f : fields) {
            QWidget* w = form.editorFor(f.key);
            QVERIFY(w);
            switch (f.kind) {
            case FieldKind::String:
                QVERIFY2(qobject_cast<QLineEdit*>(w), qPrintable(f.key));
                break;
            case FieldKind::Text:
            case FieldKind::Json:
                QVERIFY2(qobject_cast<QPlainTextEdit*>(w), qPrintable(f.key));
                break;
            case FieldKind::Integer:
                QVERIFY(qobject_cast<FormSpinBox*>(w));
                QCOMPARE(qobject_cast<FormSpinBox*>(w)->decimals(), 0);
                break;
            case FieldKind::Number:
                QVERIFY(qobject_cast<FormSpinBox*>(w));
                QVERIFY(qobject_cast<FormSpinBox*>(w)->decimals() > 0);
                break;
            case FieldKind::Boolean:
                QVERIFY(qobject_cast<QCheckBox*>(w));
                break;
            case FieldKind::Enum:
                QCOMPARE(qobject_cast<QComboBox*>(w)->count(), int(f.choices.size()));
                break;
            case FieldKind::Uri:
                QVERIFY(qobject_cast<QLineEdit*>(w));
                QVERIFY(w->parentWidget()->findChild<QPushButton*>());
                break;
            }
        }
        QCOMPARE(fields[0].kind, FieldKind::Text); // prompt
        QCOMPARE(fields[9].kind, FieldKind::Json); // anyOf: the fallback
        // Bounded to a sweepable range: a slider beside the spin box; unbounded (seed): none.
        QVERIFY(form.editorFor(QStringLiteral("steps"))->parentWidget()->findChild<QSlider*>());
        QVERIFY(form.editorFor(QStringLiteral("guidance"))->parentWidget()->findChild<QSlider*>());
        QVERIFY(!form.editorFor(QStringLiteral("seed"))->parentWidget()->findChild<QSlider*>());
        auto* steps = qobject_cast<FormSpinBox*>(form.editorFor(QStringLiteral("steps")));
        QCOMPARE(steps->allowedMinimum(), 1.0); // the arrows keep to it; typing is not clamped
        QCOMPARE(steps->allowedMaximum(), 50.0);
        QCOMPARE(steps->value(), 4.0);
        QVERIFY(qobject_cast<FormSpinBox*>(form.editorFor(QStringLiteral("seed")))->isEmpty());
        QCOMPARE(qobject_cast<QCheckBox*>(form.editorFor(QStringLiteral("go_fast")))->isChecked(), true);
        QCOMPARE(form.input(), (QJsonObject{{QStringLiteral("steps"), 4},
                                            {QStringLiteral("guidance"), 3.5},
                                            {QStringLiteral("go_fast"), true},
                                            {QStringLiteral("format"), QStringLiteral("webp")}}));
        // The required mark and the description.
        auto* row = form.findChild<QWidget*>(QStringLiteral("field_prompt"));
        QVERIFY(row);
        bool starred = false;
        for (QLabel* l : row->findChildren<QLabel*>())
            starred |= l->text() == QLatin1String("Prompt *");
        QVERIFY(starred);
    }

    void formEditsUpdateJson()
    {
        InputEditor editor;
        editor.resize(1000, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setFields(sandboxFields(sandbox::builtin::sdxl()));
        QSignalSpy changed(&editor, &InputEditor::bodyChanged);
        SchemaFormWidget* form = editor.form();

        // Text: typing into the prompt.
        auto* prompt = qobject_cast<QPlainTextEdit*>(form->editorFor(QStringLiteral("prompt")));
        QVERIFY(prompt);
        prompt->setFocus();
        prompt->selectAll();
        QTest::keyClicks(prompt, QStringLiteral("a red fox"));
        QCOMPARE(editor.input().value(QLatin1String("prompt")).toString(), QStringLiteral("a red fox"));
        QCOMPARE(parsedText(editor)[QStringLiteral("input")][QStringLiteral("prompt")].toString(),
                 QStringLiteral("a red fox"));
        QVERIFY(changed.count() > 0);

        // Integer: typing into the spin box. What is typed is the value, also out of range (shown
        // as it is and marked, never clamped: the form shows what will be sent).
        auto* width = qobject_cast<FormSpinBox*>(form->editorFor(QStringLiteral("width")));
        width->setFocus();
        width->selectAll();
        QTest::keyClicks(width, QStringLiteral("7"));
        QCOMPARE(editor.input().value(QLatin1String("width")).toDouble(), 7.0); // < 128: invalid
        QCOMPARE(width->text(), QStringLiteral("7"));
        QVERIFY(!form->problemFor(QStringLiteral("width")).isEmpty());
        QTest::keyClicks(width, QStringLiteral("68"));
        QCOMPARE(editor.input().value(QLatin1String("width")).toDouble(), 768.0);
        QVERIFY(form->problemFor(QStringLiteral("width")).isEmpty());
        QCOMPARE(parsedText(editor)[QStringLiteral("input")][QStringLiteral("width")].toDouble(), 768.0);
        // Arrow up: one step.
        QTest::keyClick(width, Qt::Key_Up);
        QCOMPARE(editor.input().value(QLatin1String("width")).toDouble(), 769.0);
        // Cleared: not set, so left out of the input.
        width->selectAll();
        QTest::keyClick(width, Qt::Key_Delete);
        QVERIFY(!editor.input().contains(QLatin1String("width")));
        QVERIFY(!parsedText(editor)[QStringLiteral("input")].toObject().contains(QLatin1String("width")));

        // Slider: moving it sets the spin box and the value.
        auto* steps = qobject_cast<FormSpinBox*>(form->editorFor(QStringLiteral("num_inference_steps")));
        auto* slider = steps->parentWidget()->findChild<QSlider*>();
        QVERIFY(slider);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(editor.input().value(QLatin1String("num_inference_steps")).toDouble(), 51.0);
        QCOMPARE(steps->value(), 51.0);

        // Number with a slider.
        auto* guidance = qobject_cast<FormSpinBox*>(form->editorFor(QStringLiteral("guidance_scale")));
        guidance->setFocus();
        guidance->selectAll();
        QTest::keyClicks(guidance, QStringLiteral("9.5"));
        QCOMPARE(editor.input().value(QLatin1String("guidance_scale")).toDouble(), 9.5);

        // Enum: the keyboard changes the choice.
        auto* scheduler = qobject_cast<QComboBox*>(form->editorFor(QStringLiteral("scheduler")));
        scheduler->setFocus();
        const QString before = scheduler->currentText();
        QTest::keyClick(scheduler, Qt::Key_Down);
        QVERIFY(scheduler->currentText() != before);
        QCOMPARE(editor.input().value(QLatin1String("scheduler")).toString(), scheduler->currentText());

        // Boolean.
        auto* check = qobject_cast<QCheckBox*>(form->editorFor(QStringLiteral("apply_watermark")));
        QVERIFY(check);
        const bool was = check->isChecked();
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QCOMPARE(editor.input().value(QLatin1String("apply_watermark")).toBool(), !was);

        // Uri: a typed URL.
        auto* image = qobject_cast<QLineEdit*>(form->editorFor(QStringLiteral("image")));
        image->setFocus();
        QTest::keyClicks(image, QStringLiteral("https://example.com/cat.png"));
        QCOMPARE(editor.input().value(QLatin1String("image")).toString(),
                 QStringLiteral("https://example.com/cat.png"));

        // The JSON text lists input keys in form order.
        const QString text = editor.jsonEdit()->toPlainText();
        QVERIFY(text.indexOf(QLatin1String("\"prompt\"")) < text.indexOf(QLatin1String("\"image\"")));
        QVERIFY(text.indexOf(QLatin1String("\"image\"")) <
                text.indexOf(QLatin1String("\"num_inference_steps\"")));
        QCOMPARE(parsedText(editor), editor.body());
    }

    void jsonEditsUpdateForm()
    {
        InputEditor editor;
        editor.resize(1000, 800);
        editor.show();
        editor.setFields(sandboxFields(sandbox::builtin::fluxSchnell()));
        QSignalSpy formChanged(editor.form(), &SchemaFormWidget::inputChanged);
        QSignalSpy changed(&editor, &InputEditor::bodyChanged);
        typeJson(editor,
                 QStringLiteral(
                     "{\n  \"input\": {\n    \"prompt\": \"a lighthouse\",\n    \"num_outputs\": 3,\n"
                     "    \"go_fast\": false,\n    \"aspect_ratio\": \"16:9\",\n    \"seed\": 42\n  }\n}\n"));
        QVERIFY(editor.isValid());
        QVERIFY(changed.count() > 0);
        QCOMPARE(formChanged.count(), 0); // programmatic for the form
        SchemaFormWidget* form = editor.form();
        QCOMPARE(qobject_cast<QPlainTextEdit*>(form->editorFor(QStringLiteral("prompt")))->toPlainText(),
                 QStringLiteral("a lighthouse"));
        QCOMPARE(qobject_cast<FormSpinBox*>(form->editorFor(QStringLiteral("num_outputs")))->value(), 3.0);
        QCOMPARE(qobject_cast<FormSpinBox*>(form->editorFor(QStringLiteral("seed")))->value(), 42.0);
        QCOMPARE(qobject_cast<QCheckBox*>(form->editorFor(QStringLiteral("go_fast")))->isChecked(), false);
        QCOMPARE(qobject_cast<QComboBox*>(form->editorFor(QStringLiteral("aspect_ratio")))->currentText(),
                 QStringLiteral("16:9"));
        // Keys the JSON leaves out are not set in the form (and stay out).
        QVERIFY(!editor.input().contains(QLatin1String("output_quality")));
        QVERIFY(qobject_cast<FormSpinBox*>(form->editorFor(QStringLiteral("output_quality")))->isEmpty());

        // A value the widget cannot show (1.5 on an integer, out of range) is kept exactly and explained.
        typeJson(editor, QStringLiteral("{\"input\": {\"num_outputs\": 1.5, \"output_quality\": 400}}"));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.input().value(QLatin1String("num_outputs")).toDouble(), 1.5);
        QCOMPARE(editor.input().value(QLatin1String("output_quality")).toDouble(), 400.0);
        QVERIFY(!form->problemFor(QStringLiteral("num_outputs")).isEmpty());
        QVERIFY(form->problemFor(QStringLiteral("output_quality")).contains(QLatin1String("100")));
        // …and a form edit elsewhere does not touch them.
        auto* prompt = qobject_cast<QPlainTextEdit*>(form->editorFor(QStringLiteral("prompt")));
        prompt->setFocus();
        QTest::keyClicks(prompt, QStringLiteral("x"));
        QCOMPARE(editor.input().value(QLatin1String("num_outputs")).toDouble(), 1.5);
        QCOMPARE(editor.input().value(QLatin1String("prompt")).toString(), QStringLiteral("x"));
        // Reset brings the default back.
        auto* row = form->findChild<QWidget*>(QStringLiteral("field_output_quality"));
        QToolButton* reset = nullptr;
        for (QToolButton* b : row->findChildren<QToolButton*>())
            if (b->accessibleName().startsWith(QLatin1String("Reset")))
                reset = b;
        QVERIFY(reset && reset->isVisibleTo(form));
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(editor.input().value(QLatin1String("output_quality")).toDouble(), 80.0);
        QVERIFY(form->problemFor(QStringLiteral("output_quality")).isEmpty());
    }

    void invalidJsonPointsAtLineAndColumn()
    {
        InputEditor editor;
        editor.show();
        editor.setFields(sandboxFields(sandbox::builtin::fluxSchnell()));
        const QJsonObject good = editor.body();
        QSignalSpy validity(&editor, &InputEditor::validityChanged);
        // Line 3 lacks the comma after "cat" (Qt stops at line 4, where "num_outputs" begins; the
        // editor points at where the comma goes).
        typeJson(editor, QStringLiteral(
                             "{\n  \"input\": {\n    \"prompt\": \"cat\"\n    \"num_outputs\": 2\n  }\n}"));
        QVERIFY(!editor.isValid());
        QCOMPARE(validity.count(), 1);
        QCOMPARE(validity.last().first().toBool(), false);
        QVERIFY2(editor.problem() == QLatin1String("Line 3, column 20: missing comma"),
                 qPrintable(editor.problem()));
        QCOMPARE(editor.body(), good);        // the last valid body
        QVERIFY(!editor.form()->isEnabled()); // read-only until fixed
        auto* label = editor.findChild<QLabel*>(QStringLiteral("jsonProblem"));
        QCOMPARE(label->text(), editor.problem());
        QVERIFY(editor.jsonEdit()->errorPosition() > 0);

        // Fixing it: valid again, the form follows.
        QTextCursor c = editor.jsonEdit()->textCursor();
        c.setPosition(int(editor.jsonEdit()->toPlainText().indexOf(QLatin1String("\"cat\"")) + 5));
        editor.jsonEdit()->setTextCursor(c);
        QTest::keyClick(editor.jsonEdit(), Qt::Key_Comma);
        QVERIFY2(editor.isValid(), qPrintable(editor.problem()));
        QCOMPARE(validity.count(), 2);
        QCOMPARE(validity.last().first().toBool(), true);
        QVERIFY(editor.form()->isEnabled());
        QCOMPARE(editor.input().value(QLatin1String("num_outputs")).toDouble(), 2.0);

        // A comma too many.
        typeJson(editor, QStringLiteral("{\n  \"input\": {\"a\": 1,\n  }\n}"));
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problem().startsWith(QLatin1String("Line 2, column 19: a comma before")),
                 qPrintable(editor.problem()));

        // Not an object, an "input" that is not an object, empty text.
        typeJson(editor, QStringLiteral("[1, 2]"));
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problem().startsWith(QLatin1String("Line 1, column 1:")));
        typeJson(editor, QStringLiteral("{\n  \"input\": 5\n}"));
        QVERIFY(!editor.isValid());
        QVERIFY2(editor.problem().startsWith(QLatin1String("Line 2, column 3:")),
                 qPrintable(editor.problem()));
        typeJson(editor, QString());
        QVERIFY(!editor.isValid());

        // setBody while the text is broken replaces it as one undoable step.
        typeJson(editor, QStringLiteral("{\"input\": {"));
        const QString broken = editor.jsonEdit()->toPlainText();
        editor.setBody(good);
        QVERIFY(editor.isValid());
        QCOMPARE(parsedText(editor), good);
        editor.jsonEdit()->undo();
        QCOMPARE(editor.jsonEdit()->toPlainText(), broken);
        QVERIFY(!editor.isValid());
    }

    void unknownKeysSurvive()
    {
        InputEditor editor;
        editor.show();
        editor.setFields(sandboxFields(sandbox::builtin::fluxSchnell()));
        QJsonObject body = editor.body();
        QJsonObject input = editor.input();
        input.insert(QStringLiteral("mystery"), QJsonArray{1, QStringLiteral("two")});
        body.insert(QStringLiteral("input"), input);
        body.insert(QStringLiteral("stream"), true);
        body.insert(QStringLiteral("version"), QStringLiteral("abc123"));
        editor.setBody(body);
        QCOMPARE(editor.body(), body);
        QVERIFY(editor.jsonEdit()->toPlainText().startsWith(
            QLatin1String("{\n  \"version\": \"abc123\",\n  \"input\": {")));
        // A form edit keeps them.
        auto* prompt = qobject_cast<QPlainTextEdit*>(editor.form()->editorFor(QStringLiteral("prompt")));
        prompt->setFocus();
        QTest::keyClicks(prompt, QStringLiteral("hello"));
        QCOMPARE(editor.input().value(QLatin1String("mystery")),
                 QJsonValue(QJsonArray{1, QStringLiteral("two")}));
        QCOMPARE(editor.body().value(QLatin1String("stream")), QJsonValue(true));
        QCOMPARE(editor.body().value(QLatin1String("version")).toString(), QStringLiteral("abc123"));
        QCOMPARE(editor.form()->input().value(QLatin1String("mystery")),
                 QJsonValue(QJsonArray{1, QStringLiteral("two")}));
        // And the JSON side too.
        typeJson(editor, QStringLiteral("{\"input\": {\"prompt\": \"p\", \"zzz\": {\"a\": 1}}, \"webhook\": "
                                        "\"https://example.com/h\"}"));
        QCOMPARE(editor.form()->input().value(QLatin1String("zzz")),
                 QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}));
        auto* promptAgain = qobject_cast<QPlainTextEdit*>(editor.form()->editorFor(QStringLiteral("prompt")));
        editor.showForm();
        promptAgain->setFocus();
        QTest::keyClicks(promptAgain, QStringLiteral("q"));
        QCOMPARE(editor.input().value(QLatin1String("zzz")),
                 QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}));
        QCOMPARE(editor.body().value(QLatin1String("webhook")).toString(),
                 QStringLiteral("https://example.com/h"));
    }

    void fieldProblemsHighlightTheField()
    {
        InputEditor editor;
        editor.resize(1000, 500);
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setFields(sandboxFields(sandbox::builtin::sdxl()));
        editor.showJson();
        const QString message = QStringLiteral("Must be less than or equal to 2048");
        editor.setFieldProblems({{QStringLiteral("height"), message},
                                 {QStringLiteral("bogus_key"), QStringLiteral("Unknown thing")}});
        QCOMPARE(editor.tabs()->currentWidget()->isAncestorOf(editor.form()), true);
        QCOMPARE(editor.form()->problemFor(QStringLiteral("height")), message);
        QTRY_COMPARE(QApplication::focusWidget(), editor.form()->editorFor(QStringLiteral("height")));
        auto* row = editor.form()->findChild<QWidget*>(QStringLiteral("field_height"));
        auto* shown = row->findChild<QLabel*>(QStringLiteral("problem"));
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->text(), message);
        QVERIFY(editor.form()->findChild<QLabel*>(QStringLiteral("formEmpty"))); // exists, hidden
        QWidget* banner = editor.form()->findChild<QWidget*>(QStringLiteral("formBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->findChild<QLabel*>()->text().contains(QLatin1String("bogus_key: Unknown thing")));
        // Other fields are not marked.
        QVERIFY(editor.form()->problemFor(QStringLiteral("width")).isEmpty());
        // Editing the field clears the server's message (it was about the old value).
        auto* height = qobject_cast<FormSpinBox*>(editor.form()->editorFor(QStringLiteral("height")));
        QTest::keyClick(height, Qt::Key_Down);
        QVERIFY(editor.form()->problemFor(QStringLiteral("height")).isEmpty());
        // {} clears all.
        editor.setFieldProblems({{QStringLiteral("width"), message}});
        QCOMPARE(editor.form()->problemFor(QStringLiteral("width")), message);
        editor.setFieldProblems({});
        QVERIFY(editor.form()->problemFor(QStringLiteral("width")).isEmpty());
        QVERIFY(!banner->isVisible());
    }

    void everyControlHasAName()
    {
        InputEditor editor;
        editor.resize(1000, 4000); // every row on screen
        editor.setFields(sandboxFields(sandbox::builtin::sdxl()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        int checked = 0;
        QStringList nameless = test::namelessControls(&editor, &checked);
        QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
        editor.showJson();
        nameless = test::namelessControls(&editor);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
    }

    void noFieldsShowsJson()
    {
        InputEditor editor;
        editor.show();
        editor.setFields({});
        QVERIFY(editor.tabs()->currentWidget()->isAncestorOf(editor.jsonEdit()));
        QVERIFY(editor.form()->findChild<QLabel*>(QStringLiteral("formEmpty"))->isVisibleTo(editor.form()));
        typeJson(editor, QStringLiteral("{\"version\": \"v\", \"input\": {\"anything\": 1}}"));
        QVERIFY(editor.isValid());
        QCOMPARE(editor.input(), (QJsonObject{{QStringLiteral("anything"), 1}}));
        QCOMPARE(editor.form()->input(), editor.input());
    }

    void smallFileBecomesDataUri()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dot.png"));
        QImage img(16, 16, QImage::Format_RGB32);
        img.fill(Qt::red);
        QVERIFY(img.save(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() <= kDataUriLimitBytes);

        InputEditor editor;
        editor.show();
        editor.setFields(sandboxFields(sandbox::builtin::sdxl()));
        QSignalSpy changed(&editor, &InputEditor::bodyChanged);
        editor.form()->chooseFile(QStringLiteral("image"), path); // no uploader needed
        QCOMPARE(changed.count(), 1);
        const QString uri = editor.input().value(QLatin1String("image")).toString();
        QVERIFY2(uri.startsWith(QLatin1String("data:image/png;base64,")), qPrintable(uri.left(40)));
        QString error;
        const auto decoded = decodeDataUri(uri, &error);
        QVERIFY(decoded);
        QCOMPARE(decoded->data, bytes);
        QCOMPARE(parsedText(editor)[QStringLiteral("input")][QStringLiteral("image")].toString(), uri);
        // The field shows the file, not the URI, and offers Remove.
        auto* edit = qobject_cast<QLineEdit*>(editor.form()->editorFor(QStringLiteral("image")));
        QVERIFY(edit->text().contains(QLatin1String("dot.png")));
        QVERIFY(edit->isReadOnly());
        QPushButton* remove = nullptr;
        for (QPushButton* b : edit->parentWidget()->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Remove"))
                remove = b;
        QVERIFY(remove && remove->isVisible());
        remove->click();
        QVERIFY(!editor.input().contains(QLatin1String("image")));
        QVERIFY(!edit->isReadOnly());

        // Dropping the file on the field does the same as choosing it.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(edit, &drop);
        QCOMPARE(editor.input().value(QLatin1String("image")).toString(), uri);
    }

    void largeFileWithoutUploaderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(int(kDataUriLimitBytes) + 1, 'x'));
        f.close();
        SchemaFormWidget form;
        form.setFields(sandboxFields(sandbox::builtin::sdxl()));
        QSignalSpy changed(&form, &SchemaFormWidget::inputChanged);
        form.chooseFile(QStringLiteral("image"), path);
        QCOMPARE(changed.count(), 0);
        QVERIFY(!form.input().contains(QLatin1String("image")));
        QVERIFY2(form.problemFor(QStringLiteral("image")).contains(QLatin1String("uploaded")),
                 qPrintable(form.problemFor(QStringLiteral("image"))));
        QVERIFY(form.problemFor(QStringLiteral("image")).contains(QLatin1String("big.bin")));
    }

    void largeFileIsUploadedToTheSandbox()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        server.setSpeed(20);
        const QString token = demoToken(server);
        QVERIFY(!token.isEmpty());
        api::ApiClient client;
        const api::ApiTarget target{server.baseUrl(), token};

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("photo.bin"));
        QByteArray bytes(int(kDataUriLimitBytes) + 4096, '\0');
        for (auto& b : bytes)
            b = char(QRandomGenerator::global()->bounded(256));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();

        InputEditor editor;
        editor.show();
        editor.setFields(sandboxFields(sandbox::builtin::sdxl()));
        Uploads uploads;
        editor.setUploader(uploads.uploaderFor(&client, target.baseUrl, target.token));
        QVERIFY(!uploads.id.isEmpty());
        QSignalSpy busy(&editor, &InputEditor::busyChanged);
        QSignalSpy changed(&editor, &InputEditor::bodyChanged);
        editor.form()->chooseFile(QStringLiteral("image"), path);
        QCOMPARE(busy.count(), 1);
        QVERIFY(editor.isBusy());
        QVERIFY(busy.wait(15000));
        QCOMPARE(busy.last().first().toBool(), false);
        QVERIFY2(editor.form()->problemFor(QStringLiteral("image")).isEmpty(),
                 qPrintable(editor.form()->problemFor(QStringLiteral("image"))));
        const QString url = editor.input().value(QLatin1String("image")).toString();
        QVERIFY2(url.startsWith(server.baseUrl().toString() + QStringLiteral("/files/")), qPrintable(url));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(qobject_cast<QLineEdit*>(editor.form()->editorFor(QStringLiteral("image")))->text(), url);
        QCOMPARE(parsedText(editor)[QStringLiteral("input")][QStringLiteral("image")].toString(), url);

        // urls.get describes the file; its download is the same bytes.
        auto get = [&](const QUrl& u) {
            return r8::test::sendAndWait(client, api::ApiRequest::get(u), target);
        };
        const api::ApiResult meta = get(QUrl(url));
        QVERIFY2(meta.ok(), qPrintable(meta.error));
        const QJsonObject file = QJsonDocument::fromJson(meta.body).object();
        QCOMPARE(file[QStringLiteral("size")].toInt(), bytes.size());
        QCOMPARE(file[QStringLiteral("name")].toString(), QStringLiteral("photo.bin"));
        QCOMPARE(file[QStringLiteral("checksums")][QStringLiteral("sha256")].toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const api::ApiResult download = get(QUrl(url + QStringLiteral("/download")));
        QVERIFY2(download.ok(), qPrintable(download.error));
        QCOMPARE(download.body, bytes);

        // The sandbox takes the URL as the model's uri input.
        // (sdxl is not an official model: by version, as the page does for it.)
        const api::ApiResult model =
            get(QUrl(server.baseUrl().toString() + QStringLiteral("/models/stability-ai/sdxl")));
        const QString version = QJsonDocument::fromJson(model.body)
                                    .object()[QStringLiteral("latest_version")][QStringLiteral("id")]
                                    .toString();
        QVERIFY(!version.isEmpty());
        const api::ApiResult result = r8::test::sendAndWait(
            client,
            api::ApiRequest::postJson(QUrl(server.baseUrl().toString() + QStringLiteral("/predictions")),
                                      QJsonDocument(QJsonObject{{QStringLiteral("version"), version},
                                                                {QStringLiteral("input"), editor.input()}})
                                          .toJson(QJsonDocument::Compact)),
            target);
        QVERIFY2(result.ok(), qPrintable(result.error + QString::fromUtf8(result.body)));
        QCOMPARE(QJsonDocument::fromJson(result.body)
                     .object()[QStringLiteral("input")][QStringLiteral("image")]
                     .toString(),
                 url);
    }

    void failedUploadIsExplained()
    {
        sandbox::SandboxServer server;
        QVERIFY(server.start());
        const QString bad = r8::test::makeToken(); // unknown to the server: 401
        api::ApiClient client;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(int(kDataUriLimitBytes) + 10, 'y'));
        f.close();
        SchemaFormWidget form;
        form.setFields(sandboxFields(sandbox::builtin::sdxl()));
        Uploads uploads;
        form.setUploader(uploads.uploaderFor(&client, server.baseUrl(), bad));
        QVERIFY(!uploads.id.isEmpty());
        QSignalSpy busy(&form, &SchemaFormWidget::busyChanged);
        form.chooseFile(QStringLiteral("image"), path);
        QVERIFY(busy.wait(15000) || busy.count() == 2);
        QTRY_VERIFY(!form.isBusy());
        const QString problem = form.problemFor(QStringLiteral("image"));
        QVERIFY2(problem.contains(QLatin1String("big.bin")) &&
                     problem.contains(QLatin1String("valid authentication token")),
                 qPrintable(problem));
        QVERIFY(!problem.contains(bad));
        QVERIFY(!form.input().contains(QLatin1String("image")));
    }
};

QTEST_MAIN(TstInputEditorGui)
#include "tst_inputeditor_gui.moc"
