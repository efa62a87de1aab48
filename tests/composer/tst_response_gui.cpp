// The composer's output preview (OutputView) and response viewer (ResponseViewer), offscreen, with
// the real sandbox on loopback: flux-schnell images by URL and as data: URIs, streamed and joined
// text, JSON as a tree, the expiry note and the web link, Save as / Save all; the viewer's status,
// headers, timing and masked request, a 20 MB body formatted without blocking the GUI thread, and a
// malformed body shown raw with a note. Also the pure parts (pretty printer, rows, masking, lexer),
// an accessibility walk, and 1280×800 renders in light and dark (R8_SHOT_DIR keeps them).
#include "app/api/ApiCall.h"
#include "app/api/ApiClient.h"
#include "app/composer/BodyJob.h"
#include "app/composer/BodyText.h"
#include "app/composer/ComposerRequest.h"
#include "app/composer/Exchange.h"
#include "app/composer/OutputItems.h"
#include "app/composer/PredictionRunner.h"
#include "app/core/Paths.h"
#include "app/core/Redact.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/support/AccessibilityWalk.h"
#include "tests/support/DarkPalette.h"
#include "tests/support/TestSupport.h"
#include "ui/response/BodyView.h"
#include "ui/response/ExchangeListModel.h"
#include "ui/response/JsonTreeModel.h"
#include "ui/response/OutputItemsModel.h"
#include "ui/response/OutputView.h"
#include "ui/response/ResponseViewer.h"
#include "ui/response/TextRowDelegate.h"
#include "ui/response/TextRowsModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace r8;
using namespace r8::ui;
using r8::sandbox::SandboxServer;

namespace {
QString goodToken(const SandboxServer& s)
{
    for (const auto& t : s.tokens()) {
        if (!t.disabled)
            return t.token;
    }
    return {};
}

composer::ComposerRequest make(const QString& target, const QJsonObject& input, bool wait)
{
    composer::ComposerRequest r;
    r.target = *composer::parseTarget(target, nullptr);
    r.input = input;
    r.wait = wait;
    return r;
}

// Every text a user (or a screen reader) could get from the widget tree: labels, buttons, edits,
// tooltips, accessible names, window titles and every cell of every item view (trees 3 levels deep).
QStringList allTexts(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        out << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle();
        if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            out << e->toPlainText();
        if (auto* t = qobject_cast<QTabWidget*>(w))
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i) << t->tabToolTip(i);
        if (auto* v = qobject_cast<QAbstractItemView*>(w)) {
            QAbstractItemModel* m = v->model();
            if (!m)
                continue;
            std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
                for (int r = 0; r < m->rowCount(parent) && r < 5000; ++r) {
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        out << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
                        if (c == 0 && depth < 3 && m->hasChildren(i))
                            walk(i, depth + 1);
                    }
                }
            };
            walk({}, 0);
        }
    }
    return out;
}

bool anyContains(const QStringList& texts, const QString& needle)
{
    for (const QString& t : texts) {
        if (t.contains(needle))
            return true;
    }
    return false;
}

QByteArray pngBytes(int w, int h, QColor color)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return bytes;
}

// A prediction list page of about `bytes` bytes: nested objects, numbers, long strings, unicode.
QByteArray bigJson(qint64 bytes)
{
    QByteArray out = "{\"next\": null, \"previous\": null, \"results\": [";
    int i = 0;
    while (out.size() < bytes) {
        if (i)
            out += ',';
        out += "{\"id\":\"p" + QByteArray::number(i) +
               "\",\"model\":\"black-forest-labs/flux-schnell\",\"version\":"
               "\"hidden\",\"status\":\"succeeded\",\"input\":{\"prompt\":\"a cat wearing a hat "
               "\\u00e9\\\"quoted\\\" "
               "nr " +
               QByteArray::number(i) +
               "\",\"num_outputs\":2,\"guidance\":3.5e0,\"go_fast\":true},"
               "\"output\":[\"https://replicate.delivery/xezq/" +
               QByteArray::number(i) +
               "/out-0.webp\"],"
               "\"logs\":\"step 1/4\\nstep 2/4\\nstep 3/4\\nstep 4/4\\n\",\"error\":null,\"metrics\":"
               "{\"predict_time\":0.812345,\"total_time\":1.5}}";
        ++i;
    }
    out += "]}";
    return out;
}
} // namespace

class TstResponseGui : public QObject
{
    Q_OBJECT
private:
    SandboxServer* m_sandbox = nullptr;
    api::ApiClient* m_client = nullptr;
    api::ApiTarget target() const { return {m_sandbox->baseUrl(), goodToken(*m_sandbox)}; }

    api::Prediction run(const composer::ComposerRequest& request,
                        composer::PredictionRunner* runner = nullptr)
    {
        composer::PredictionRunner own(m_client);
        composer::PredictionRunner* r = runner ? runner : &own;
        composer::PredictionRunner::Options o;
        o.firstPollMs = 50;
        r->setOptions(o);
        QSignalSpy finished(r, &composer::PredictionRunner::finished);
        r->start(request, target());
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<api::Prediction>();
    }

