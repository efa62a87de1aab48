// The main window's Composer and History pages: listed from the start, each built the first time
// it is shown (start-up stays small), wired to each other, to the Tokens page and to the window's
// environment. History and presets are opened here on first use unless main() (or a test) gave them.
#include "ui/MainWindow.h"

#include "app/composer/HistoryStore.h"
#include "app/composer/PresetStore.h"
#include "app/core/AppSettings.h"
#include "app/vault/TokenVault.h"
#include "ui/composer/ComposerPage.h"
#include "ui/history/HistoryPage.h"
#include "ui/tokens/TokensPage.h"
#include "ui_MainWindow.h"

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
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, [this]() {
        QWidget* current = m_ui->pages->currentWidget();
        if (current && current == m_composerPlaceholder)
            composerPage();
        else if (current && current == m_historyPlaceholder)
            historyPage();
    });
    if (m_services.settings) {
        connect(m_services.settings, &AppSettings::historyMaxEntriesChanged, this, [this](int entries) {
            if (m_historyStore)
                m_historyStore->setMaxEntries(entries);
        });
    }
}

void MainWindow::replacePlaceholder(QWidget** placeholder, QWidget* page)
{
    const int index = m_ui->pages->indexOf(*placeholder);
    const bool wasCurrent = m_ui->pages->currentIndex() == index;
    m_ui->pages->insertWidget(index, page);
    m_ui->pages->removeWidget(*placeholder);
    (*placeholder)->deleteLater();
    *placeholder = nullptr;
    if (wasCurrent)
        m_ui->pages->setCurrentIndex(index);
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
                showPage(page);
            });
    replacePlaceholder(&m_historyPlaceholder, m_historyPage);
    return m_historyPage;
}

} // namespace r8::ui
