#include "ui/tokens/RemoteTokensModel.h"

#include "app/core/TimeText.h"

#include <QColor>

namespace r8::ui {

void RemoteTokensModel::setTokens(const QList<api::tokens::RemoteToken>& tokens,
                                  const QHash<QString, QString>& storedNameById)
{
    beginResetModel();
    m_tokens = tokens;
    m_stored = storedNameById;
    endResetModel();
}

void RemoteTokensModel::updateToken(const api::tokens::RemoteToken& token)
{
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i).id == token.id) {
            m_tokens[i] = token;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

int RemoteTokensModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int RemoteTokensModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteTokensModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& t = m_tokens.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return t.current ? tr("%1 (used for this list)").arg(t.name) : t.name;
        case Hint:
            return QStringLiteral("••••…") + t.hint;
        case Stored:
            return m_stored.value(t.id,
                                  role == Qt::DisplayRole ? QStringLiteral("—") : tr("not stored here"));
        case Created:
            return relativeAge(t.createdAt, now);
        case LastUsed:
            return t.lastUsedAt.isValid() ? relativeAge(t.lastUsedAt, now) : tr("never");
        case State:
            if (!t.disabled())
                return tr("Active");
            if (t.disabledReason == QLatin1String("compromised"))
                return tr("Disabled: found leaked (%1)").arg(relativeAge(t.disabledAt, now));
            return tr("Disabled (%1)").arg(relativeAge(t.disabledAt, now));
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State && t.disabled())
        return QColor(0xE5, 0x39, 0x35);
    if (role == Qt::ToolTipRole && index.column() == State &&
        t.disabledReason == QLatin1String("compromised"))
        return tr("Replicate's leak scanning found this token in public and disabled it.");
    return {};
}

QVariant RemoteTokensModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name on the server");
    case Hint:
        return tr("Ends in");
    case Stored:
        return tr("Stored here as");
    case Created:
        return tr("Created");
    case LastUsed:
        return tr("Last used");
    case State:
        return tr("State");
    }
    return {};
}

} // namespace r8::ui