    composer::Exchange exchange(const api::ApiRequest& request)
    {
        composer::Exchange out;
        bool done = false;
        composer::sendTimed(m_client, request, target(), this, [&](const composer::Exchange& ex) {
            out = ex;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            qWarning("exchange timed out");
        return out;
    }

private slots:
    void initTestCase() { setApplicationIdentity(); }

    void init()
    {
        m_sandbox = new SandboxServer();
        QVERIFY(m_sandbox->start());
        m_sandbox->setSpeed(20);
        m_client = new api::ApiClient();
    }

    void cleanup()
    {
        delete m_client;
        delete m_sandbox;
    }

    // --- the pure parts ----------------------------------------------------------------------

    void prettyJsonKeepsOrderAndLiterals()
    {
        const r8::composer::FormattedText t = r8::composer::prettyJson(
            R"({"z":1.50,"a":[],"m":{},"big":12345678901234567890,"s":"x\"y\u00e9","n":[true,false,null]})");
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QVERIFY(t.json);
        const QByteArray expected =
            "{\n  \"z\": 1.50,\n  \"a\": [],\n  \"m\": {},\n  \"big\": 12345678901234567890,\n"
            "  \"s\": \"x\\\"y\\u00e9\",\n  \"n\": [\n    true,\n    false,\n    null\n  ]\n}";
        QCOMPARE(t.text, expected);
        QCOMPARE(t.rows.size(), 12);
        QCOMPARE(t.lineCount, 12u);
        QCOMPARE(r8::composer::prettyJson("  [ ]  ").text, QByteArray("[]"));
        QCOMPARE(r8::composer::prettyJson("\"just a string\"").text, QByteArray("\"just a string\""));
    }

    void prettyJsonRejectsWithPlace_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("line");
        QTest::newRow("double comma")
            << QByteArray("{\"a\": 1,, \"b\": 2}") << QStringLiteral("expected a key") << 1;
        QTest::newRow("unterminated")
            << QByteArray("{\n\"a\": \"oops\n}") << QStringLiteral("control character") << 2;
        QTest::newRow("trailing") << QByteArray("{}\n\nx") << QStringLiteral("more data") << 3;
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2") << QStringLiteral("ends too early") << 1;
        QTest::newRow("bad number") << QByteArray("[01]") << QStringLiteral("expected “,”") << 1;
        QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << QStringLiteral("not a JSON escape") << 1;
        QTest::newRow("html") << QByteArray("<html>502</html>") << QStringLiteral("unexpected “<”") << 1;
        QTest::newRow("empty") << QByteArray("  ") << QStringLiteral("empty") << 1;
    }

