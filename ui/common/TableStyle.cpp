#include "ui/common/TableStyle.h"

#include <QHeaderView>
#include <QTableView>

namespace r8::ui {

void applyTableStyle(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->verticalHeader()->hide();
    const QFontMetrics fm(table->font());
    table->verticalHeader()->setDefaultSectionSize(fm.height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setMinimumSectionSize(4 * fm.averageCharWidth());
}

} // namespace r8::ui
