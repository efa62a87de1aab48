// r8desk: the GUI. Thin: it wires the core services to the main window.
#include "MainWindow.h"
#include "api/ApiClient.h"
#include "api/EnvironmentStore.h"
#include "api/TokenVerifier.h"
#include "common/BaseUrls.h"
#include "session/SandboxSession.h"
#include "session/SingleInstance.h"
#include "session/TokenHealthMonitor.h"
#include "common/ClipboardGuard.h"
#include "core/AppInfo.h"
#include "core/Paths.h"
#include "tokens/TokensPage.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenVault.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
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

namespace {
bool wantsOnlyText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--version" || a == "-v" || a == "--help" || a == "-h" || a == "--help-all" || a == "-?")
            return true;
    }
    return false;
}

void setUpParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Replicate API tokens in the OS keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
}
} // namespace

int main(int argc, char** argv)
{
    // --version and --help work without a display (e.g. on a server, or right after installing).
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication core(argc, argv);
        r8::setApplicationIdentity();
        r8::i18n::install(); // --help in the user's language
        QCoreApplication::setApplicationName(QString::fromLatin1(r8::appinfo::kName));
        QCommandLineParser parser;
        setUpParser(parser);
        parser.addOption({QStringLiteral("minimized"), QCoreApplication::translate("main", "Start minimised.")});
        parser.process(core);
        return 0;
    }
    QApplication app(argc, argv);
    r8::setApplicationIdentity();
    r8::i18n::install(); // r8desk's and Qt's catalogues for the UI language (R8_LANGUAGE forces one)
    QApplication::setApplicationDisplayName(QString::fromLatin1(r8::appinfo::kDisplayName));
    QApplication::setDesktopFileName(QString::fromLatin1(r8::appinfo::kId));
    QIcon icon = QIcon::fromTheme(QString::fromLatin1(r8::appinfo::kId));
    if (icon.isNull()) {
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/app-%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    setUpParser(parser);
    QCommandLineOption minimized(QStringLiteral("minimized"), QCoreApplication::translate("main", "Start minimised."));
    parser.addOption(minimized);
    QCommandLineOption benchPaint(QStringLiteral("exit-after-first-paint"),
                                  QCoreApplication::translate("main", "Quit once the window has been painted (benchmarks)."));
    benchPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchPaint);
    parser.process(app);

    // One instance per session: a second start brings the running window forward instead.
    r8::session::SingleInstance instance;
    if (!parser.isSet(benchPaint) && !instance.claim(QCoreApplication::arguments())) {
        std::fputs("r8desk is already running; its window was brought forward.\n", stderr);
        return 0;
    }

    r8::KeychainSecretStore store(QString::fromLatin1(r8::appinfo::kKeychainService));
    r8::TokenVault vault(&store, r8::TokenVault::defaultMetadataPath());
    QString loadError;
    const bool loaded = vault.load(&loadError);
    r8::ui::ClipboardGuard clipboard;
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &clipboard, &r8::ui::ClipboardGuard::clearIfOurs);

    // The services every page shares: one API client (it owns the QNetworkAccessManager), the
    // environments, the verifier, the health monitor and the in-process sandbox.
    r8::api::ApiClient client;
    r8::api::EnvironmentStore environments;
    QString envError;
    const bool envLoaded = environments.load(&envError);
    r8::ui::Services services{&vault, &clipboard, &client, &environments};
    r8::session::SandboxSession sandbox(&vault, &environments);
    services.sandbox = &sandbox;
    r8::api::TokenVerifier verifier(&vault, &client,
                                    [&services](const QString& e) { return r8::ui::baseUrlFor(services, e); });
    services.verifier = &verifier;
    r8::session::TokenHealthMonitor health(&vault, &verifier);
    const QSettings settings(QStringLiteral("r8desk"), QStringLiteral("r8desk"));
    health.setCheckInterval(settings.value(QStringLiteral("verification/intervalHours"), 6).toInt() * 3600 * 1000);
    health.setRotationAgeDays(settings.value(QStringLiteral("rotation/ageDays"), 90).toInt());
    services.health = &health;

    r8::ui::MainWindow window(services);
    if (!loaded)
        window.tokensPage()->showBanner(loadError, true);
    else if (!envLoaded)
        window.tokensPage()->showBanner(envError, true);
    window.resize(1280, 800);
    QObject::connect(&instance, &r8::session::SingleInstance::activationRequested, &window, [&window]() {
        std::fputs("r8desk: activation requested by a second start\n", stderr);
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    FirstPaintProbe probe;
    if (parser.isSet(benchPaint))
        window.installEventFilter(&probe);
    if (parser.isSet(minimized))
        window.showMinimized();
    else
        window.show();
    return app.exec();
}
