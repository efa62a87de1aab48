#include "ui/tokens/TokenTableModel.h"

#include "app/core/Redact.h"
#include "app/core/TimeText.h"
#include "app/session/TokenHealthMonitor.h"
#include "app/vault/TokenVault.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace r8::ui {

TokenTableModel::TokenTableModel(r8::TokenVault* vault, QObject* parent)
    : QAbstractTableModel(parent), m_vault(vault)
{
    connect(vault, &TokenVault::aboutToInsert, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(vault, &TokenVault::inserted, this, [this](int) { endInsertRows(); });
    connect(vault, &TokenVault::aboutToRemove, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(vault, &TokenVault::removed, this, [this](int) { endRemoveRows(); });
    connect(vault, &TokenVault::changed, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(vault, &TokenVault::reset, this, [this]() {
        beginResetModel();
        endResetModel();
    });
    connect(vault, &TokenVault::defaultsChanged, this, [this]() {
        if (rowCount() > 0)
            emit dataChanged(index(0, Default), index(rowCount() - 1, Default));
    });
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_vault ? 0 : int(m_vault->records().size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::idAt(int row) const
{
    if (!m_vault || row < 0 || row >= rowCount())
        return {};
    return m_vault->records().at(row).id;
}

int TokenTableModel::rowOf(const QString& id) const
{
    return m_vault ? m_vault->indexOf(id) : -1;
}

namespace {
QString maskedFor(const TokenRecord& r)
{
    return maskToken((r.legacyShape ? QString() : QStringLiteral("r8_")) + QStringLiteral("xxxx") + r.hint);
}
} // namespace

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_vault)
        return {};
    const TokenRecord& r = m_vault->records().at(index.row());
    const bool isDefault = m_vault->isDefault(r.id);
    switch (role) {
    case IdRole:
        return r.id;
    case EnvironmentRole:
        return r.environment;
    case StatusRole:
        return int(r.status);
    case IsDefaultRole:
        return isDefault;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Environment:
            return env::displayName(r.environment);
        case Token:
            return maskedFor(r);
        case Account:
            return r.account.isEmpty() ? QStringLiteral("—") : r.account;
        case Status:
            return m_exposed.contains(r.id) ? tr("⚠ Exposed · %1").arg(tokenStatusText(r.status))
                                            : tokenStatusText(r.status);
        case Added: {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString age = tr("added %1").arg(relativeAge(r.addedAt, now));
            return session::TokenHealthMonitor::isDueForRotation(r, m_rotationAgeDays, now)
                       ? tr("%1 · rotate").arg(age)
                       : age;
        }
        case Default:
            return isDefault ? QStringLiteral("✓") : QString();
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Default)
            return isDefault ? tr("default token for %1").arg(env::displayName(r.environment))
                             : tr("not the default");
        if (index.column() == Token)
            return tr("token ending in %1").arg(r.hint);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return r.note.isEmpty() ? r.name : tr("%1\n%2").arg(r.name, r.note);
        case Token:
            return r.legacyShape ? tr("Older token shape (no r8_ prefix or not 40 characters)")
                                 : tr("Stored in the OS keychain; only the last four characters are shown");
        case Status:
            return m_exposed.contains(r.id) ? tr("The leak check found this token in a file or history on "
                                                 "this computer: rotate it.\n%1")
                                                  .arg(statusSentence(r, QDateTime::currentDateTimeUtc()))
                                            : statusSentence(r, QDateTime::currentDateTimeUtc());
        case Added:
            return session::TokenHealthMonitor::isDueForRotation(r, m_rotationAgeDays,
                                                                 QDateTime::currentDateTimeUtc())
                       ? tr("Added %1. Older than %2 days: time to rotate it (Token → Rotate token).")
                             .arg(QLocale().toString(r.addedAt.toLocalTime(), QLocale::LongFormat))
                             .arg(m_rotationAgeDays)
                       : QLocale().toString(r.addedAt.toLocalTime(), QLocale::LongFormat);
        case Default:
            return isDefault ? tr("Default token for the %1 environment").arg(env::displayName(r.environment))
                             : QVariant();
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status && (r.status == TokenStatus::StoppedWorking ||
                                         r.status == TokenStatus::Rejected || m_exposed.contains(r.id)))
            return QColor(0xE5, 0x39, 0x35); // readable on light and dark bases
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Default)
            return int(Qt::AlignCenter);
        break;
    }
    return {};
}

void TokenTableModel::setRotationAgeDays(int days)
{
    m_rotationAgeDays = qMax(1, days);
    if (rowCount() > 0)
        emit dataChanged(index(0, Added), index(rowCount() - 1, Added));
}

void TokenTableModel::setExposed(const QSet<QString>& recordIds)
{
    m_exposed = recordIds;
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, Status));
}

QString TokenTableModel::statusSentence(const TokenRecord& r, const QDateTime& now)
{
    const QString when = r.lastVerifiedAt.isValid() ? relativeAge(r.lastVerifiedAt, now) : QString();
    switch (r.status) {
    case TokenStatus::Valid:
        return tr("Valid — account %1, checked %2.")
            .arg(r.account.isEmpty() ? tr("(unknown)") : r.account, when);
    case TokenStatus::Rejected:
        return tr("Rejected by the server, checked %1: %2").arg(when, r.statusDetail);
    case TokenStatus::StoppedWorking:
        return tr("Stopped working — maybe disabled after a leak; rotate it. Checked %1; the server said: %2")
            .arg(when, r.statusDetail);
    case TokenStatus::Unreachable:
        return tr("The API could not be reached at the last check (%1): %2").arg(when, r.statusDetail);
    case TokenStatus::Unknown:
        break;
    }
    return tr("Not checked yet. Verify it to learn its account.");
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Environment:
        return tr("Environment");
    case Token:
        return tr("Token");
    case Account:
        return tr("Account");
    case Status:
        return tr("Status");
    case Added:
        return tr("Age");
    case Default:
        return tr("Default");
    }
    return {};
}

} // namespace r8::ui
