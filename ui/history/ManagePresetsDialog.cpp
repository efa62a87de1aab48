#include "ui/history/ManagePresetsDialog.h"

#include "app/composer/PresetStore.h"
#include "ui/history/PresetsMenu.h"
#include "ui_ManagePresetsDialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>

namespace r8::ui {

ManagePresetsDialog::ManagePresetsDialog(PresetsMenu* menu, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::ManagePresetsDialog), m_menu(menu)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("managePresetsDialog"));
    m_ui->list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    if (QPushButton* close = m_ui->buttons->button(QDialogButtonBox::Close))
        close->setAccessibleName(tr("Close"));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->list, &QTreeWidget::currentItemChanged, this, &ManagePresetsDialog::updateButtons);
    connect(m_ui->list, &QTreeWidget::itemActivated, m_ui->loadButton, &QPushButton::click);
    connect(m_ui->loadButton, &QPushButton::clicked, this, [this]() {
        const QString name = selectedName();
        if (!name.isEmpty() && m_menu->loadPreset(name))
            accept();
    });
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this]() {
        const QString name = selectedName();
        const QStringList before = names();
        if (name.isEmpty() || !m_menu->renamePreset(name))
            return;
        refresh();
        for (const QString& n : names()) {
            if (!before.contains(n))
                select(n); // the new name
        }
    });
    auto remove = [this]() {
        const QString name = selectedName();
        if (name.isEmpty())
            return;
        const int row = m_ui->list->indexOfTopLevelItem(m_ui->list->currentItem());
        if (m_menu->deletePreset(name)) {
            refresh();
            if (m_ui->list->topLevelItemCount() > 0)
                m_ui->list->setCurrentItem(
                    m_ui->list->topLevelItem(std::min(row, m_ui->list->topLevelItemCount() - 1)));
        }
    };
    connect(m_ui->deleteButton, &QPushButton::clicked, this, remove);
    auto* del = new QShortcut(QKeySequence::Delete, m_ui->list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, remove);
    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), m_ui->list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(f2, &QShortcut::activated, m_ui->renameButton, &QPushButton::click);
    refresh();
    m_ui->list->setFocus();
}

ManagePresetsDialog::~ManagePresetsDialog() = default;

void ManagePresetsDialog::refresh()
{
    const QString keep = selectedName();
    m_ui->list->clear();
    QList<composer::Preset> presets = m_menu->store()->presets();
    std::sort(presets.begin(), presets.end(), [](const composer::Preset& a, const composer::Preset& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const composer::Preset& p : presets) {
        QStringList keys = p.request.input.keys();
        auto* item =
            new QTreeWidgetItem(m_ui->list, {p.name, p.request.target.text(),
                                             keys.isEmpty() ? tr("none") : keys.join(QStringLiteral(", "))});
        item->setToolTip(1, p.request.target.text());
        item->setToolTip(2, item->text(2));
    }
    if (!keep.isEmpty())
        select(keep);
    if (!m_ui->list->currentItem() && m_ui->list->topLevelItemCount() > 0)
        m_ui->list->setCurrentItem(m_ui->list->topLevelItem(0));
    if (presets.isEmpty())
        m_ui->introLabel->setText(
            tr("No presets yet. Use “Save as preset…” in the composer to keep a model and its "
               "inputs for later. Presets never hold a token."));
    updateButtons();
}

QStringList ManagePresetsDialog::names() const
{
    QStringList out;
    for (int i = 0; i < m_ui->list->topLevelItemCount(); ++i)
        out << m_ui->list->topLevelItem(i)->text(0);
    return out;
}

void ManagePresetsDialog::select(const QString& name)
{
    for (int i = 0; i < m_ui->list->topLevelItemCount(); ++i) {
        if (m_ui->list->topLevelItem(i)->text(0) == name)
            m_ui->list->setCurrentItem(m_ui->list->topLevelItem(i));
    }
}

QString ManagePresetsDialog::selectedName() const
{
    const QTreeWidgetItem* item = m_ui->list->currentItem();
    return item ? item->text(0) : QString();
}

void ManagePresetsDialog::updateButtons()
{
    const bool has = m_ui->list->currentItem() != nullptr;
    m_ui->loadButton->setEnabled(has);
    m_ui->renameButton->setEnabled(has);
    m_ui->deleteButton->setEnabled(has);
}

} // namespace r8::ui
