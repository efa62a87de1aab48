// Renders the composer's input editor offscreen at 1280×800, light and dark, for looking at:
// the forms of flux-schnell and sdxl, a 422 on sdxl, a chosen file, and the JSON tab with an error.
//   QT_QPA_PLATFORM=offscreen build/tests/composer/inputeditor-shots OUT_DIR
#include "app/composer/SchemaForm.h"
#include "app/sandbox/BuiltinModels.h"
#include "tests/support/DarkPalette.h"
#include "ui/composer/InputEditor.h"
#include "ui/composer/JsonTextEdit.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QScrollArea>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>

namespace {
void shoot(QWidget& w, const QString& path, QSize size = QSize(1280, 800))
{
    w.resize(size);
    w.show();
    QApplication::processEvents();
    QApplication::processEvents();
    if (!w.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(out);
    const QPalette light = QApplication::palette();
    QTemporaryDir tmp;
    const QString png = tmp.filePath(QStringLiteral("cat.png"));
    QImage img(64, 64, QImage::Format_RGB32);
    img.fill(QColor(0x40, 0x80, 0xc0));
    img.save(png);

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? r8::test::darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        {
            r8::ui::InputEditor e;
            e.setFields(r8::composer::formFromOpenApi(r8::sandbox::builtin::fluxSchnell().openapiSchema()));
            shoot(e, out + QStringLiteral("/flux-form") + suffix);
        }
        {
            r8::ui::InputEditor e;
            e.setFields(r8::composer::formFromOpenApi(r8::sandbox::builtin::sdxl().openapiSchema()));
            shoot(e, out + QStringLiteral("/sdxl-form") + suffix);
            shoot(e, out + QStringLiteral("/sdxl-narrow") + suffix,
                  QSize(560, 800)); // beside the output, as on the page
            e.form()->chooseFile(QStringLiteral("image"), png);
            e.setFieldProblems(
                {{QStringLiteral("width"), QStringLiteral("Must be less than or equal to 2048")},
                 {QString(), QStringLiteral("Input validation failed")}});
            QJsonObject body = e.body();
            QJsonObject in = e.input();
            in.insert(QStringLiteral("num_outputs"), 1.5);
            body.insert(QStringLiteral("input"), in);
            e.setBody(body);
            e.form()->focusField(QStringLiteral("image"));
            shoot(e, out + QStringLiteral("/sdxl-problems") + suffix);
            auto* scroll = e.form()->findChild<QScrollArea*>();
            scroll->ensureVisible(0, 100000);
            shoot(e, out + QStringLiteral("/sdxl-form-end") + suffix);
            e.showJson();
            shoot(e, out + QStringLiteral("/sdxl-json") + suffix);
            e.jsonEdit()->setPlainText(
                QStringLiteral("{\n  \"input\": {\n    \"prompt\": \"a cat\"\n    \"width\": 768\n  }\n}\n"));
            shoot(e, out + QStringLiteral("/json-error") + suffix);
            e.showForm();
            shoot(e, out + QStringLiteral("/form-locked") + suffix);
        }
        {
            r8::ui::InputEditor e;
            e.setFields({});
            e.showForm();
            shoot(e, out + QStringLiteral("/no-schema") + suffix);
        }
    }
    return 0;
}
