#include "app/composer/HistoryModel.h"

#include "app/composer/HistoryStore.h"

#include <QLocale>

namespace r8::composer {

HistoryModel::HistoryModel(HistoryStore* store, QObject* parent) : QAbstractTableModel(parent), m_store(store)
{
    if (store)
        connect(store, &HistoryStore::changed, this, &HistoryModel::reload);
    reload();
}

void HistoryModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows = m_store ? m_store->search(m_filter, m_store->maxEntries()) : QList<HistoryEntry>();
    endResetModel();
}

HistoryEntry HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : HistoryEntry();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry& e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == EntryStatusRole)
        return e.finalStatus;
    if (role == Qt::ToolTipRole && !e.error.isEmpty())
        return e.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.sentAt.toLocalTime(), QLocale::ShortFormat);
    case Target:
        return e.target.isEmpty() ? e.url : e.target;
    case Status:
        if (!e.finalStatus.isEmpty())
            return e.finalStatus;
        return e.httpStatus ? QStringLiteral("HTTP %1").arg(e.httpStatus) : tr("not sent");
    case Prediction:
        return e.predictionId;
    case Duration:
        return e.totalMs > 0 ? tr("%1 ms").arg(e.totalMs) : QString();
    case Token:
        return e.tokenName;
    case Environment:
        return e.environment;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Target:
        return tr("Model");
    case Status:
        return tr("Status");
    case Prediction:
        return tr("Prediction");
    case Duration:
        return tr("Duration");
    case Token:
        return tr("Token");
    case Environment:
        return tr("Environment");
    default:
        return {};
    }
}

} // namespace r8::composer
