#pragma once
#include "app/composer/OutputItems.h"

#include <QSortFilterProxyModel>

namespace r8::ui {

// The rows of an OutputItemsModel of one kind (the image grid, the file list).
class OutputKindFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    OutputKindFilter(composer::OutputItem::Kind kind, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    composer::OutputItem::Kind m_kind;
};

} // namespace r8::ui
