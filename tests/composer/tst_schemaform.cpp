// Schema → form on every Cog Input schema in the real recordings (and the sandbox's models): each
// gives fields without crashing, in x-order, and its default body validates.
#include "app/composer/SchemaForm.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace r8::composer;

namespace {
// The default body plus placeholders for required fields without a default (what the form shows).
QJsonObject formBody(const QList<FieldSpec>& fields)
{
    QJsonObject body = defaultBody(fields);
    for (const FieldSpec& f : fields) {
        if (f.required && !f.hasDefault())
            body.insert(f.key, placeholderValue(f));
    }
    return body;
}
// "~/" → "#/": moc (6.4) stops reading a file at a '#' inside a raw string literal.
QByteArray refs(QByteArray json)
{
    return json.replace("\"~/", "\"#/");
}
} // namespace

class TestSchemaForm : public QObject
{
    Q_OBJECT
private slots:
    void everyRecordedSchema()
    {
        const QString dir = r8::test::recordingsDir();
        if (dir.isEmpty())
            QSKIP("recordings not found (../shared/fixtures/replicate-recordings)");
        int files = 0, schemas = 0, fields = 0, requiredWithoutDefault = 0, badDefaults = 0;
        QSet<QString> badDefaultKeys;
        QHash<FieldKind, int> kinds;
        QSet<QByteArray> distinct;
        QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QList<QJsonObject> found = r8::test::openapiSchemasIn(f.readAll());
            for (const QJsonObject& schema : found) {
                distinct.insert(QJsonDocument(schema).toJson(QJsonDocument::Compact));
                ++schemas;
                const QList<FieldSpec> form = formFromOpenApi(schema);
                const QJsonObject input = schema.value(QLatin1String("components"))
                                              .toObject()
                                              .value(QLatin1String("schemas"))
                                              .toObject()
                                              .value(QLatin1String("Input"))
                                              .toObject();
                QCOMPARE(form.size(), input.value(QLatin1String("properties")).toObject().size());
                for (qsizetype i = 1; i < form.size(); ++i)
                    QVERIFY2(!form[i].hasOrder || form[i - 1].order <= form[i].order,
                             qPrintable(form[i].key));
                for (const FieldSpec& fs : form) {
                    ++kinds[fs.kind];
                    QVERIFY(!fs.label.isEmpty());
                    requiredWithoutDefault += fs.required && !fs.hasDefault();
                    if (fs.hasDefault() && !fs.defaultValue.isNull() &&
                        !valueProblem(fs, fs.defaultValue).isEmpty()) {
                        ++badDefaults;
                        badDefaultKeys.insert(fs.key);
                    }
                }
                fields += int(form.size());
                // Defaults alone: only "required" problems may remain.
                for (const FieldProblem& p : validateInput(form, defaultBody(form))) {
                    const auto fs = std::find_if(form.begin(), form.end(),
                                                 [&](const FieldSpec& x) { return x.key == p.key; });
                    QVERIFY2(fs != form.end() && fs->required && !fs->hasDefault(),
                             qPrintable(p.key + QStringLiteral(": ") + p.message));
                }
                const QList<FieldProblem> problems = validateInput(form, formBody(form));
                QVERIFY2(problems.isEmpty(),
                         qPrintable(problems.isEmpty() ? QString()
                                                       : problems.first().key + QStringLiteral(": ") +
                                                             problems.first().message));
            }
        }
        qInfo("schema→form: %d recording files, %d openapi_schema objects (%d distinct), %d fields "
              "(string %d, text %d, integer %d, number %d, boolean %d, enum %d, uri %d, json %d); "
              "%d required fields without a default got placeholders; %d defaults break their own schema "
              "and are left out of the default body (%s)",
              files, schemas, int(distinct.size()), fields, kinds[FieldKind::String], kinds[FieldKind::Text],
              kinds[FieldKind::Integer], kinds[FieldKind::Number], kinds[FieldKind::Boolean],
              kinds[FieldKind::Enum], kinds[FieldKind::Uri], kinds[FieldKind::Json], requiredWithoutDefault,
              badDefaults,
              qPrintable(QStringList(badDefaultKeys.begin(), badDefaultKeys.end()).join(QLatin1Char(','))));
        QVERIFY(schemas >= 100);
        QVERIFY(kinds[FieldKind::Enum] > 0 && kinds[FieldKind::Uri] > 0);
    }

    void sdxlLikeFields()
    {
        const QJsonObject components =
            QJsonDocument::fromJson(
                refs(
                    R"({)"
                    R"("Input": {"type":"object","required":["prompt"],"properties":{)"
                    R"("mask":{"type":"string","format":"uri","x-order":3,"title":"Mask"},)"
                    R"("prompt":{"type":"string","title":"Prompt","x-order":0,"description":"Input prompt"},)"
                    R"("scheduler":{"allOf":[{"$ref":"~/components/schemas/scheduler"}],"default":"K_EULER","x-order":7,"description":"scheduler"},)"
                    R"("num_outputs":{"type":"integer","title":"Num Outputs","default":1,"minimum":1,"maximum":4,"x-order":6},)"
                    R"("steps":{"type":"integer","default":512,"enum":["512","256"],"x-order":8},)"
                    R"("top_p":{"type":"number","default":0.9,"ge":0,"le":1,"x-order":5},)"
                    R"("tokens":{"type":"integer","minimum":1.0,"default":128,"x-order":2},)"
                    R"("watermark":{"type":"boolean","default":true,"x-order":15},)"
                    R"("list":{"type":"array","items":{"type":"string"},"x-order":16},)"
                    R"("odd":{"oneOf":[{"type":"string"},{"type":"integer"}],"x-order":17},)"
                    R"("broken":{"allOf":[{"$ref":"~/components/schemas/missing"}],"x-order":18},)"
                    R"("notes":{"type":"string","maxLength":1000,"x-order":19},)"
                    R"("short":{"type":"string","default":"a\nb","x-order":20}}},)"
                    R"("scheduler":{"enum":["DDIM","K_EULER"],"type":"string","title":"scheduler","description":"An enumeration."}})"))
                .object();
        const QList<FieldSpec> f =
            formFromInputSchema(components.value(QLatin1String("Input")).toObject(), components);
        QStringList keys;
        for (const auto& x : f)
            keys << x.key + QLatin1Char(':') + QLatin1String(fieldKindName(x.kind));
        QCOMPARE(keys.join(QLatin1Char(' ')),
                 QStringLiteral(
                     "prompt:text tokens:integer mask:uri top_p:number num_outputs:integer scheduler:enum "
                     "steps:enum watermark:boolean list:json odd:json broken:json notes:text short:text"));
        QCOMPARE(f[0].label, QStringLiteral("Prompt"));
        QVERIFY(f[0].required);
        QCOMPARE(f[5].label, QStringLiteral("scheduler"));
        QCOMPARE(f[5].help, QStringLiteral("scheduler"));
        QCOMPARE(f[5].choices.size(), 2);
        QCOMPARE(*f[3].maximum, 1.0); // le
        QCOMPARE(*f[1].minimum, 1.0);
        QVERIFY(!f[1].maximum);
        const QJsonObject body = defaultBody(f);
        QCOMPARE(body.value(QLatin1String("scheduler")).toString(), QStringLiteral("K_EULER"));
        QVERIFY(!body.contains(QLatin1String("prompt")));
        // Problems named by key, like the sandbox's 422.
        QJsonObject bad = body;
        bad.insert(QStringLiteral("num_outputs"), 9);
        bad.insert(QStringLiteral("scheduler"), QStringLiteral("nope"));
        bad.insert(QStringLiteral("mask"), QStringLiteral("file.png"));
        bad.insert(QStringLiteral("tokens"), 1.5);
        bad.insert(QStringLiteral("steps"), 256); // "256" choice matches 256
        QStringList problemKeys;
        for (const auto& p : validateInput(f, bad))
            problemKeys << p.key;
        QCOMPARE(problemKeys,
                 QStringList({QStringLiteral("prompt"), QStringLiteral("tokens"), QStringLiteral("mask"),
                              QStringLiteral("num_outputs"), QStringLiteral("scheduler")}));
        // Typed text → values.
        QString error;
        QCOMPARE(valueFromText(f[4], QStringLiteral("3"), &error).value(), QJsonValue(3));
        QVERIFY(!valueFromText(f[4], QStringLiteral("three"), &error));
        QVERIFY(error.contains(QLatin1String("Num Outputs")));
        QCOMPARE(valueFromText(f[6], QStringLiteral("256"), &error).value(),
                 QJsonValue(QStringLiteral("256")));
        QCOMPARE(valueFromText(f[7], QStringLiteral("no"), &error).value(), QJsonValue(false));
        QCOMPARE(valueFromText(f[8], QStringLiteral("[\"a\"]"), &error).value(),
                 QJsonValue(QJsonArray{QStringLiteral("a")}));
    }

    void oddSchemasNeverCrash()
    {
        const QList<QByteArray> odd = {
            "{}", "[]", R"({"components":1})", R"({"components":{"schemas":{"Input":[]}}})",
            R"({"components":{"schemas":{"Input":{"properties":{"a":1,"b":null,"c":{"allOf":3},"d":{"x-order":"x","type":7}}}}}})",
            R"({"components":{"schemas":{"Input":{"properties":{"a":{"allOf":[{"$ref":"~/components/schemas/Input"}]}}}}}})",
            // found by fuzz_schemaform: "" is a legal key and still needs a label
            R"({"components":{"schemas":{"Input":{"properties":{"":{"allOf":[{"$ref":"~/components/schemas/e"}]}}}}}})"};
        for (const QByteArray& s : odd) {
            const QList<FieldSpec> f = formFromOpenApi(QJsonDocument::fromJson(refs(s)).object());
            for (const FieldSpec& x : f)
                QVERIFY(!x.label.isEmpty());
            validateInput(f, defaultBody(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestSchemaForm)
#include "tst_schemaform.moc"
