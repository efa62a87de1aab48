// Renders r8desk's pages offscreen at 1280×800, light and dark, with demo data, into PNG files.
// Run by packaging/screenshots.sh; the README and the AppStream metainfo show the results.
#include "app/api/ApiClient.h"
#include "app/api/EnvironmentStore.h"
#include "app/api/TokenVerifier.h"
#include "app/composer/HistoryStore.h"
#include "app/composer/PresetStore.h"
#include "app/core/AppSettings.h"
#include "app/core/Paths.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenVault.h"
#include "tests/support/DarkPalette.h"
#include "tests/support/TestServices.h"
#include "ui/MainWindow.h"
#include "ui/common/BaseUrls.h"
#include "ui/composer/ComposerPage.h"
#include "ui/composer/HeadersView.h"
#include "ui/composer/InputEditor.h"
#include "ui/history/HistoryPage.h"
#include "ui/leaks/LeakCheckPage.h"
#include "ui/response/OutputView.h"
#include "ui/settings/SettingsPage.h"
#include "ui/tokens/AccountTokensDialog.h"
#include "ui/tokens/AddTokenDialog.h"
#include "ui/tokens/ImportEnvDialog.h"
#include "ui/tokens/RotationWizard.h"
#include "ui/tokens/TokensPage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {
void addDemo(r8::TokenVault& vault, const QString& name, const QString& env, const QString& token)
{
    QEventLoop loop;
    vault.add({name, env, QString(), token}, &loop, [&](const r8::TokenVault::AddResult&) { loop.quit(); });
    loop.exec();
}