    void prettyJsonRejectsWithPlace()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        QFETCH(int, line);
        const r8::composer::FormattedText t = r8::composer::prettyJson(body);
        QVERIFY(t.text.isEmpty());
        QVERIFY2(t.error.contains(words), qPrintable(t.error));
        QCOMPARE(t.errorLine, qint64(line));
        QVERIFY(t.error.contains(QStringLiteral("line %1").arg(line)));
    }

    void longLinesAreCutIntoRows()
    {
        // A 2,500-byte string value, with multi-byte characters around the cut points.
        QByteArray s;
        while (s.size() < 2500)
            s += "ab\xc3\xa9";
        const r8::composer::FormattedText t = r8::composer::prettyJson("{\"k\": \"" + s + "\", \"n\": 1}");
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.lineCount, 4u);
        QVERIFY(t.rows.size() >= 6);
        QCOMPARE(t.rows.at(1).flags & r8::composer::TextRow::Continuation, 0);
        QVERIFY(t.rows.at(2).flags & r8::composer::TextRow::Continuation);
        QVERIFY(t.rows.at(2).flags & r8::composer::TextRow::InString);
        for (const r8::composer::TextRow& r : t.rows) {
            QVERIFY(r.length <= r8::composer::rowBytesLimit);
            QVERIFY((uchar(t.text.at(r.start)) & 0xC0) != 0x80); // never starts inside a UTF-8 sequence
        }
        TextRowsModel model;
        QAbstractItemModelTester tester(&model);
        model.setText(t);
        QCOMPARE(model.text(0, model.rowCount() - 1), QString::fromUtf8(t.text));
        QCOMPARE(model.rowOfLine(3), int(t.rows.size()) - 2);
        QCOMPARE(model.data(model.index(2), TextRowsModel::LineNumberRole).toLongLong(), 2);
        // Raw rows: CRLF and a missing final line break.
        const r8::composer::FormattedText raw = r8::composer::textRows("a\r\nbb\n\nc", false);
        QCOMPARE(raw.lineCount, 4u);
        QCOMPARE(raw.rows.at(0).length, quint16(1));
        QCOMPARE(raw.rows.at(2).length, quint16(0));
    }

    void secretsAreMasked()
    {
        const QString token = test::makeToken();
        const QString other = test::makeToken();
        const QByteArray body =
            "{\"a\":\"" + token.toUtf8() + "\",\"b\":\"Bearer " + other.toUtf8() + "\",\"c\":\"r8_short\"}";
        const QByteArray masked = r8::composer::maskSecrets(body, {token});
        QVERIFY(!masked.contains(token.toUtf8()));
        QVERIFY(!masked.contains(other.toUtf8()));
        QVERIFY(masked.contains(maskToken(token).toUtf8()));
        QVERIFY(masked.contains(maskToken(other).toUtf8()));
        QVERIFY(masked.contains("r8_short"));
        QCOMPARE(r8::composer::maskSecrets("plain", {}), QByteArray("plain"));
    }

    void lexerSpans()
    {
        const auto spans =
            TextRowDelegate::lexJsonRow(QStringLiteral("  \"key\": \"va\\\"l\", -1.5e3, true"), false);
        QString kinds;
        for (const auto& s : spans)
            kinds += QLatin1Char(s.kind);
        QCOMPARE(kinds, QStringLiteral("pkpspnpw"));
        const auto inString = TextRowDelegate::lexJsonRow(QStringLiteral("tail of it\","), true);
        QCOMPARE(inString.first().kind, 's');
        QCOMPARE(inString.first().length, 11);
    }

    void jsonTreeModelIsLazyAndSound()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model);
        QJsonArray big;
        for (int i = 0; i < 10000; ++i)
            big.append(i);
        model.setValue(QJsonObject{{QStringLiteral("b"), big},
                                   {QStringLiteral("a"), QJsonObject{{QStringLiteral("x"), 1}}}});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex a = model.index(0, 0);
        QCOMPARE(a.data().toString(), QStringLiteral("a"));
        QCOMPARE(model.index(1, JsonTreeModel::ValueColumn).data().toString(),
                 QStringLiteral("[10000 items]"));
        QCOMPARE(model.rowCount(model.index(1, 0)), 10000);
        const QModelIndex last = model.index(9999, JsonTreeModel::ValueColumn, model.index(1, 0));
        QCOMPARE(last.data().toString(), QStringLiteral("9999"));
        QCOMPARE(last.data(JsonTreeModel::PathRole).toString(), QStringLiteral("b[9999]"));
        QCOMPARE(model.parent(last), model.index(1, 0));
        model.setRoots({{QStringLiteral("output"), 42}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("number"));
    }

    // --- OutputView ----------------------------------------------------------------------------

    void fluxImagesByUrlAppearAndSave()
    {
        OutputView view(m_client);
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.model());
        view.setApiTarget(target());
        const api::Prediction p = run(make(QStringLiteral("black-forest-labs/flux-schnell"),
                                           {{QStringLiteral("prompt"), QStringLiteral("a cat wearing a hat")},
                                            {QStringLiteral("num_outputs"), 2}},
                                           false));
        QCOMPARE(p.status, api::PredictionStatus::Succeeded);
        QVERIFY(composer::outputUrls(p.output).first().startsWith(QLatin1String("http://127.0.0.1")));
        QSignalSpy loaded(&view, &OutputView::imagesLoaded);
        view.showPrediction(p, {});
        QVERIFY(loaded.wait(15000));
        QCOMPARE(view.imageCount(), 2);
        QCOMPARE(view.model()->rowCount(), 2);
        const OutputItemsModel::Entry e = view.model()->entry(0); // a copy: the model changes below
        QCOMPARE(e.state, OutputItemsModel::State::Loaded);
        QVERIFY(e.imageSize.width() > 0);
        QVERIFY(view.model()
                    ->index(0)
                    .data(OutputItemsModel::CaptionRole)
                    .toString()
                    .contains(QStringLiteral("×")));
        // Expiry note and the web link.
        QVERIFY2(view.noticeText().contains(QStringLiteral("an hour")), qPrintable(view.noticeText()));
        auto* web = view.findChild<QPushButton*>(QStringLiteral("openWebButton"));
        QVERIFY(web->isVisible());
        QCOMPARE(view.webUrl(), p.webUrl);
        // The same output again (a poll): nothing reloads, no second signal.
        view.showPrediction(p, {});
        QCOMPARE(view.imageCount(), 2);
        QCOMPARE(loaded.size(), 1);

        // Save as: the bytes as downloaded.
        QTemporaryDir dir;
        QSignalSpy saved(&view, &OutputView::saved);
        const QString path = dir.filePath(QStringLiteral("cat.") + QFileInfo(e.item.fileName).suffix());
        view.saveItem(0, path);
        QVERIFY(saved.size() == 1 || saved.wait(5000));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(bytes, e.bytes);
        QImage back;
        QVERIFY(back.loadFromData(bytes));
        QCOMPARE(back.size(), e.imageSize);
        // Save all: both images, never overwriting.
        QSignalSpy all(&view, &OutputView::allSaved);
        view.saveAll(dir.filePath(QStringLiteral("all")));
        QVERIFY(all.size() == 1 || all.wait(5000));
        QCOMPARE(all.first().first().toInt(), 2);
        view.saveAll(dir.filePath(QStringLiteral("all")));
        QVERIFY(all.size() == 2 || all.wait(5000));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("all"))).entryList(QDir::Files).size(), 4);
        QVERIFY(view.noticeText().contains(QStringLiteral("Saved 2 files")));
    }

    void dataUriImages()
    {
        OutputView view(m_client);
        view.show();
        view.setApiTarget(target());
        // Prefer: wait: the sandbox inlines the image as a data: URI, as the real API does.
        const api::Prediction p = run(make(QStringLiteral("black-forest-labs/flux-schnell"),
                                           {{QStringLiteral("prompt"), QStringLiteral("x")}}, true));
        QVERIFY(composer::outputUrls(p.output).first().startsWith(QLatin1String("data:image/")));
        QSignalSpy loaded(&view, &OutputView::imagesLoaded);
        view.showPrediction(p, {});
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.imageCount(), 1);
        QVERIFY2(!view.noticeText().contains(QStringLiteral("an hour")),
                 qPrintable(view.noticeText())); // nothing expires
        // A PNG data: URI made here, and a broken one: the broken one fails, the signal still comes.
        api::Prediction q;
        q.status = api::PredictionStatus::Succeeded;
        q.output = QJsonArray{composer::encodeDataUri(pngBytes(64, 48, Qt::red), QStringLiteral("image/png")),
                              QStringLiteral("data:image/png;base64,bm90IGFuIGltYWdl")};
        QSignalSpy loaded2(&view, &OutputView::imagesLoaded);
        view.showPrediction(q, {});
        QVERIFY(loaded2.wait(10000));
        QCOMPARE(view.imageCount(), 1);
        QCOMPARE(view.model()->entry(0).imageSize, QSize(64, 48));
        QCOMPARE(view.model()->entry(1).state, OutputItemsModel::State::Failed);
        // The tooltip never holds the whole data: URI.
        QVERIFY(view.model()->index(0).data(Qt::ToolTipRole).toString().size() < 300);
    }

    void textOutputJoinedAndStreamed()
    {
        OutputView view(m_client);
        view.show();
        const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("array")},
                                 {QStringLiteral("x-cog-array-type"), QStringLiteral("iterator")},
                                 {QStringLiteral("x-cog-array-display"), QStringLiteral("concatenate")}};
        view.appendText(QStringLiteral("Hel"));
        view.appendText(QStringLiteral("lo"));
        QCOMPARE(view.text(), QStringLiteral("Hello"));
        api::Prediction p;
        p.status = api::PredictionStatus::Succeeded;
        p.output = QJsonArray{QStringLiteral("Hel"), QStringLiteral("lo"), QStringLiteral(" world")};
        view.showPrediction(p, schema);
        QCOMPARE(view.text(), QStringLiteral("Hello world"));
        QVERIFY(view.findChild<QWidget*>(QStringLiteral("textSection"))->isVisible());
        QVERIFY(!view.findChild<QWidget*>(QStringLiteral("imagesSection"))->isVisible());

        // The streaming llama model: text arrives in pieces, the final output is the same text.
        view.clear();
        QCOMPARE(view.text(), QString());
        composer::PredictionRunner runner(m_client);
        connect(&runner, &composer::PredictionRunner::outputText, &view, &OutputView::appendText);
        composer::ComposerRequest r =
            make(QStringLiteral("meta/meta-llama-3-8b-instruct"),
                 {{QStringLiteral("prompt"), QStringLiteral("Tell me a story")}}, false);
        r.stream = true;
        const api::Prediction s = run(r, &runner);
        QCOMPARE(s.status, api::PredictionStatus::Succeeded);
        QVERIFY(!runner.streamedText().isEmpty());
        QCOMPARE(view.text(), runner.streamedText());
        view.showPrediction(s, schema);
        QCOMPARE(view.text(), composer::outputText(s.output));
    }

    void jsonOutputAsTree()
    {
        OutputView view(m_client);
        view.show();
        api::Prediction p;
        p.status = api::PredictionStatus::Succeeded;
        p.output = QJsonObject{{QStringLiteral("caption"), QStringLiteral("a cat")},
                               {QStringLiteral("scores"), QJsonArray{0.9, 0.1}},
                               {QStringLiteral("box"), QJsonObject{{QStringLiteral("x"), 3}}}};
        view.showPrediction(p, {});
        auto* tree = view.findChild<QTreeView*>(QStringLiteral("jsonView"));
        QVERIFY(tree->isVisible());
        QAbstractItemModel* m = tree->model();
        QCOMPARE(m->rowCount(), 3);
        QStringList keys;
        for (int r = 0; r < 3; ++r)
            keys << m->index(r, 0).data().toString();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("box"), QStringLiteral("caption"), QStringLiteral("scores")}));
        const QModelIndex scores = m->index(2, 0);
        QCOMPARE(m->rowCount(scores), 2);
        QCOMPARE(m->index(0, 1, scores).data().toString(), QStringLiteral("0.9"));
        QCOMPARE(m->index(1, 1).data().toString(), QStringLiteral("a cat"));
        // A scalar output is one labelled row.
        p.output = 42;
        view.showPrediction(p, {});
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("42"));
        // Save the JSON.
        QTemporaryDir dir;
        p.output = QJsonObject{{QStringLiteral("k"), true}};
        view.showPrediction(p, {});
        QSignalSpy saved(&view, &OutputView::saved);
        view.saveItem(0, dir.filePath(QStringLiteral("o.json")));
        QVERIFY(saved.size() == 1 || saved.wait(5000));
        QFile f(dir.filePath(QStringLiteral("o.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object(), p.output.toObject());
    }

    void filesDownloadOnSaveAndZoom()
    {
        OutputView view(m_client);
        view.resize(1280, 800);
        view.show();
        view.setApiTarget(target());
        const QString origin = m_sandbox->baseUrl().toString().chopped(3); // without /v1
        api::Prediction p;
        p.status = api::PredictionStatus::Succeeded;
        p.output = QJsonArray{origin + QStringLiteral("/files/covers/black-forest-labs/flux-schnell.zip"),
                              origin + QStringLiteral("/files/nope/missing.zip")};
        view.showPrediction(p, {});
        QCOMPARE(view.model()->count(composer::OutputItem::Kind::File), 2);
        QCOMPARE(view.model()->entry(0).state, OutputItemsModel::State::Pending); // not downloaded by itself
        QTemporaryDir dir;
        QSignalSpy saved(&view, &OutputView::saved);
        QSignalSpy failed(&view, &OutputView::saveFailed);
        view.saveItem(0, dir.filePath(QStringLiteral("a.zip")));
        QVERIFY(saved.wait(10000));
        QFile f(dir.filePath(QStringLiteral("a.zip")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\x89PNG")); // the bytes the server sent
        view.saveItem(1, dir.filePath(QStringLiteral("b.zip")));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Could not save")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("b.zip")))); // no half-written file
        QVERIFY(view.noticeText().contains(QStringLiteral("Could not save")));

        // Zoom: the grid's cells follow the slider.
        p.output =
            QJsonArray{composer::encodeDataUri(pngBytes(300, 200, Qt::green), QStringLiteral("image/png"))};
        QSignalSpy loaded(&view, &OutputView::imagesLoaded);
        view.showPrediction(p, {});
        QVERIFY(loaded.wait(10000));
        auto* grid = view.findChild<QListView*>(QStringLiteral("imageGrid"));
        view.setImageZoom(128);
        const int small = grid->visualRect(grid->model()->index(0, 0)).width();
        view.setImageZoom(512);
        QCOMPARE(view.imageZoom(), 512);
        const int large = grid->visualRect(grid->model()->index(0, 0)).width();
        QVERIFY2(large >= small + 380, qPrintable(QStringLiteral("%1 -> %2").arg(small).arg(large)));
    }

    void expiryNoteAndReplicateLink()
    {
        OutputView view(m_client);
        view.show();
        api::Prediction p;
        p.status = api::PredictionStatus::Succeeded;
        p.webUrl = QUrl(QStringLiteral("https://replicate.com/p/abc123"));
        p.completedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        // A file output (not downloaded by itself: no network needed).
        p.output = QStringLiteral("https://replicate.delivery/xezq/abc/weights.tar");
        view.showPrediction(p, {});
        auto* web = view.findChild<QPushButton*>(QStringLiteral("openWebButton"));
        QVERIFY(web->isVisible());
        QCOMPARE(web->text().remove(QLatin1Char('&')), QStringLiteral("Open on replicate.com"));
        QCOMPARE(web->toolTip(), p.webUrl.toString());
        QString format = QLocale().timeFormat(QLocale::ShortFormat); // without seconds
        format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
        const QString until = QLocale().toString(p.completedAt.addSecs(3600).toLocalTime().time(), format);
        QVERIFY(!until.isEmpty());
        QVERIFY2(view.noticeText().contains(until), qPrintable(view.noticeText()));
        QVERIFY(view.noticeText().contains(QStringLiteral("Save what you want to keep")));
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("saveAllButton"))->isVisible());
        QVERIFY(view.findChild<QWidget*>(QStringLiteral("filesSection"))->isVisible());
        QCOMPARE(view.model()->entry(0).state, OutputItemsModel::State::Pending);
        // Two hours later: expired.
        p.completedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
        view.showPrediction(p, {});
        QVERIFY2(view.noticeText().contains(QStringLiteral("expired")), qPrintable(view.noticeText()));
        // No urls.web: no link. Failed without output: says so.
        api::Prediction failed;
        failed.status = api::PredictionStatus::Failed;
        failed.output = QJsonValue::Null;
        view.showPrediction(failed, {});
        QVERIFY(!web->isVisible());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("placeholderLabel"))
                    ->text()
                    .contains(QStringLiteral("failed")));
    }

    // --- ResponseViewer ------------------------------------------------------------------------

    void viewerShowsStatusHeadersTimingMasked()
    {
        ResponseViewer viewer;
        viewer.resize(1280, 800);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QSignalSpy rendered(&viewer, &ResponseViewer::rendered);
        const composer::ComposerRequest req =
            make(QStringLiteral("black-forest-labs/flux-schnell"),
                 {{QStringLiteral("prompt"), QStringLiteral("hat")}}, false);
        composer::Exchange created = exchange(composer::buildApiRequest(req, m_sandbox->baseUrl()));
        QCOMPARE(created.result.status, 201);
        // Pretend the server echoed the token: the viewer must mask it.
        const QString token = goodToken(*m_sandbox);
        created.result.body.replace("\"status\"", "\"echo\": \"" + token.toUtf8() + "\", \"status\"");
        viewer.showExchange(created, target());
        QVERIFY(viewer.isRendering());
        QVERIFY(rendered.wait(10000));
        QVERIFY(!viewer.isRendering());
        QCOMPARE(viewer.statusText(), QStringLiteral("201 Created"));
        QVERIFY2(viewer.timingText().contains(QStringLiteral("first byte")), qPrintable(viewer.timingText()));
        QVERIFY(viewer.timingText().contains(QStringLiteral("Total")));
        QVERIFY(viewer.prettyText().startsWith(QStringLiteral("{\n  \"")));
        QVERIFY(viewer.prettyText().contains(maskToken(token)));
        QVERIFY(viewer.requestText().startsWith(QStringLiteral("POST ")));
        QVERIFY(viewer.requestText().contains(QStringLiteral("Authorization: Bearer ") + maskToken(token)));
        auto* headers = viewer.findChild<QTableView*>(QStringLiteral("headersView"));
        QStringList names;
        for (int r = 0; r < headers->model()->rowCount(); ++r)
            names << headers->model()->index(r, 0).data().toString().toLower();
        QVERIFY2(names.contains(QStringLiteral("content-type")), qPrintable(names.join(u',')));

        // A poll and a 404: the list grows, the newest is shown.
        const api::Prediction p = [&] {
            api::Prediction out;
            QString error;
            api::parsePrediction(exchange(composer::buildApiRequest(req, m_sandbox->baseUrl())).result.body,
                                 &out, &error);
            return out;
        }();
        viewer.showExchange(exchange(api::ApiRequest::get(p.getUrl)), target());
        QVERIFY(rendered.wait(10000));
        QCOMPARE(viewer.statusText(), QStringLiteral("200 OK"));
        QUrl missing = m_sandbox->baseUrl();
        missing.setPath(missing.path() + QStringLiteral("/predictions/nope"));
        viewer.showExchange(exchange(api::ApiRequest::get(missing)), target());
        QVERIFY(rendered.wait(10000));
        QVERIFY2(viewer.statusText().startsWith(QStringLiteral("404")), qPrintable(viewer.statusText()));
        QCOMPARE(viewer.exchanges()->rowCount(), 3);
        QCOMPARE(viewer.exchanges()->index(0, ExchangeListModel::KindColumn).data().toString(),
                 QStringLiteral("Create"));
        QCOMPARE(viewer.exchanges()->index(1, ExchangeListModel::KindColumn).data().toString(),
                 QStringLiteral("Poll"));
        // Picking the first again shows it again.
        viewer.selectRow(0);
        QVERIFY(rendered.wait(10000));
        QCOMPARE(viewer.statusText(), QStringLiteral("201 Created"));
        // The tree tab builds the tree from the (masked) body.
        auto* tabs = viewer.findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(viewer.findChild<QWidget*>(QStringLiteral("treeTab")));
        auto* tree = viewer.findChild<QTreeView*>(QStringLiteral("treeView"));
        QTRY_VERIFY(tree->model()->rowCount() > 3);

        // Find in the body: the next line with the text, wrapping; a miss says so.
        tabs->setCurrentWidget(viewer.findChild<QWidget*>(QStringLiteral("prettyTab")));
        auto* pretty = viewer.findChild<BodyView*>(QStringLiteral("prettyView"));
        QVERIFY(viewer.findInBody(QStringLiteral("\"status\"")));
        QVERIFY(pretty->rowsModel()
                    ->rowText(pretty->currentIndex().row())
                    .contains(QStringLiteral("\"status\"")));
        const int first = pretty->currentIndex().row();
        QVERIFY(viewer.findInBody(QStringLiteral("\"urls\"")));
        QVERIFY(pretty->currentIndex().row() != first);
        QVERIFY(viewer.findInBody(QStringLiteral("\"status\""), true));
        QCOMPARE(pretty->currentIndex().row(), first);
        QVERIFY(!viewer.findInBody(QStringLiteral("no such text")));

        // No token text anywhere in the widget tree.
        const QStringList texts = allTexts(&viewer);
        QVERIFY(texts.size() > 50);
        QVERIFY(!anyContains(texts, token));
        QVERIFY(anyContains(texts, maskToken(token)));
        // Save body writes the body as shown (token masked).
        QTemporaryDir dir;
        QVERIFY(viewer.saveBody(dir.filePath(QStringLiteral("b.json"))));
        QFile f(dir.filePath(QStringLiteral("b.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(saved.contains("\"status\""));
        QVERIFY(!saved.contains(token.toUtf8()));
    }

    void streamExchangeIsListed()
    {
        ResponseViewer viewer;
        viewer.show();
        composer::PredictionRunner runner(m_client);
        connect(&runner, &composer::PredictionRunner::exchanged, &viewer,
                [&](const composer::Exchange& ex) { viewer.showExchange(ex, target()); });
        composer::ComposerRequest r =
            make(QStringLiteral("meta/meta-llama-3-8b-instruct"),
                 {{QStringLiteral("prompt"), QStringLiteral("Tell me a story")}}, false);
        r.stream = true;
        QCOMPARE(run(r, &runner).status, api::PredictionStatus::Succeeded);
        int stream = -1;
        for (int row = 0; row < viewer.exchanges()->rowCount(); ++row) {
            if (viewer.exchanges()->index(row, ExchangeListModel::KindColumn).data().toString() ==
                QStringLiteral("Stream"))
                stream = row;
        }
        QVERIFY2(stream >= 0, "the stream request is in the list");
        QCOMPARE(viewer.exchanges()->index(0, ExchangeListModel::KindColumn).data().toString(),
                 QStringLiteral("Create"));
        QSignalSpy rendered(&viewer, &ResponseViewer::rendered);
        viewer.selectRow(stream);
        QVERIFY(rendered.wait(10000));
        QVERIFY2(viewer.noteText().contains(QStringLiteral("event stream")), qPrintable(viewer.noteText()));
        QCOMPARE(viewer.statusText(), QStringLiteral("200 OK"));
    }

    void bigBodyRendersWithoutBlocking()
    {
        ResponseViewer viewer;
        viewer.resize(1280, 800);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        composer::Exchange ex;
        ex.request =
            api::ApiRequest::get(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/predictions")));
        ex.result.kind = api::ApiResult::Kind::Ok;
        ex.result.status = 200;
        ex.result.headers = {{"Content-Type", "application/json"}};
        ex.result.body = bigJson(20 * 1024 * 1024);
        ex.totalMs = 900;
        ex.ttfbMs = 40;
        // A 5 ms timer probe records the longest gap while the body is formatted and shown.
        QElapsedTimer clock;
        qint64 last = 0, maxGap = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            maxGap = std::max(maxGap, now - last);
            last = now;
            ++ticks;
        });
        QSignalSpy rendered(&viewer, &ResponseViewer::rendered);
        clock.start();
        probe.start();
        viewer.showExchange(ex, target());
        const qint64 afterShow = clock.elapsed();
        QVERIFY(rendered.wait(60000));
        QCoreApplication::processEvents(); // the first paint of the view
        const qint64 total = clock.elapsed();
        maxGap = std::max(maxGap, total - last);
        probe.stop();
        qInfo("20 MB body: showExchange returned in %lld ms, rendered after %lld ms, %d probe ticks, longest "
              "gap %lld ms",
              afterShow, total, ticks, maxGap);
        // The GUI thread kept processing the timer while the body was formatted (formatting is off the
        // GUI thread). How long it stalls at most is a figure of tests/bench/response_stall_bench.sh.
        QVERIFY(ticks >= 3);
        auto* pretty = viewer.findChild<BodyView*>(QStringLiteral("prettyView"));
        QVERIFY(pretty->rowsModel()->rowCount() > 400000);
        QCOMPARE(pretty->rowsModel()->rowText(0), QStringLiteral("{"));
        QCOMPARE(pretty->rowsModel()->rowText(1), QStringLiteral("  \"next\": null,"));
        QVERIFY(viewer.noteText().isEmpty());
        // Scrolling to the end and painting stays cheap (only visible rows are decoded).
        QElapsedTimer paint;
        paint.start();
        pretty->scrollToBottom();
        pretty->viewport()->repaint();
        qInfo("scroll to the end and paint: %lld ms", paint.elapsed()); // only visible rows are decoded
        QCOMPARE(pretty->rowsModel()->rowText(pretty->rowsModel()->rowCount() - 1), QStringLiteral("}"));
        // Find works on the whole body (the last prediction of the page).
        const QString lastId = QStringLiteral("\"p%1\"").arg(ex.result.body.count("\"id\"") - 1);
        QElapsedTimer find;
        find.start();
        QVERIFY(viewer.findInBody(lastId));
        QVERIFY(pretty->currentIndex().row() > pretty->rowsModel()->rowCount() - 40);
        qInfo("find in 20 MB: %lld ms", find.elapsed());
    }

    void malformedJsonShownRawWithNote()
    {
        ResponseViewer viewer;
        viewer.show();
        composer::Exchange ex;
        ex.request = api::ApiRequest::get(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/account")));
        ex.result.kind = api::ApiResult::Kind::Ok;
        ex.result.status = 200;
        ex.result.headers = {{"Content-Type", "application/json; charset=utf-8"}};
        ex.result.body = "{\"type\": \"user\",\n \"username\": \"demo\",,\n \"name\": \"x\"}";
        QSignalSpy rendered(&viewer, &ResponseViewer::rendered);
        viewer.showExchange(ex, target());
        QVERIFY(rendered.wait(10000));
        QVERIFY2(viewer.noteText().contains(QStringLiteral("not valid JSON")), qPrintable(viewer.noteText()));
        QVERIFY(viewer.noteText().contains(QStringLiteral("line 2")));
        QVERIFY(viewer.noteText().contains(QStringLiteral("shown as received")));
        QCOMPARE(viewer.rawText(), QString::fromUtf8(ex.result.body));
        QVERIFY(viewer.prettyText().isEmpty());
        auto* tabs = viewer.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QCOMPARE(tabs->currentWidget(), viewer.findChild<QWidget*>(QStringLiteral("rawTab")));
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(viewer.findChild<QWidget*>(QStringLiteral("prettyTab")))));
        // The raw view points at the bad line.
        auto* raw = viewer.findChild<BodyView*>(QStringLiteral("rawView"));
        QCOMPARE(raw->currentIndex().row(), 1);
        // An HTML error page and an empty body.
        ex.result.headers = {{"Content-Type", "text/html"}};
        ex.result.body = "<html>Bad gateway</html>";
        ex.result.kind = api::ApiResult::Kind::HttpError;
        ex.result.status = 502;
        viewer.showExchange(ex, target());
        QVERIFY(rendered.wait(10000));
        QVERIFY(viewer.noteText().contains(QStringLiteral("Not JSON (text/html)")));
        QCOMPARE(viewer.statusText(), QStringLiteral("502 Bad Gateway"));
        ex.result.body.clear();
        ex.result.status = 204;
        viewer.showExchange(ex, target());
        QVERIFY(rendered.wait(10000));
        QCOMPARE(viewer.noteText(), QStringLiteral("No body."));
    }

    void accessibleNames()
    {
        OutputView view(m_client);
        api::Prediction p;
        p.status = api::PredictionStatus::Succeeded;
        p.webUrl = QUrl(QStringLiteral("https://replicate.com/p/x"));
        p.output = QJsonArray{composer::encodeDataUri(pngBytes(8, 8, Qt::blue), QStringLiteral("image/png")),
                              QStringLiteral("https://replicate.delivery/a/b.zip")};
        view.showPrediction(p, {});
        view.appendText(QStringLiteral("text"));
        ResponseViewer viewer;
        for (QWidget* w : {static_cast<QWidget*>(&view), static_cast<QWidget*>(&viewer)}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            int checked = 0;
            const QStringList nameless = r8::test::namelessControls(w, &checked);
            QVERIFY(checked >= 5);
            QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u',')));
        }
    }

    // Renders both views at 1280×800, light and dark: with images and with a JSON response.
    void renders()
    {
        const QString shotDir = qEnvironmentVariable("R8_SHOT_DIR");
        QTemporaryDir tmp;
        const QString dir = shotDir.isEmpty() ? tmp.path() : shotDir;
        QDir().mkpath(dir);
        const api::Prediction p = run(make(QStringLiteral("black-forest-labs/flux-schnell"),
                                           {{QStringLiteral("prompt"), QStringLiteral("a cat wearing a hat")},
                                            {QStringLiteral("num_outputs"), 4}},
                                           false));
        // A run's exchanges: create, polls, the last one succeeded.
        QList<composer::Exchange> exchanges;
        composer::PredictionRunner runner(m_client);
        connect(&runner, &composer::PredictionRunner::exchanged, this,
                [&](const composer::Exchange& ex) { exchanges << ex; });
        run(make(QStringLiteral("black-forest-labs/flux-schnell"),
                 {{QStringLiteral("prompt"), QStringLiteral("a hat")}}, false),
            &runner);
        QVERIFY(exchanges.size() >= 2);
        api::Prediction mixed;
        mixed.status = api::PredictionStatus::Succeeded;
        mixed.output =
            QJsonObject{{QStringLiteral("caption"), QStringLiteral("A cat wearing a red hat, sitting.")},
                        {QStringLiteral("tags"), QJsonArray{QStringLiteral("cat"), QStringLiteral("hat")}},
                        {QStringLiteral("scores"),
                         QJsonObject{{QStringLiteral("cat"), 0.98}, {QStringLiteral("hat"), 0.91}}}};
        const QJsonObject concat{{QStringLiteral("x-cog-array-display"), QStringLiteral("concatenate")}};
        auto save = [&](QWidget& w, const QString& name) {
            QCoreApplication::processEvents();
            const QImage shot = w.grab().toImage();
            QCOMPARE(shot.size(), QSize(1280, 800));
            QVERIFY(shot.save(dir + QLatin1Char('/') + name));
        };
        for (const bool dark : {false, true}) {
            const QString suffix = dark ? QStringLiteral("dark.png") : QStringLiteral("light.png");
            OutputView view(m_client);
            if (dark)
                view.setPalette(r8::test::darkPalette());
            view.setApiTarget(target());
            view.resize(1280, 800);
            view.show();
            QSignalSpy loaded(&view, &OutputView::imagesLoaded);
            view.showPrediction(p, {});
            QVERIFY(loaded.wait(15000));
            save(view, QStringLiteral("output-") + suffix);
            view.clear();
            save(view, QStringLiteral("output-empty-") + suffix);
            view.appendText(
                QStringLiteral("Once upon a time, a cat found a hat. It was red, a little too big, and "
                               "it fit perfectly.\n\nThe end."));
            view.showPrediction(mixed, {});
            save(view, QStringLiteral("output-text-json-") + suffix);

            ResponseViewer viewer;
            if (dark)
                viewer.setPalette(r8::test::darkPalette());
            viewer.resize(1280, 800);
            viewer.show();
            QSignalSpy rendered(&viewer, &ResponseViewer::rendered);
            for (const composer::Exchange& ex : exchanges)
                viewer.showExchange(ex, target());
            QTRY_VERIFY(!viewer.isRendering() && !rendered.isEmpty());
            save(viewer, QStringLiteral("response-") + suffix);
            auto* tabs = viewer.findChild<QTabWidget*>(QStringLiteral("tabs"));
            tabs->setCurrentWidget(viewer.findChild<QWidget*>(QStringLiteral("headersTab")));
            save(viewer, QStringLiteral("response-headers-") + suffix);
            tabs->setCurrentWidget(viewer.findChild<QWidget*>(QStringLiteral("requestTab")));
            save(viewer, QStringLiteral("response-request-") + suffix);
            tabs->setCurrentWidget(viewer.findChild<QWidget*>(QStringLiteral("treeTab")));
            auto* tree = viewer.findChild<QTreeView*>(QStringLiteral("treeView"));
            QTRY_VERIFY(tree->model()->rowCount() > 0);
            tree->expandToDepth(0);
            save(viewer, QStringLiteral("response-tree-") + suffix);
            composer::Exchange bad = exchanges.last();
            bad.result.body = "{\"id\": \"x\",\n \"status\": \"succeeded\",,\n \"output\": null}";
            rendered.clear();
            viewer.showExchange(bad, target());
            QVERIFY(rendered.wait(10000));
            save(viewer, QStringLiteral("response-malformed-") + suffix);
        }
    }
};

QTEST_MAIN(TstResponseGui)
#include "tst_response_gui.moc"
