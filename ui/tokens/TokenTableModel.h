#pragma once
#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

namespace r8 {
class TokenVault;
struct TokenRecord;
} // namespace r8

namespace r8::ui {

// The Tokens page's list: one row per vault record. Metadata only — never a secret.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Environment,
        Token,
        Account,
        Status,
        Added,
        Default,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        EnvironmentRole, // the raw label (development, …, or custom)
        StatusRole,      // int(r8::TokenStatus)
        IsDefaultRole,   // bool
    };

    explicit TokenTableModel(r8::TokenVault* vault, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString idAt(int row) const;
    // Tokens older than this (since added or last rotated) are marked "due for rotation".
    void setRotationAgeDays(int days);
    // Tokens the leak check found exposed somewhere on this machine: marked in the Status column.
    void setExposed(const QSet<QString>& recordIds);
    bool isExposed(const QString& id) const { return m_exposed.contains(id); }
    int rotationAgeDays() const { return m_rotationAgeDays; }
    // One translated sentence about what the API last said, for the details panel.
    static QString statusSentence(const r8::TokenRecord& record, const QDateTime& now);
    int rowOf(const QString& id) const;

private:
    QPointer<r8::TokenVault> m_vault;
    int m_rotationAgeDays = 90;
    QSet<QString> m_exposed;
};

} // namespace r8::ui
