// MainWindow, continued: the pages listed from the start but built the first time they are shown
// (start-up stays small): Composer, History, Leak check and Settings, wired to each other, to the
// Tokens page and to the window's environment. History and presets are opened here on first use
// unless main() (or a test) gave them.
#include "ui/MainWindow.h"

#include "app/composer/HistoryStore.h"
#include "app/composer/PresetStore.h"
#include "app/core/AppSettings.h"
#include "app/vault/TokenVault.h"
#include "ui/composer/ComposerPage.h"
#include "ui/composer/TokenChooser.h"
#include "ui/history/HistoryPage.h"
#include "ui/leaks/LeakCheckPage.h"
#include "ui/settings/SettingsPage.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui/tokens/TokensPage.h"
#include "ui_MainWindow.h"

#include <QComboBox>

namespace r8::ui {

namespace {
const QString kComposerName = QStringLiteral("ComposerPage");
const QString kHistoryName = QStringLiteral("HistoryPage");
} // namespace

void MainWindow::setUpComposerAndHistory()
{
    if (!m_services.client)
        return; // sending needs the API client: without it the pages are not offered
    m_composerPlaceholder = new QWidget(this);
    m_composerPlaceholder->setObjectName(kComposerName);
    addPage(m_composerPlaceholder, tr("Composer"),
            tr("Send a prediction request with a stored token and follow it"));
    m_historyPlaceholder = new QWidget(this);
    m_historyPlaceholder->setObjectName(kHistoryName);
    addPage(m_historyPlaceholder, tr("History"),
            tr("Every request the composer sent; reopen one in the composer"));
    if (m_services.settings) {
        connect(m_services.settings, &AppSettings::historyMaxEntriesChanged, this, [this](int entries) {
            if (m_historyStore)
                m_historyStore->setMaxEntries(entries);
        });
    }
}

composer::HistoryStore* MainWindow::historyStore()
{
    if (m_services.history)
        return m_services.history;
    if (!m_historyStore) {
        m_historyStore = new composer::HistoryStore(this);
        if (m_services.settings)
            m_historyStore->setMaxEntries(m_services.settings->historyMaxEntries());
        m_historyStore->open(); // a damaged or locked file: history lives in memory, the page says why
    }
    return m_historyStore;
}

composer::PresetStore* MainWindow::presetStore()
{
    if (m_services.presets)
        return m_services.presets;
    if (!m_presetStore)
        m_presetStore = std::make_shared<composer::PresetStore>(); // the menu reads the file when opened
    return m_presetStore.get();
}

ComposerPage* MainWindow::composerPage()
{
    if (m_composer || !m_services.client)
        return m_composer;
    m_composer = new ComposerPage(m_services, historyStore(), presetStore(), this);
    m_composer->setObjectName(kComposerName);
    if (!m_environment.isEmpty())
        m_composer->setEnvironment(m_environment);
    connect(this, &MainWindow::environmentChanged, m_composer, &ComposerPage::setEnvironment);
    // One selection: choosing an environment in the composer chooses it for the whole window.
    connect(m_composer, &ComposerPage::environmentChosen, this,
            [this](const QString& environment) { setEnvironment(environment); });
    connect(m_composer, &ComposerPage::tokenPageRequested, this, [this](const QString& id) {
        showPage(m_tokens);
        m_tokens->selectId(id);
        const auto rec = m_services.vault->record(id);
        if (rec)
            m_tokens->showBanner(
                tr("“%1” was rejected when the composer sent with it. Verify it (Ctrl+Shift+V) to see "
                   "what the API says now, or rotate it (Ctrl+R).")
                    .arg(rec->name),
                true);
    });
    replacePlaceholder(&m_composerPlaceholder, m_composer);
    return m_composer;
}

HistoryPage* MainWindow::historyPage()
{
    if (m_historyPage || !m_services.client)
        return m_historyPage;
    m_historyPage = new HistoryPage(historyStore(), this);
    m_historyPage->setObjectName(kHistoryName);
    connect(m_historyPage, &HistoryPage::reopenRequested, this,
            [this](const composer::ComposerRequest& request, const QString& environment,
                   const QString& tokenName) {
                ComposerPage* page = composerPage();
                page->openRequest(request, environment, tokenName);
                if (!page->environment().isEmpty() && !m_environment.isEmpty())
                    setEnvironment(page->environment()); // the request's environment, everywhere
                showPage(page);
            });
    replacePlaceholder(&m_historyPlaceholder, m_historyPage);
    return m_historyPage;
}

LeakCheckPage* MainWindow::leakCheckPage()
{
    if (m_leaks)
        return m_leaks;
    m_leaks = new LeakCheckPage(m_services, this);
    connect(m_leaks, &LeakCheckPage::exposedTokensChanged, m_tokens->model(), &TokenTableModel::setExposed);
    m_leaks->setObjectName(QStringLiteral("LeakCheckPage"));
    connect(m_leaks, &LeakCheckPage::rotateRequested, this, [this](const QString& id) {
        showPage(m_tokens);
        m_tokens->selectId(id);
        m_tokens->rotateSelected();
    });
    if (m_leaksPlaceholder)
        replacePlaceholder(&m_leaksPlaceholder, m_leaks);
    return m_leaks;
}

SettingsPage* MainWindow::settingsPage()
{
    if (m_settingsPage)
        return m_settingsPage;
    m_settingsPage = new SettingsPage(m_services, this);
    if (m_settingsPlaceholder)
        replacePlaceholder(&m_settingsPlaceholder, m_settingsPage);
    return m_settingsPage;
}

} // namespace r8::ui
