#pragma once
#include "app/scan/Finding.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace r8 {
class TokenVault;
}

namespace r8::ui {

// The leak check's findings: where, what kind, the masked token, which stored token it is.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Where,
        Kind,
        Token,
        Stored,
        Live,
        ColumnCount
    };
    explicit FindingsModel(r8::TokenVault* vault, QObject* parent = nullptr);

    void clear();
    void append(const scan::Finding& f);
    void update(int row, const scan::Finding& f);
    void remove(int row);
    const QList<scan::Finding>& findings() const { return m_findings; }
    scan::Finding at(int row) const { return m_findings.value(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPointer<r8::TokenVault> m_vault;
    QList<scan::Finding> m_findings;
};

} // namespace r8::ui
