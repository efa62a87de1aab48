#include "ui/response/TextRowsModel.h"

#include <algorithm>

namespace r8::ui {

TextRowsModel::TextRowsModel(QObject* parent) : QAbstractListModel(parent) {}

void TextRowsModel::setText(composer::FormattedText text)
{
    beginResetModel();
    m_text = std::move(text);
    endResetModel();
}

void TextRowsModel::clear()
{
    setText(composer::FormattedText());
}

int TextRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_text.rows.size());
}

QString TextRowsModel::rowText(int row) const
{
    if (row < 0 || row >= m_text.rows.size())
        return {};
    const composer::TextRow& r = m_text.rows.at(row);
    return QString::fromUtf8(m_text.text.constData() + r.start, r.length);
}

QVariant TextRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_text.rows.size())
        return {};
    const composer::TextRow& r = m_text.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return rowText(index.row());
    case Qt::AccessibleTextRole:
        return rowText(index.row());
    case LineNumberRole:
        return qint64(r.line) + 1;
    case ContinuationRole:
        return bool(r.flags & composer::TextRow::Continuation);
    case InStringRole:
        return bool(r.flags & composer::TextRow::InString);
    default:
        return {};
    }
}

QString TextRowsModel::text(int first, int last) const
{
    QList<int> rows;
    for (int r = std::max(0, first); r <= last && r < m_text.rows.size(); ++r)
        rows.append(r);
    return text(rows);
}

QString TextRowsModel::text(const QList<int>& sortedRows) const
{
    QByteArray out;
    int previous = -2;
    for (int row : sortedRows) {
        if (row < 0 || row >= m_text.rows.size())
            continue;
        const composer::TextRow& r = m_text.rows.at(row);
        const bool joins = previous == row - 1 && (r.flags & composer::TextRow::Continuation);
        if (previous >= 0 && !joins)
            out += '\n';
        out.append(m_text.text.constData() + r.start, r.length);
        previous = row;
    }
    return QString::fromUtf8(out);
}

int TextRowsModel::rowOfOffset(qint64 offset) const
{
    if (offset < 0 || offset > m_text.text.size() || m_text.rows.isEmpty())
        return -1;
    const auto it = std::upper_bound(m_text.rows.cbegin(), m_text.rows.cend(), quint32(offset),
                                     [](quint32 o, const composer::TextRow& r) { return o < r.start; });
    return int(it - m_text.rows.cbegin()) - 1;
}

int TextRowsModel::rowOfLine(qint64 line) const
{
    if (line < 1 || m_text.rows.isEmpty())
        return -1;
    const auto it = std::lower_bound(m_text.rows.cbegin(), m_text.rows.cend(), quint32(line - 1),
                                     [](const composer::TextRow& r, quint32 l) { return r.line < l; });
    if (it == m_text.rows.cend() || it->line != quint32(line - 1))
        return -1;
    return int(it - m_text.rows.cbegin());
}

} // namespace r8::ui
