#pragma once
#include "app/api/TokensApi.h"

#include <QAbstractTableModel>
#include <QHash>

namespace r8::ui {

// The account's tokens as the server lists them (GET /v1/tokens), with the name of the stored
// token each one matches (same last four characters, same account). Never holds a secret.
class RemoteTokensModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Hint,
        Stored,
        Created,
        LastUsed,
        State,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setTokens(const QList<api::tokens::RemoteToken>& tokens,
                   const QHash<QString, QString>& storedNameById);
    void updateToken(const api::tokens::RemoteToken& token);
    api::tokens::RemoteToken tokenAt(int row) const { return m_tokens.value(row); }
    QString storedNameAt(int row) const { return m_stored.value(m_tokens.value(row).id); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<api::tokens::RemoteToken> m_tokens;
    QHash<QString, QString> m_stored; // remote id -> stored token's name
};

} // namespace r8::ui
