#pragma once
#include "app/composer/HistoryEntry.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace r8::composer {

class HistoryStore;

// The history list for a view (core, no widgets): newest first, filtered by search text; reloads
// when the store changes. entryAt(row) gives the row (without its body: HistoryStore::get(id) has it).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Target,
        Status,
        Prediction,
        Duration,
        Token,
        Environment,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EntryStatusRole
    };

    explicit HistoryModel(HistoryStore* store, QObject* parent = nullptr);

    void setFilter(const QString& text);
    QString filter() const { return m_filter; }
    void reload();
    HistoryEntry entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<HistoryStore> m_store;
    QString m_filter;
    QList<HistoryEntry> m_rows;
};

} // namespace r8::composer
