#pragma once
#include "app/composer/BodyText.h"

#include <QAbstractListModel>

namespace r8::ui {

// The rows of a formatted body (BodyText) as a flat list model, for a virtualised view: rows are
// decoded only when the view asks for them. Read-only.
class TextRowsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        LineNumberRole = Qt::UserRole + 1, // 1-based line of the row
        ContinuationRole,                  // bool: not the first row of its line
        InStringRole,                      // bool: starts inside a JSON string
    };

    explicit TextRowsModel(QObject* parent = nullptr);

    void setText(composer::FormattedText text); // resets the model
    void clear();
    const composer::FormattedText& formatted() const { return m_text; }
    bool isJson() const { return m_text.json; }
    quint32 lineCount() const { return m_text.lineCount; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    QString rowText(int row) const;
    // The text of rows first..last, pieces of one line joined, lines separated by "\n".
    QString text(int first, int last) const;
    QString text(const QList<int>& sortedRows) const;
    // The first row of a 1-based line (or -1).
    int rowOfLine(qint64 line) const;
    // The row holding byte `offset` of the text (or -1).
    int rowOfOffset(qint64 offset) const;

private:
    composer::FormattedText m_text;
};

} // namespace r8::ui
