// r8desk: the GUI. Thin: it wires the core services to the main window.
#include "app/api/ApiClient.h"
#include "app/api/EnvironmentStore.h"
#include "app/api/KnownEnvironments.h"
#include "app/api/TokenVerifier.h"
#include "app/core/AppInfo.h"
#include "app/core/AppSettings.h"
#include "app/core/Paths.h"
#include "app/scan/FindingsStore.h"
#include "app/session/SandboxSession.h"
#include "app/session/SingleInstance.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/KeychainSecretStore.h"
#include "app/vault/TokenVault.h"
#include "resources/translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/common/AppIcon.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/ClipboardGuard.h"
#include "ui/common/DeferredIconStyle.h"
#include "ui/tokens/TokensPage.h"

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
    QByteArray note; // e.g. " (environment: staging)", for tests
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [line = "r8desk: first paint" + note + "\n"]() {
                std::fputs(line.constData(), stdout);
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
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Replicate API tokens in the OS keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("env"),
         QCoreApplication::translate("main", "Open with the environment NAME selected: the Tokens page "
                                             "shows its tokens and the composer sends to it."),
         QStringLiteral("NAME")});
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
        parser.addOption(
            {QStringLiteral("minimized"),
             QCoreApplication::translate("main", "Start minimised (to the system tray when there is one).")});
        parser.process(core);
        return 0;
    }
    QApplication app(argc, argv);
    r8::ui::installDeferredIconStyle(); // the native style; its menu-bar arrow loaded when first drawn
    r8::setApplicationIdentity();
    r8::i18n::install(); // r8desk's and Qt's catalogues for the UI language (R8_LANGUAGE forces one)
    QApplication::setApplicationDisplayName(QString::fromLatin1(r8::appinfo::kDisplayName));
    QApplication::setDesktopFileName(QString::fromLatin1(r8::appinfo::kId));
    QApplication::setWindowIcon(r8::ui::appIcon());

    QCommandLineParser parser;
    setUpParser(parser);
    QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start minimised (to the system tray when there is one)."));
    parser.addOption(minimized);
    QCommandLineOption benchPaint(
        QStringLiteral("exit-after-first-paint"),
        QCoreApplication::translate("main", "Quit once the window has been painted (benchmarks)."));
    benchPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchPaint);
    parser.process(app);

    r8::KeychainSecretStore store(QString::fromLatin1(r8::appinfo::kKeychainService));
    r8::TokenVault vault(&store, r8::TokenVault::defaultMetadataPath());
    QString loadError;
    const bool loaded = vault.load(&loadError);
    r8::api::EnvironmentStore environments;
    QString envError;
    const bool envLoaded = environments.load(&envError);
    // --env NAME must name a known environment: otherwise a usage error (exit 2), before any window.
    QString startEnvironment;
    if (parser.isSet(QStringLiteral("env"))) {
        const QString asked = parser.value(QStringLiteral("env"));
        startEnvironment = r8::api::findEnvironment(&environments, &vault, asked);
        if (startEnvironment.isEmpty()) {
            const QString message =
                QCoreApplication::translate("main",
                                            "r8desk: unknown environment “%1”. Known environments: %2.\n"
                                            "Add one in Settings, or with: r8 env add NAME --base-url URL\n")
                    .arg(asked, r8::api::knownEnvironments(&environments, &vault).join(QStringLiteral(", ")));
            std::fputs(message.toLocal8Bit().constData(), stderr);
            return 2;
        }
    }

    // One instance per session: a second start brings the running window forward instead.
    r8::session::SingleInstance instance;
    if (!parser.isSet(benchPaint) && !instance.claim(QCoreApplication::arguments())) {
        std::fputs("r8desk is already running; its window was brought forward.\n", stderr);
        return 0;
    }

    r8::ui::ClipboardGuard clipboard;
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &clipboard, &r8::ui::ClipboardGuard::clearIfOurs);

    // The services every page shares: one API client (it owns the network stack), the
    // environments, the verifier, the health monitor and the in-process sandbox.
    r8::api::ApiClient client;
    r8::ui::Services services{&vault, &clipboard, &client, &environments};
    r8::AppSettings appSettings; // preferences (QSettings); the main window applies them
    services.settings = &appSettings;
    r8::session::SandboxSession sandbox(&vault, &environments);
    services.sandbox = &sandbox;
    r8::api::TokenVerifier verifier(
        &vault, &client, [&services](const QString& e) { return r8::ui::baseUrlFor(services, e); });
    services.verifier = &verifier;
    r8::session::TokenHealthMonitor health(&vault, &verifier);
    services.health = &health;
    r8::scan::FindingsStore findings(r8::scan::FindingsStore::defaultPath(), &vault);
    findings.load(); // a damaged file: nothing kept is shown, the next check writes a new one
    services.findings = &findings;

    r8::ui::MainWindow window(services);
    if (!loaded)
        window.tokensPage()->showBanner(loadError, true);
    else if (!envLoaded)
        window.tokensPage()->showBanner(envError, true);
    else if (!vault.unreadableEntries().isEmpty()) // kept in the file, never silently dropped
        window.tokensPage()->showBanner(vault.unreadableEntries().join(QLatin1Char(' ')), true);
    window.restoreWindowState(); // geometry fitted to the screen, splitters, the last page
    if (!startEnvironment.isEmpty())
        window.setEnvironment(startEnvironment);
    QObject::connect(&window, &r8::ui::MainWindow::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(&instance, &r8::session::SingleInstance::activationRequested, &window,
                     [&window, minimized, benchPaint](const QStringList& arguments) {
                         std::fputs("r8desk: activation requested by a second start\n", stderr);
                         // `r8desk --env NAME` while running: switch the running window to NAME.
                         QCommandLineParser second;
                         setUpParser(second);
                         second.addOptions({minimized, benchPaint});
                         second.parse(arguments);
                         if (second.isSet(QStringLiteral("env")))
                             window.setEnvironment(second.value(QStringLiteral("env")));
                         window.bringToFront();
                     });
    FirstPaintProbe probe;
    if (!startEnvironment.isEmpty())
        probe.note = " (environment: " + startEnvironment.toUtf8() + ")";
    if (parser.isSet(benchPaint)) {
        window.installEventFilter(&probe);
        window.show(); // benchmarks measure the painted window, whatever the settings say
    } else if (parser.isSet(minimized) || appSettings.startMinimized()) {
        // Into the tray when the desktop has one (the tray icon brings the window back), else minimised.
        if (!window.hasTrayIcon())
            window.showMinimized();
    } else {
        window.show();
    }
    return app.exec();
}