void shoot(QWidget& w, const QString& path, QSize size = QSize(1280, 800))
{
    w.resize(size);
    w.show();
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
    r8::setApplicationIdentity();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    const QPalette light = QApplication::palette();

    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? r8::test::darkPalette() : light);
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        {
            r8::test::TestServices::Options options;
            options.verifier = false;
            options.settings = false;
            r8::test::TestServices empty(tmp.filePath(QStringLiteral("empty-%1").arg(suffix)), options);
            r8::ui::MainWindow w(r8::ui::Services{empty.vault(), empty.clipboard()});
            shoot(w, outDir + QStringLiteral("/first-run-%1.png").arg(suffix));
        }
        r8::test::TestServices::Options options;
        options.sandbox = true;
        options.settings = false; // the user's, below
        r8::test::TestServices fixture(tmp.filePath(QStringLiteral("data-%1").arg(suffix)), options);
        r8::TokenVault& vault = *fixture.vault();
        // Demo secrets only: random-looking strings that are not real tokens.
        addDemo(vault, QStringLiteral("my-app"), QStringLiteral("development"),
                QStringLiteral("r8_demoDEMOdemoDEMOdemoDEMOdemoDEMOdxK3a"));
        addDemo(vault, QStringLiteral("my-app ci"), QStringLiteral("staging"),
                QStringLiteral("r8_demoDEMOdemoDEMOdemoDEMOdemoDEMOd7Qp2"));
        addDemo(vault, QStringLiteral("shop backend"), QStringLiteral("production"),
                QStringLiteral("r8_demoDEMOdemoDEMOdemoDEMOdemoDEMOdAb12"));
        addDemo(vault, QStringLiteral("notebook experiments"), QStringLiteral("development"),
                QStringLiteral("r8_demoDEMOdemoDEMOdemoDEMOdemoDEMOdz9Yw"));
        addDemo(vault, QStringLiteral("client-x"), QStringLiteral("client-x"),
                QStringLiteral("r8_demoDEMOdemoDEMOdemoDEMOdemoDEMOdm4Rt"));
        const auto recs = vault.records();
        vault.updateStatus(recs.at(0).id, r8::TokenStatus::Valid, QStringLiteral("ada"), {},
                           QDateTime::currentDateTimeUtc());
        vault.updateStatus(recs.at(2).id, r8::TokenStatus::Valid, QStringLiteral("acme"), {},
                           QDateTime::currentDateTimeUtc());
        vault.updateStatus(recs.at(3).id, r8::TokenStatus::StoppedWorking, QStringLiteral("ada"),
                           QStringLiteral("This API token has been disabled"),
                           QDateTime::currentDateTimeUtc());
        r8::api::EnvironmentStore& envs = *fixture.environments();
        // Where a user's settings are (only read here: the screenshots change no preference).
        r8::AppSettings appSettings(QDir::homePath() + QStringLiteral("/.config/r8desk/r8desk.conf"));
        fixture.services().settings = &appSettings;
        r8::ui::Services& services = fixture.services();
        r8::session::SandboxSession& sandbox = *fixture.sandbox();
        r8::api::TokenVerifier& verifier = *fixture.verifier();
        r8::ui::MainWindow w(services);
        w.tokensPage()->selectId(recs.at(2).id);
        shoot(w, outDir + QStringLiteral("/tokens-%1.png").arg(suffix));

        // The sandbox, its demo token verified, and the account's tokens over HTTP.
        QSignalSpy started(&sandbox, &r8::session::SandboxSession::started);
        sandbox.start();
        if (started.isEmpty())
            started.wait(10000);
        QSignalSpy verified(&verifier, &r8::api::TokenVerifier::finished);
        verifier.verify({sandbox.tokenId()});
        verified.wait(10000);
        w.tokensPage()->selectId(sandbox.tokenId());
        r8::ui::AccountTokensDialog remote(services, sandbox.tokenId(), &w);
        QSignalSpy listed(&remote, &r8::ui::AccountTokensDialog::listed);
        remote.refresh();
        listed.wait(10000);
        shoot(remote, outDir + QStringLiteral("/account-tokens-%1.png").arg(suffix), QSize(860, 440));
        // The leak check page after scanning a small project with a token left in it.
        QTemporaryDir project;
        {
            QFile f(project.filePath(QStringLiteral(".env")));
            if (f.open(QIODevice::WriteOnly))
                f.write("DEBUG=1\nREPLICATE_API_TOKEN=" + sandbox.server()->tokens().first().token.toUtf8() +
                        "\n");
            QFile n(project.filePath(QStringLiteral("notes.md")));
            if (n.open(QIODevice::WriteOnly))
                n.write("try: curl -H 'Authorization: Bearer " +
                        sandbox.server()->tokens().at(3).token.toUtf8() + "'\n");
        }
        QSignalSpy scanned(w.leakCheckPage(), &r8::ui::LeakCheckPage::scanFinished);
        w.showPage(w.leakCheckPage());
        w.leakCheckPage()->scanFolder(project.path());
        scanned.wait(20000);
        w.leakCheckPage()->selectRow(0);
        shoot(w, outDir + QStringLiteral("/leak-check-%1.png").arg(suffix));
        w.showPage(w.tokensPage());

        // Settings: a custom environment behind a proxy, production's default token.
        envs.set(QStringLiteral("client-x"), QUrl(QStringLiteral("https://replicate-proxy.example.com/v1")));
        vault.setDefault(recs.at(2).id);
        w.showPage(w.settingsPage());
        w.settingsPage()->selectEnvironment(QStringLiteral("production"));
        shoot(w, outDir + QStringLiteral("/settings-%1.png").arg(suffix));
        w.showPage(w.tokensPage());

        r8::ui::AddTokenDialog add(&vault, QStringLiteral("staging"), &w);
        add.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("my-app"));
        add.findChild<QLineEdit*>(QStringLiteral("tokenEdit"))
            ->setText(QStringLiteral("export REPLICATE_API_TOKEN=a1b2c3d4e5f6a7b8"));
        shoot(add, outDir + QStringLiteral("/add-token-%1.png").arg(suffix), QSize(520, 300));
        r8::EnvScan scan;
        r8::EnvFinding f;
        f.path = QStringLiteral("/home/ada/projects/shop/.env.production");
        f.line = 3;
        f.masked = QStringLiteral("r8_••••…Ab12");
        f.verdict = r8::TokenInput::Verdict::Valid;
        f.suggestedName = QStringLiteral("shop");
        f.suggestedEnvironment = QStringLiteral("production");
        scan.findings.append(f);
        r8::ui::ImportEnvDialog import(&vault, scan, &w);
        shoot(import, outDir + QStringLiteral("/import-env-%1.png").arg(suffix), QSize(760, 420));

        r8::ui::RotationWizard wizard(services, sandbox.tokenId(), &w);
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.findChild<QLineEdit*>(QStringLiteral("newTokenEdit"))
            ->setText(sandbox.server()->tokens().at(1).token);
        shoot(wizard, outDir + QStringLiteral("/rotation-%1.png").arg(suffix), QSize(640, 440));

        // The composer against the running sandbox: the docs' sample sent and its image shown, then a
        // streamed answer; history and presets in the temporary folder.
        {
            r8::composer::HistoryStore history;
            history.open(tmp.filePath(QStringLiteral("history-%1.sqlite").arg(suffix)));
            r8::composer::PresetStore presets(tmp.filePath(QStringLiteral("presets-%1.json").arg(suffix)));
            r8::ui::Services cs = services;
            cs.history = &history;
            cs.presets = &presets;
            r8::ui::MainWindow cw(cs);
            cw.resize(1280, 800);
            cw.show();
            r8::ui::ComposerPage* composer = cw.composerPage();
            cw.showPage(composer);
            composer->setPollIntervals(100, 500);
            composer->setEnvironment(QStringLiteral("sandbox"));
            sandbox.server()->setSpeed(4);
            auto run = [&](const QString& sample) {
                QSignalSpy looked(composer, &r8::ui::ComposerPage::lookupFinished);
                composer->loadSample(sample);
                if (looked.isEmpty())
                    looked.wait(10000);
                QSignalSpy ended(composer, &r8::ui::ComposerPage::runEnded);
                composer->send();
                ended.wait(30000);
            };
            QSignalSpy images(composer->findChild<r8::ui::OutputView*>(QStringLiteral("outputView")),
                              &r8::ui::OutputView::imagesLoaded);
            run(QStringLiteral("flux-schnell"));
            if (images.isEmpty())
                images.wait(10000);
            shoot(cw, outDir + QStringLiteral("/composer-%1.png").arg(suffix));
            run(QStringLiteral("llama-stream"));
            shoot(cw, outDir + QStringLiteral("/composer-stream-%1.png").arg(suffix));
            // A 422 explained where it happened: the field is marked in the form.
            {
                QSignalSpy looked(composer, &r8::ui::ComposerPage::lookupFinished);
                composer->loadSample(QStringLiteral("flux-schnell"));
                if (looked.isEmpty())
                    looked.wait(10000);
                QJsonObject body =
                    composer->findChild<r8::ui::InputEditor*>(QStringLiteral("inputEditor"))->body();
                QJsonObject input = body.value(QStringLiteral("input")).toObject();
                input.insert(QStringLiteral("num_outputs"), 9);
                body.insert(QStringLiteral("input"), input);
                composer->findChild<r8::ui::InputEditor*>(QStringLiteral("inputEditor"))->setBody(body);
                QSignalSpy ended(composer, &r8::ui::ComposerPage::runEnded);
                composer->send();
                ended.wait(30000);
                shoot(cw, outDir + QStringLiteral("/composer-invalid-%1.png").arg(suffix));
                // What will be sent, token masked, with an extra header.
                composer->findChild<r8::ui::HeadersView*>(QStringLiteral("headersView"))
                    ->setExtraHeaders({{"X-Request-Source", "r8desk"}});
                composer->findChild<r8::ui::InputEditor*>(QStringLiteral("inputEditor"))
                    ->tabs()
                    ->setCurrentWidget(
                        composer->findChild<r8::ui::HeadersView*>(QStringLiteral("headersView")));
                shoot(cw, outDir + QStringLiteral("/composer-headers-%1.png").arg(suffix));
            }
            cw.showPage(cw.historyPage());
            shoot(cw, outDir + QStringLiteral("/history-%1.png").arg(suffix));
        }
    }
    return 0;
}
