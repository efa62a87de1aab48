// r8desk: the GUI. Thin: it wires the core services to the main window.
#include "MainWindow.h"
#include "common/ClipboardGuard.h"
#include "core/AppInfo.h"
#include "core/Paths.h"
#include "tokens/TokensPage.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {
// For the startup benchmark: reports once the main window has been painted, then quits.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, []() {
                std::fputs("r8desk: first paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    r8::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QString::fromLatin1(r8::appinfo::kDisplayName));
    QApplication::setDesktopFileName(QString::fromLatin1(r8::appinfo::kId));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Replicate API tokens in the OS keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption minimized(QStringLiteral("minimized"), QCoreApplication::translate("main", "Start minimised."));
    parser.addOption(minimized);
    QCommandLineOption benchPaint(QStringLiteral("exit-after-first-paint"),
                                  QCoreApplication::translate("main", "Quit once the window has been painted (benchmarks)."));
    benchPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchPaint);
    parser.process(app);

    r8::KeychainSecretStore store(QString::fromLatin1(r8::appinfo::kKeychainService));
    r8::TokenVault vault(&store, r8::TokenVault::defaultMetadataPath());
    QString loadError;
    const bool loaded = vault.load(&loadError);
    r8::ui::ClipboardGuard clipboard;
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &clipboard, &r8::ui::ClipboardGuard::clearIfOurs);

    r8::ui::MainWindow window(r8::ui::Services{&vault, &clipboard});
    if (!loaded)
        window.tokensPage()->showBanner(loadError, true);
    window.resize(1280, 800);
    FirstPaintProbe probe;
    if (parser.isSet(benchPaint))
        window.installEventFilter(&probe);
    if (parser.isSet(minimized))
        window.showMinimized();
    else
        window.show();
    return app.exec();
}
