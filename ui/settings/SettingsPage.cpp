#include "ui/settings/SettingsPage.h"
#include "ui/common/TableStyle.h"

#include "app/api/Environment.h"
#include "app/api/EnvironmentStore.h"
#include "app/api/KnownEnvironments.h"
#include "app/core/AppSettings.h"
#include "app/core/Redact.h"
#include "app/session/SandboxSession.h"
#include "app/vault/TokenVault.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/Prompt.h"
#include "ui/common/Tone.h"
#include "ui/tokens/EnvChipDelegate.h"
#include "ui/tokens/TokenTableModel.h"
#include "ui_SettingsPage.h"

#include <QDir>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QSystemTrayIcon>

namespace r8::ui {

namespace {
QString maskedFor(const TokenRecord& r)
{
    return maskToken((r.legacyShape ? QString() : QStringLiteral("r8_")) + QStringLiteral("xxxx") + r.hint);
}

bool sameLabel(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

SettingsPage::SettingsPage(const Services& services, QWidget* parent)
    : QWidget(parent), m_ui(new Ui::SettingsPage), m_services(services)
{
    m_ui->setupUi(this);
    setTextRole(m_ui->titleLabel, TextRole::PageTitle);
    QFont bold = m_ui->addTitle->font();
    bold.setBold(true);
    m_ui->addTitle->setFont(bold);
    m_ui->banner->hide();
    connect(m_ui->bannerClose, &QToolButton::clicked, m_ui->banner, &QWidget::hide);

    AppSettings* settings = services.settings;
    QString file = settings ? settings->fileName() : QString();
    if (file.startsWith(QDir::homePath() + QLatin1Char('/')))
        file = QStringLiteral("~") + file.mid(QDir::homePath().size());
    m_ui->subtitleLabel->setText(
        settings
            ? tr("Changes apply at once. They are kept in %1 — never a token: tokens stay in the keychain.")
                  .arg(QDir::toNativeSeparators(file))
            : tr("Changes apply at once."));

    // Environments
    auto* table = m_ui->envTable;
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Environment"), tr("Base URL"), tr("Default token")});
    applyTableStyle(table);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    table->setItemDelegateForColumn(0, new EnvChipDelegate(this));
    connect(table, &QTableWidget::currentCellChanged, this, [this]() { updateSelected(); });
    connect(m_ui->saveUrlButton, &QPushButton::clicked, this, &SettingsPage::saveBaseUrl);
    connect(m_ui->baseUrlEdit, &QLineEdit::returnPressed, this, &SettingsPage::saveBaseUrl);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &SettingsPage::resetSelected);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SettingsPage::addEnvironment);
    connect(m_ui->newUrlEdit, &QLineEdit::returnPressed, this, &SettingsPage::addEnvironment);
    connect(m_ui->newNameEdit, &QLineEdit::returnPressed, this, [this]() {
        if (m_ui->newUrlEdit->text().trimmed().isEmpty())
            m_ui->newUrlEdit->setFocus();
        else
            addEnvironment();
    });
    connect(m_ui->defaultCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString id = m_ui->defaultCombo->itemData(index).toString();
        if (id.isEmpty() || !m_services.vault || m_services.vault->isDefault(id))
            return;
        const auto outcome = m_services.vault->setDefault(id);
        const auto rec = m_services.vault->record(id);
        if (!outcome.ok)
            showBanner(outcome.error, true);
        else if (rec)
            showBanner(tr("“%1” is now the default token for %2.")
                           .arg(rec->name, env::displayName(rec->environment)),
                       false);
    });
    m_ui->environmentsGroup->setEnabled(services.environments != nullptr);
    if (services.environments)
        connect(services.environments, &api::EnvironmentStore::changed, this,
                &SettingsPage::reloadEnvironments);
    if (services.vault) {
        for (auto signal : {&TokenVault::inserted, &TokenVault::removed, &TokenVault::changed})
            connect(services.vault, signal, this, &SettingsPage::reloadEnvironments);
        connect(services.vault, &TokenVault::reset, this, &SettingsPage::reloadEnvironments);
        connect(services.vault, &TokenVault::defaultsChanged, this, &SettingsPage::reloadEnvironments);
    }
    if (services.sandbox) {
        connect(services.sandbox, &session::SandboxSession::started, this, &SettingsPage::reloadEnvironments);
        connect(services.sandbox, &session::SandboxSession::stopped, this, &SettingsPage::reloadEnvironments);
    }

