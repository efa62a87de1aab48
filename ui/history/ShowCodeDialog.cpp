#include "ui/history/ShowCodeDialog.h"

#include "ui/history/CopyAsMenu.h"
#include "ui_ShowCodeDialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

namespace r8::ui {

using composer::CodeFormat;

ShowCodeDialog::ShowCodeDialog(const ComposerSnapshot& snapshot, CodeFormat format, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ShowCodeDialog), m_snapshot(snapshot)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("showCodeDialog"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace); // where the fixed font is only a name, still a monospace one
    m_ui->codeView->setFont(mono);
    for (CodeFormat f : composer::allCodeFormats())
        m_ui->formatCombo->addItem(composer::codeFormatName(f), int(f));
    QPushButton* copyButton = m_ui->buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    copyButton->setAccessibleName(tr("Copy the code"));
    copyButton->setAccessibleDescription(tr("Put the code shown on the clipboard"));
    copyButton->setDefault(true);
    copyButton->setAutoDefault(true);
    if (QPushButton* close = m_ui->buttons->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
    connect(copyButton, &QPushButton::clicked, this, &ShowCodeDialog::copy);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ShowCodeDialog::regenerate);
    setFormat(format);
    regenerate();
    m_ui->formatCombo->setFocus();
}

ShowCodeDialog::~ShowCodeDialog() = default;

CodeFormat ShowCodeDialog::format() const
{
    return CodeFormat(m_ui->formatCombo->currentData().toInt());
}

void ShowCodeDialog::setFormat(CodeFormat format)
{
    const int i = m_ui->formatCombo->findData(int(format));
    if (i >= 0)
        m_ui->formatCombo->setCurrentIndex(i);
}

QString ShowCodeDialog::code() const
{
    return m_ui->codeView->toPlainText();
}

void ShowCodeDialog::regenerate()
{
    const CodeFormat f = format();
    m_ui->codeView->setPlainText(composer::generateCode(f, m_snapshot.request, m_snapshot.options));
    m_ui->copiedLabel->clear();
    const composer::ExportOptions& o = m_snapshot.options;
    const QString exec =
        o.tokenName.isEmpty()
            ? QStringLiteral("r8 exec --env %1 -- …")
                  .arg(o.environment.isEmpty() ? QStringLiteral("development") : o.environment)
            : QStringLiteral("r8 exec --token %1 -- …").arg(composer::shellQuote(o.tokenName));
    switch (f) {
    case CodeFormat::R8Exec:
        m_ui->noteLabel->setText(
            tr("Paste this line in a terminal: r8 reads the token from the keychain and hands "
               "it to curl for this command only. The line itself holds no secret."));
        break;
    case CodeFormat::HttpFile:
        m_ui->noteLabel->setText(
            tr("For VS Code's REST Client or JetBrains' HTTP Client. The token comes from "
               "REPLICATE_API_TOKEN in a .env file beside it — keep that file out of git."));
        break;
    default:
        m_ui->noteLabel->setText(
            tr("The code reads the token from the REPLICATE_API_TOKEN environment variable and "
               "never contains it. Run it with the token set for that command only: %1")
                .arg(exec));
        break;
    }
}

void ShowCodeDialog::copy()
{
    QGuiApplication::clipboard()->setText(code());
    m_ui->copiedLabel->setText(tr("Copied."));
    emit copied(CopyAsMenu::copiedMessage(format(), m_snapshot.options));
}

} // namespace r8::ui
