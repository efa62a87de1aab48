#pragma once
#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AddTokenDialog;
}
namespace r8 {
class TokenVault;
}

namespace r8::ui {

// Add a token: name, environment, the secret (checked as it is typed), an optional note.
// On OK it stores through the vault and stays open with the reason if that fails.
class AddTokenDialog : public QDialog
{
    Q_OBJECT
public:
    AddTokenDialog(r8::TokenVault* vault, const QString& environment, QWidget* parent = nullptr);
    ~AddTokenDialog() override;

    QString addedId() const { return m_addedId; }
    QString warning() const { return m_warning; }
    void accept() override;

private:
    void revalidate();
    void showMessage(const QString& text, bool isError);

    const QScopedPointer<Ui::AddTokenDialog> m_ui;
    r8::TokenVault* m_vault;
    QString m_addedId;
    QString m_warning;
    bool m_busy = false;
};

} // namespace r8::ui
