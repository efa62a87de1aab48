#include "ui/history/PickRequestDialog.h"

#include "ui_PickRequestDialog.h"

#include <QPushButton>

namespace r8::ui {

PickRequestDialog::PickRequestDialog(const QString& intro, const QStringList& labels, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::PickRequestDialog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pickRequestDialog"));
    m_ui->introLabel->setText(intro);
    m_ui->list->addItems(labels);
    if (QPushButton* open = m_ui->buttons->button(QDialogButtonBox::Open)) {
        open->setText(tr("&Open in Composer"));
        open->setAccessibleName(tr("Open the chosen request in the composer"));
    }
    if (QPushButton* cancel = m_ui->buttons->button(QDialogButtonBox::Cancel))
        cancel->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_ui->list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QPushButton* open = m_ui->buttons->button(QDialogButtonBox::Open))
            open->setEnabled(row >= 0);
    });
    setChosenIndex(labels.isEmpty() ? -1 : 0);
    m_ui->list->setFocus();
}

PickRequestDialog::~PickRequestDialog() = default;

int PickRequestDialog::chosenIndex() const
{
    return m_ui->list->currentRow();
}

void PickRequestDialog::setChosenIndex(int index)
{
    m_ui->list->setCurrentRow(index);
}

} // namespace r8::ui