    // Preferences
    m_ui->intervalSpin->setRange(0, AppSettings::kMaxVerificationIntervalHours);
    m_ui->rotationSpin->setRange(AppSettings::kMinRotationAgeDays, AppSettings::kMaxRotationAgeDays);
    m_ui->clipboardSpin->setRange(AppSettings::kMinClipboardClearSeconds,
                                  AppSettings::kMaxClipboardClearSeconds);
    m_ui->historySpin->setRange(AppSettings::kMinHistoryMaxEntries, AppSettings::kMaxHistoryMaxEntries);
    m_ui->historySpin->setSingleStep(1000);
    m_ui->historySpin->setGroupSeparatorShown(true);
    m_ui->clipboardSpin->setSingleStep(5);
    m_ui->rotationSpin->setSingleStep(30);
    // A value typed out of range becomes the nearest allowed one (not the previous value).
    for (QSpinBox* spin : {m_ui->intervalSpin, m_ui->rotationSpin, m_ui->clipboardSpin, m_ui->historySpin})
        spin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    for (QGroupBox* g : {m_ui->tokensGroup, m_ui->composerGroup, m_ui->windowGroup})
        g->setEnabled(settings != nullptr);
    m_ui->restoreButton->setEnabled(settings != nullptr);
    m_ui->trayHint->setText(
        QSystemTrayIcon::isSystemTrayAvailable()
            ? tr("The tray icon tells whether every token works; its menu verifies, opens the "
                 "composer or the leak check.")
            : tr("This desktop shows no system tray: r8desk starts minimised instead."));
    loadPreferences();
    bindSpin(m_ui->intervalSpin, [](AppSettings& s, int v) { s.setVerificationIntervalHours(v); });
    bindSpin(m_ui->rotationSpin, [](AppSettings& s, int v) { s.setRotationAgeDays(v); });
    bindSpin(m_ui->clipboardSpin, [](AppSettings& s, int v) { s.setClipboardClearSeconds(v); });
    bindSpin(m_ui->historySpin, [](AppSettings& s, int v) { s.setHistoryMaxEntries(v); });
    connect(m_ui->startMinimizedCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_services.settings)
            m_services.settings->setStartMinimized(on);
    });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this]() {
        if (!m_services.settings)
            return;
        m_services.settings->restoreDefaults();
        showBanner(
            tr("Token, composer and window settings are back to their defaults. Environments are unchanged."),
            false);
    });
    if (settings)
        connect(settings, &AppSettings::changed, this, &SettingsPage::loadPreferences);

    reloadEnvironments();
    if (m_ui->envTable->rowCount() > 0 && m_ui->envTable->currentRow() < 0)
        m_ui->envTable->setCurrentCell(0, 0);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::bindSpin(QSpinBox* spin, std::function<void(AppSettings&, int)> setter)
{
    // A std::function rather than a pointer to member: GCC 12 with -fsanitize reports the latter's
    // adjustment as "may be used uninitialized" and -Werror turns that into a failed build.
    connect(spin, qOverload<int>(&QSpinBox::valueChanged), this,
            [this, setter = std::move(setter)](int value) {
                if (m_services.settings)
                    setter(*m_services.settings, value);
                updateSuffixes();
            });
}

void SettingsPage::loadPreferences()
{
    AppSettings* s = m_services.settings;
    if (!s)
        return;
    const QSignalBlocker b1(m_ui->intervalSpin), b2(m_ui->rotationSpin), b3(m_ui->clipboardSpin),
        b4(m_ui->historySpin), b5(m_ui->startMinimizedCheck);
    m_ui->intervalSpin->setValue(s->verificationIntervalHours());
    m_ui->rotationSpin->setValue(s->rotationAgeDays());
    m_ui->clipboardSpin->setValue(s->clipboardClearSeconds());
    m_ui->historySpin->setValue(s->historyMaxEntries());
    m_ui->startMinimizedCheck->setChecked(s->startMinimized());
    updateSuffixes();
}

void SettingsPage::updateSuffixes()
{
    // Singular and plural spelled out: the English source reads right without a translation.
    const int hours = m_ui->intervalSpin->value();
    m_ui->intervalSpin->setSuffix(hours == 1 ? tr(" hour") : tr(" hours"));
    m_ui->rotationSpin->setSuffix(m_ui->rotationSpin->value() == 1 ? tr(" day") : tr(" days"));
    m_ui->clipboardSpin->setSuffix(m_ui->clipboardSpin->value() == 1 ? tr(" second") : tr(" seconds"));
    m_ui->historySpin->setSuffix(m_ui->historySpin->value() == 1 ? tr(" request") : tr(" requests"));
}

QString SettingsPage::bannerText() const
{
    return m_ui->banner->isVisibleTo(this) ? m_ui->bannerLabel->text() : QString();
}

