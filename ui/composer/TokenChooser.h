#pragma once
#include <QWidget>

class QComboBox;

namespace r8 {
class TokenVault;
}

namespace r8::ui {

// The composer's "which token" row: an environment and a token of it, chosen by NAME. Changing the
// environment picks its default token. Follows the vault (tokens added, renamed, removed, defaults).
// Never reads a secret: the masked form comes from the stored hint.
class TokenChooser : public QWidget
{
    Q_OBJECT
public:
    explicit TokenChooser(r8::TokenVault* vault, QWidget* parent = nullptr);

    QString environment() const;
    // Unknown labels are added to the list (custom environments without tokens yet).
    void setEnvironment(const QString& environment);
    QString tokenId() const; // empty when the environment has no token
    QString tokenName() const;
    QString maskedToken() const; // "r8_••••…Ab12" from the hint; empty without a token
    // Selects the token named `name` (case-insensitive), switching to its environment. False if none.
    bool selectTokenByName(const QString& name);
    bool selectTokenId(const QString& id);

    QComboBox* environmentCombo() const { return m_envCombo; }

signals:
    void changed();

private:
    void reloadEnvironments();
    void reloadTokens(const QString& keepId);

    r8::TokenVault* m_vault;
    QComboBox* m_envCombo;
    QComboBox* m_tokenCombo;
    bool m_filling = false;
};

} // namespace r8::ui
