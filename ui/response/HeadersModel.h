#pragma once
#include "app/api/ApiRequest.h"

#include <QAbstractTableModel>

namespace r8::ui {

// HTTP headers (name, value) as a table. Values are shown as the server sent them, redacted
// (r8::redact) in case one carries a token.
class HeadersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        ColumnCount
    };
    explicit HeadersModel(QObject* parent = nullptr);

    void setHeaders(const QList<api::Header>& headers);
    void clear() { setHeaders({}); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, QString>> m_rows;
};

} // namespace r8::ui