void SettingsPage::showBanner(const QString& text, bool isError)
{
    m_bannerIsError = isError;
    ui::showBanner(m_ui->banner, m_ui->bannerLabel, text, isError ? Tone::Error : Tone::Neutral);
}

QString SettingsPage::selectedEnvironment() const
{
    const QTableWidgetItem* item = m_ui->envTable->item(m_ui->envTable->currentRow(), 0);
    return item ? item->data(TokenTableModel::EnvironmentRole).toString() : QString();
}

void SettingsPage::selectEnvironment(const QString& label)
{
    for (int row = 0; row < m_ui->envTable->rowCount(); ++row) {
        if (sameLabel(m_ui->envTable->item(row, 0)->data(TokenTableModel::EnvironmentRole).toString(),
                      label)) {
            m_ui->envTable->setCurrentCell(row, 0);
            return;
        }
    }
}

void SettingsPage::reloadEnvironments()
{
    const QString keep = selectedEnvironment().isEmpty() ? m_shownEnvironment : selectedEnvironment();
    auto* table = m_ui->envTable;
    const QSignalBlocker block(table);
    table->setRowCount(0);
    const QStringList labels = api::knownEnvironments(m_services.environments, m_services.vault);
    table->setRowCount(int(labels.size()));
    for (int row = 0; row < labels.size(); ++row) {
        const QString& label = labels.at(row);
        auto* name = new QTableWidgetItem(env::displayName(label));
        name->setData(TokenTableModel::EnvironmentRole, label);
        table->setItem(row, 0, name);

        QString url;
        QString urlTip;
        const auto stored = m_services.environments ? m_services.environments->find(label) : std::nullopt;
        if (label == env::Sandbox && !(m_services.sandbox && m_services.sandbox->isRunning())) {
            url = tr("set when the sandbox starts");
            urlTip = tr("The sandbox runs inside r8desk on a free loopback port (File → Try the sandbox).");
        } else {
            url = baseUrlFor(m_services, label).toString();
            urlTip = stored && stored->customUrl ? tr("Set in Settings (or with r8 env add)")
                                                 : tr("Replicate's API (built in)");
        }
        auto* urlItem = new QTableWidgetItem(url);
        urlItem->setToolTip(urlTip);
        table->setItem(row, 1, urlItem);

        QString defaultText = tr("none");
        if (m_services.vault) {
            if (const auto rec = m_services.vault->record(m_services.vault->defaultFor(label)))
                defaultText = QStringLiteral("%1  %2").arg(rec->name, maskedFor(*rec));
        }
        auto* defaultItem = new QTableWidgetItem(defaultText);
        table->setItem(row, 2, defaultItem);
        if (sameLabel(label, keep))
            table->setCurrentCell(row, 0);
    }
    if (table->currentRow() < 0 && table->rowCount() > 0)
        table->setCurrentCell(0, 0);
    updateSelected();
}

void SettingsPage::updateSelected()
{
    const QString label = selectedEnvironment();
    const bool changedSelection = !sameLabel(label, m_shownEnvironment);
    m_shownEnvironment = label;
    const bool has = !label.isEmpty() && m_services.environments;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->baseUrlEdit), static_cast<QWidget*>(m_ui->saveUrlButton),
                       static_cast<QWidget*>(m_ui->defaultCombo), static_cast<QWidget*>(m_ui->resetButton)})
        w->setEnabled(has);
    if (!has)
        return;

    const bool isSandbox = label == env::Sandbox;
    const auto stored = m_services.environments->find(label);
    const bool wellKnown = env::wellKnown().contains(label);
    // Keep what the user typed (e.g. after a refused URL) unless another environment was chosen.
    if (changedSelection || !m_ui->baseUrlEdit->isModified()) {
        if (isSandbox && !(m_services.sandbox && m_services.sandbox->isRunning()))
            m_ui->baseUrlEdit->clear();
        else
            m_ui->baseUrlEdit->setText(baseUrlFor(m_services, label).toString());
    }
    m_ui->baseUrlEdit->setReadOnly(isSandbox);
    m_ui->baseUrlEdit->setPlaceholderText(isSandbox ? tr("Set when the sandbox starts")
                                                    : QStringLiteral("https://api.replicate.com/v1"));
    m_ui->saveUrlButton->setEnabled(!isSandbox);
    m_ui->baseUrlEdit->setToolTip(
        isSandbox ? tr("The sandbox sets this itself: a free port on this computer.") : QString());

    if (wellKnown) {
        m_ui->resetButton->setText(tr("R&eset to Replicate's API"));
        m_ui->resetButton->setEnabled(!isSandbox && stored && stored->customUrl);
    } else {
        m_ui->resetButton->setText(tr("R&emove environment"));
        // A label that only tokens carry has nothing stored to remove.
        m_ui->resetButton->setEnabled(stored.has_value());
    }

    QComboBox* combo = m_ui->defaultCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    if (m_services.vault) {
        for (const TokenRecord& r : m_services.vault->records()) {
            if (sameLabel(r.environment, label))
                combo->addItem(QStringLiteral("%1  %2").arg(r.name, maskedFor(r)), r.id);
        }
        combo->setCurrentIndex(combo->findData(m_services.vault->defaultFor(label)));
    }
    combo->setEnabled(combo->count() > 0);
    combo->setPlaceholderText(combo->count() > 0 ? tr("No default token")
                                                 : tr("No token has this environment"));
}

