#include "ui/composer/TokenChooser.h"

#include "app/core/Redact.h"
#include "app/vault/TokenVault.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace r8::ui {

TokenChooser::TokenChooser(TokenVault* vault, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_envCombo(new QComboBox(this)), m_tokenCombo(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_envCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_envCombo->setAccessibleName(tr("Environment"));
    m_envCombo->setAccessibleDescription(tr("The environment to send to; its API address and tokens"));
    // Long environment or token names do not widen the page: the combo boxes elide them.
    m_envCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_envCombo->setMinimumContentsLength(6);
    m_tokenCombo->setObjectName(QStringLiteral("tokenCombo"));
    m_tokenCombo->setAccessibleName(tr("Token"));
    m_tokenCombo->setAccessibleDescription(
        tr("The stored token to authenticate with; its secret is read from the keychain only when sending"));
    m_tokenCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_tokenCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tokenCombo->setMinimumContentsLength(8);
    layout->addWidget(m_envCombo);
    layout->addWidget(m_tokenCombo, 1);
    setFocusProxy(m_envCombo);

    connect(m_envCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (m_filling)
            return;
        reloadTokens(QString());
        emit changed();
    });
    connect(m_tokenCombo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_filling)
            emit changed();
    });
    auto refresh = [this]() {
        const QString keep = tokenId();
        reloadEnvironments();
        reloadTokens(keep);
        emit changed();
    };
    connect(m_vault, &TokenVault::inserted, this, refresh);
    connect(m_vault, &TokenVault::removed, this, refresh);
    connect(m_vault, &TokenVault::changed, this, refresh);
    connect(m_vault, &TokenVault::reset, this, refresh);
    connect(m_vault, &TokenVault::defaultsChanged, this, refresh);
    reloadEnvironments();
    reloadTokens(QString());
}

QString TokenChooser::environment() const
{
    return m_envCombo->currentData().toString();
}

void TokenChooser::setEnvironment(const QString& environment)
{
    const QString label = TokenVault::normalizeEnvironment(environment);
    if (label.isEmpty() || label == this->environment())
        return;
    int i = m_envCombo->findData(label);
    if (i < 0) {
        m_envCombo->addItem(env::displayName(label), label);
        i = m_envCombo->count() - 1;
    }
    m_envCombo->setCurrentIndex(i); // reloads the tokens and emits changed()
}

QString TokenChooser::tokenId() const
{
    return m_tokenCombo->currentData().toString();
}

QString TokenChooser::tokenName() const
{
    const auto rec = m_vault->record(tokenId());
    return rec ? rec->name : QString();
}

QString TokenChooser::maskedToken() const
{
    const auto rec = m_vault->record(tokenId());
    if (!rec)
        return QString();
    return maskToken((rec->legacyShape ? QString() : QStringLiteral("r8_")) + QStringLiteral("xxxx") +
                     rec->hint);
}

bool TokenChooser::selectTokenByName(const QString& name)
{
    const auto rec = m_vault->findByName(name);
    return rec && selectTokenId(rec->id);
}

bool TokenChooser::selectTokenId(const QString& id)
{
    const auto rec = m_vault->record(id);
    if (!rec)
        return false;
    setEnvironment(rec->environment);
    const int i = m_tokenCombo->findData(id);
    if (i < 0)
        return false;
    m_tokenCombo->setCurrentIndex(i);
    return true;
}

void TokenChooser::reloadEnvironments()
{
    const QString current = environment();
    m_filling = true;
    m_envCombo->clear();
    QStringList labels = m_vault->environments();
    if (!current.isEmpty() && !labels.contains(current))
        labels << current;
    for (const QString& label : labels)
        m_envCombo->addItem(env::displayName(label), label);
    int i = m_envCombo->findData(current);
    if (i < 0) {
        // First time: the first environment that has a token, well-known ones first.
        for (int k = 0; k < m_envCombo->count() && i < 0; ++k) {
            const QString label = m_envCombo->itemData(k).toString();
            for (const TokenRecord& r : m_vault->records()) {
                if (r.environment == label) {
                    i = k;
                    break;
                }
            }
        }
    }
    m_envCombo->setCurrentIndex(std::max(0, i));
    m_filling = false;
}

void TokenChooser::reloadTokens(const QString& keepId)
{
    const QString label = environment();
    const QString defaultId = m_vault->defaultFor(label);
    m_filling = true;
    m_tokenCombo->clear();
    for (const TokenRecord& r : m_vault->records()) {
        if (r.environment != label)
            continue;
        const QString text = r.id == defaultId ? tr("%1 (default)").arg(r.name) : r.name;
        m_tokenCombo->addItem(text, r.id);
        m_tokenCombo->setItemData(m_tokenCombo->count() - 1,
                                  tr("%1 — %2, ending in %3").arg(r.name, tokenStatusText(r.status), r.hint),
                                  Qt::ToolTipRole);
    }
    if (m_tokenCombo->count() == 0) {
        m_tokenCombo->addItem(tr("No token for %1 — add one on the Tokens page").arg(env::displayName(label)),
                              QString());
        m_tokenCombo->setEnabled(false);
    } else {
        m_tokenCombo->setEnabled(true);
        int i = m_tokenCombo->findData(keepId);
        if (i < 0)
            i = m_tokenCombo->findData(defaultId);
        m_tokenCombo->setCurrentIndex(std::max(0, i));
    }
    m_filling = false;
}

} // namespace r8::ui
