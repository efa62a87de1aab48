#include "ui/tokens/ImportEnvDialog.h"
#include "ui/common/TableStyle.h"

#include "ui_ImportEnvDialog.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>

namespace r8::ui {

ImportEnvDialog::ImportEnvDialog(r8::TokenVault* vault, const r8::EnvScan& scan, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ImportEnvDialog), m_vault(vault), m_findings(scan.findings),
      m_model(new QStandardItemModel(this)), m_importer(new EnvImporter(vault, this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels(
        {tr("Import"), tr("Found in"), tr("Token"), tr("Name"), tr("Environment")});
    QStringList taken;
    for (const EnvFinding& f : std::as_const(m_findings)) {
        auto* check = new QStandardItem;
        const bool usable = f.verdict != TokenInput::Verdict::Refused;
        check->setCheckable(usable);
        check->setCheckState(usable ? Qt::Checked : Qt::Unchecked);
        check->setEditable(false);
        check->setData(usable ? tr("import") : tr("cannot import"), Qt::AccessibleTextRole);
        auto* loc =
            new QStandardItem(QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(f.path)).arg(f.line));
        loc->setEditable(false);
        loc->setToolTip(loc->text());
        auto* tok = new QStandardItem(f.masked);
        tok->setEditable(false);
        if (!f.warning.isEmpty())
            tok->setToolTip(f.warning);
        QString name = vault->uniqueName(f.suggestedName);
        for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
            name = vault->uniqueName(QStringLiteral("%1 (%2)").arg(f.suggestedName).arg(n));
        taken.append(name);
        auto* nameItem = new QStandardItem(name);
        auto* envItem = new QStandardItem(f.suggestedEnvironment);
        m_model->appendRow({check, loc, tok, nameItem, envItem});
    }
    m_ui->table->setModel(m_model);
    applyTableStyle(m_ui->table);
    m_ui->table->horizontalHeader()->setSectionResizeMode(Location, QHeaderView::Stretch);
    m_ui->table->resizeColumnsToContents();
    m_ui->table->horizontalHeader()->setSectionResizeMode(Location, QHeaderView::Stretch);
    QStringList notes = scan.errors;
    if (m_findings.isEmpty())
        notes.prepend(tr("No REPLICATE_API_TOKEN assignment was found in the chosen files."));
    m_ui->messageLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_findings.isEmpty());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ImportEnvDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportEnvDialog::reject);
    connect(m_importer, &EnvImporter::finished, this, [this](const QList<EnvImporter::ItemResult>& results) {
        m_results = results;
        m_done = true;
        QStringList lines;
        int ok = 0;
        for (const auto& r : results) {
            const QString where = QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(r.path)).arg(r.line);
            if (r.stored) {
                ++ok;
                QString line = r.alreadyStored
                                   ? tr("%1 — already in the keychain as “%2”").arg(where, r.storedAs)
                                   : tr("%1 — stored as “%2”").arg(where, r.storedAs);
                if (r.rewritten)
                    line += tr("; the line was replaced by a comment");
                else if (!r.message.isEmpty())
                    line += QStringLiteral(" — ") + r.message;
                lines << line;
            } else {
                lines << tr("%1 — not imported: %2").arg(where, r.message);
            }
        }
        m_ui->messageLabel->setText((ok == 1 ? tr("1 token imported.") : tr("%1 tokens imported.").arg(ok)) +
                                    QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        m_ui->buttons->setStandardButtons(QDialogButtonBox::Close);
        m_ui->buttons->setEnabled(true);
        connect(m_ui->buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this,
                &QDialog::reject);
        emit importFinished();
    });
}

ImportEnvDialog::~ImportEnvDialog() = default;

void ImportEnvDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    QList<EnvImporter::Item> items;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, Import)->checkState() != Qt::Checked)
            continue;
        EnvImporter::Item it;
        it.finding = m_findings.at(row);
        it.name = m_model->item(row, Name)->text().trimmed();
        it.environment = m_model->item(row, Environment)->text().trimmed();
        it.rewriteFile = m_ui->rewriteCheck->isChecked();
        items.append(it);
    }
    if (items.isEmpty()) {
        m_ui->messageLabel->setText(tr("Check at least one token to import."));
        return;
    }
    m_ui->buttons->setEnabled(false);
    m_ui->table->setEnabled(false);
    m_ui->messageLabel->setText(tr("Importing…"));
    m_importer->run(items);
}

} // namespace r8::ui
