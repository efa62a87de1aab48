#pragma once
#include <QStyledItemDelegate>

namespace r8::ui {

// Paints one row of a TextRowsModel: a line-number gutter and the text, JSON-highlighted when
// asked (colours from jsonColors() for the view's palette). Every row has the same size, so a
// view with uniform item sizes never measures more than one.
class TextRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TextRowDelegate(QObject* parent = nullptr);

    // The font and the widest row (bytes) and line count decide the uniform size and the gutter.
    void setMetrics(const QFont& font, int maxRowBytes, quint32 lineCount);
    void setHighlight(bool json) { m_json = json; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The spans of a JSON row: kind per span (for tests and painting). Kinds: 'k' key, 's' string,
    // 'n' number, 'w' true/false/null, 'p' punctuation/space.
    struct Span
    {
        int start;
        int length;
        char kind;
    };
    static QList<Span> lexJsonRow(const QString& row, bool startsInString);

private:
    QFont m_font;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_gutter = 40;
    int m_width = 400;
    bool m_json = false;
};

} // namespace r8::ui
