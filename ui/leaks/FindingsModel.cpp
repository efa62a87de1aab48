#include "ui/leaks/FindingsModel.h"

#include "app/vault/TokenVault.h"

#include <QColor>

namespace r8::ui {

FindingsModel::FindingsModel(r8::TokenVault* vault, QObject* parent)
    : QAbstractTableModel(parent), m_vault(vault)
{}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    endResetModel();
}

void FindingsModel::append(const scan::Finding& f)
{
    const int row = int(m_findings.size());
    beginInsertRows({}, row, row);
    m_findings.append(f);
    endInsertRows();
}

void FindingsModel::update(int row, const scan::Finding& f)
{
    if (row < 0 || row >= m_findings.size())
        return;
    m_findings[row] = f;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FindingsModel::remove(int row)
{
    if (row < 0 || row >= m_findings.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_findings.removeAt(row);
    endRemoveRows();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const scan::Finding& f = m_findings.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Where:
            return f.location();
        case Kind: {
            QString k = scan::kindText(f);
            if (f.gitIgnored)
                k += tr(" (git-ignored)");
            return k;
        }
        case Token:
            return f.masked;
        case Stored: {
            if (!f.isKnownToken() || !m_vault)
                return tr("not stored here");
            const auto rec = m_vault->record(f.recordId);
            return rec ? rec->name : tr("not stored here");
        }
        case Live:
            return scan::liveText(f.live);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Live && !f.liveDetail.isEmpty())
        return f.liveDetail;
    if (role == Qt::ForegroundRole && index.column() == Live && f.live == scan::Finding::Live::Live)
        return QColor(0xE5, 0x39, 0x35);
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Where:
        return tr("Where");
    case Kind:
        return tr("Kind");
    case Token:
        return tr("Token");
    case Stored:
        return tr("Stored token");
    case Live:
        return tr("Live?");
    }
    return {};
}

} // namespace r8::ui