bool SettingsPage::saveBaseUrl()
{
    const QString label = selectedEnvironment();
    if (label.isEmpty() || !m_services.environments || label == env::Sandbox)
        return false;
    const QString text = m_ui->baseUrlEdit->text().trimmed();
    if (text.isEmpty()) {
        showBanner(
            tr("Enter a base URL for %1, e.g. https://api.replicate.com/v1.").arg(env::displayName(label)),
            true);
        m_ui->baseUrlEdit->setFocus();
        return false;
    }
    const QUrl url(text);
    const QString error = m_services.environments->set(label, url);
    if (!error.isEmpty()) {
        showBanner(tr("The base URL of %1 was not changed. %2").arg(env::displayName(label), redact(error)),
                   true);
        m_ui->baseUrlEdit->setFocus();
        return false;
    }
    m_ui->baseUrlEdit->setModified(false);
    updateSelected();
    showBanner(tr("Requests with %1 tokens now go to %2.")
                   .arg(env::displayName(label), baseUrlFor(m_services, label).toString()),
               false);
    return true;
}

bool SettingsPage::addEnvironment()
{
    if (!m_services.environments)
        return false;
    const QString name = m_ui->newNameEdit->text().trimmed();
    const QString text = m_ui->newUrlEdit->text().trimmed();
    if (name.isEmpty()) {
        showBanner(tr("Give the new environment a name, e.g. client-x."), true);
        m_ui->newNameEdit->setFocus();
        return false;
    }
    const QString existing = api::findEnvironment(m_services.environments, m_services.vault, name);
    if (!existing.isEmpty()) {
        showBanner(
            tr("There is already an environment named %1: select it in the list to change its base URL.")
                .arg(env::displayName(existing)),
            true);
        selectEnvironment(existing);
        m_ui->newNameEdit->setFocus();
        return false;
    }
    if (text.isEmpty()) {
        showBanner(tr("Give %1 a base URL, e.g. https://replicate-proxy.example.com/v1.").arg(name), true);
        m_ui->newUrlEdit->setFocus();
        return false;
    }
    const QString error = m_services.environments->set(name, QUrl(text));
    if (!error.isEmpty()) {
        showBanner(tr("%1 was not added. %2").arg(name, redact(error)), true);
        m_ui->newUrlEdit->setFocus();
        return false;
    }
    m_ui->newNameEdit->clear();
    m_ui->newUrlEdit->clear();
    selectEnvironment(name);
    showBanner(
        tr("Added %1: requests with its tokens go to %2.").arg(name, baseUrlFor(m_services, name).toString()),
        false);
    return true;
}

void SettingsPage::resetSelected()
{
    const QString label = selectedEnvironment();
    if (label.isEmpty() || !m_services.environments)
        return;
    const bool wellKnown = env::wellKnown().contains(label);
    int tokens = 0;
    if (m_services.vault) {
        for (const TokenRecord& r : m_services.vault->records())
            tokens += sameLabel(r.environment, label) ? 1 : 0;
    }
    if (!wellKnown && tokens > 0) {
        const QString text =
            (tokens == 1 ? tr("1 token is labelled %1.").arg(label)
                         : tr("%1 tokens are labelled %2.").arg(tokens).arg(label)) +
            QLatin1Char(' ') +
            tr("They keep the label, and their requests go to Replicate's API (%1) from now on.")
                .arg(api::defaultApiBase().toString());
        if (!Prompt::confirm(this, tr("Remove %1?").arg(label), text, tr("Remove"), true))
            return;
    }
    const QString error = m_services.environments->remove(label);
    if (!error.isEmpty()) {
        showBanner(error, true);
        return;
    }
    m_ui->baseUrlEdit->setModified(false);
    reloadEnvironments();
    showBanner(wellKnown ? tr("%1 uses Replicate's API again.").arg(env::displayName(label))
                         : tr("Removed %1.").arg(label),
               false);
}

} // namespace r8::ui
