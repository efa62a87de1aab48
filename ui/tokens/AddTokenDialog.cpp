#include "ui/tokens/AddTokenDialog.h"

#include "app/vault/TokenInput.h"
#include "app/vault/TokenVault.h"
#include "ui_AddTokenDialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace r8::ui {

AddTokenDialog::AddTokenDialog(r8::TokenVault* vault, const QString& environment, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::AddTokenDialog), m_vault(vault)
{
    m_ui->setupUi(this);
    m_ui->envCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->envCombo->lineEdit()->setAccessibleName(tr("Environment label"));
    for (const QString& label : vault->environments())
        m_ui->envCombo->addItem(env::displayName(label), label);
    const int at = m_ui->envCombo->findData(environment.isEmpty() ? env::Development : environment);
    m_ui->envCombo->setCurrentIndex(at >= 0 ? at : 0);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Store in keychain"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AddTokenDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AddTokenDialog::reject);
    connect(m_ui->showCheck, &QCheckBox::toggled, this,
            [this](bool on) { m_ui->tokenEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &AddTokenDialog::revalidate);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, &AddTokenDialog::revalidate);
    revalidate();
}

AddTokenDialog::~AddTokenDialog()
{
    // Do not leave the secret in the widget's memory longer than needed.
    m_ui->tokenEdit->clear();
}

void AddTokenDialog::showMessage(const QString& text, bool isError)
{
    m_ui->messageLabel->setText(text);
    QPalette pal = m_ui->messageLabel->palette();
    pal.setColor(QPalette::WindowText,
                 isError ? QColor(0xC6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_ui->messageLabel->setPalette(pal);
}

void AddTokenDialog::revalidate()
{
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    const QString raw = m_ui->tokenEdit->text();
    const QString nameError = m_vault->checkName(m_ui->nameEdit->text());
    if (raw.isEmpty()) {
        showMessage(QString(), false);
        ok->setEnabled(false);
        return;
    }
    const TokenInput in = cleanTokenInput(raw);
    if (!in.accepted()) {
        showMessage(in.message, true);
        ok->setEnabled(false);
        return;
    }
    if (!m_ui->nameEdit->text().trimmed().isEmpty() && !nameError.isEmpty()) {
        showMessage(nameError, true);
        ok->setEnabled(false);
        return;
    }
    if (in.verdict == TokenInput::Verdict::LegacyShape)
        showMessage(in.message, false);
    else
        showMessage(tr("Looks like a Replicate token (ends in %1).").arg(in.token.right(4)), false);
    ok->setEnabled(nameError.isEmpty() && !m_busy);
}

void AddTokenDialog::accept()
{
    if (m_busy)
        return;
    m_busy = true;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showMessage(tr("Storing in the keychain…"), false);
    TokenVault::AddRequest req;
    req.name = m_ui->nameEdit->text();
    const int idx = m_ui->envCombo->currentIndex();
    const QString text = m_ui->envCombo->currentText().trimmed();
    const QString data = idx >= 0 && m_ui->envCombo->itemText(idx) == text
                             ? m_ui->envCombo->itemData(idx).toString()
                             : QString();
    req.environment = data.isEmpty() ? text : data;
    req.note = m_ui->noteEdit->text();
    req.rawInput = m_ui->tokenEdit->text();
    m_vault->add(req, this, [this](const TokenVault::AddResult& r) {
        m_busy = false;
        if (!r.ok) {
            showMessage(r.error, true);
            revalidate();
            showMessage(r.error, true);
            return;
        }
        m_addedId = r.id;
        m_warning = r.warning;
        m_ui->tokenEdit->clear();
        QDialog::accept();
    });
}

} // namespace r8::ui
