#include "ui/response/HeadersModel.h"

#include "app/core/Redact.h"

namespace r8::ui {

HeadersModel::HeadersModel(QObject* parent) : QAbstractTableModel(parent) {}

void HeadersModel::setHeaders(const QList<api::Header>& headers)
{
    beginResetModel();
    m_rows.clear();
    for (const api::Header& h : headers)
        m_rows.append({QString::fromLatin1(h.first), redact(QString::fromUtf8(h.second))});
    endResetModel();
}

int HeadersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeadersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeadersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        const auto& row = m_rows.at(index.row());
        return index.column() == NameColumn ? row.first : row.second;
    }
    return {};
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Header") : tr("Value");
}

} // namespace r8::ui
