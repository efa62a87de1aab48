#include "ui/response/OutputKindFilter.h"

#include "ui/response/OutputItemsModel.h"

namespace r8::ui {

OutputKindFilter::OutputKindFilter(composer::OutputItem::Kind kind, QObject* parent)
    : QSortFilterProxyModel(parent), m_kind(kind)
{}

bool OutputKindFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(OutputItemsModel::KindRole).toInt() == int(m_kind);
}

} // namespace r8::ui
