#include "ui/response/TextRowDelegate.h"

#include "ui/response/JsonColors.h"
#include "ui/response/TextRowsModel.h"

#include <QApplication>
#include <QPainter>

namespace r8::ui {

namespace {
constexpr int padding = 6;

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.') ||
           c == QLatin1Char('e') || c == QLatin1Char('E');
}

// Index just past the closing quote of a string whose content starts at `i` (or the row's end).
int stringEnd(const QString& row, int i)
{
    bool escaped = false;
    for (; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (escaped)
            escaped = false;
        else if (c == QLatin1Char('\\'))
            escaped = true;
        else if (c == QLatin1Char('"'))
            return i + 1;
    }
    return int(row.size());
}
} // namespace

TextRowDelegate::TextRowDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void TextRowDelegate::setMetrics(const QFont& font, int maxRowBytes, quint32 lineCount)
{
    m_font = font;
    const QFontMetrics fm(font);
    m_charWidth = std::max(1, fm.horizontalAdvance(QLatin1Char('0')));
    m_lineHeight = fm.height() + 2;
    const int digits = int(QString::number(std::max<quint32>(lineCount, 1)).size());
    m_gutter = (digits + 2) * m_charWidth;
    m_width = m_gutter + padding * 2 + (maxRowBytes + 1) * m_charWidth;
}

QSize TextRowDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return QSize(m_width, m_lineHeight);
}

QList<TextRowDelegate::Span> TextRowDelegate::lexJsonRow(const QString& row, bool startsInString)
{
    QList<Span> spans;
    int i = 0;
    const int n = int(row.size());
    if (startsInString) {
        const int e = stringEnd(row, 0);
        spans.append({0, e, 's'});
        i = e;
    }
    while (i < n) {
        const QChar c = row.at(i);
        if (c == QLatin1Char('"')) {
            const int e = stringEnd(row, i + 1);
            int j = e;
            while (j < n && row.at(j) == QLatin1Char(' '))
                ++j;
            const bool key = j < n && row.at(j) == QLatin1Char(':');
            spans.append({i, e - i, key ? 'k' : 's'});
            i = e;
        } else if (c.isDigit() || c == QLatin1Char('-')) {
            int e = i + 1;
            while (e < n && isNumberChar(row.at(e)))
                ++e;
            spans.append({i, e - i, 'n'});
            i = e;
        } else if (c.isLetter()) {
            int e = i + 1;
            while (e < n && row.at(e).isLetter())
                ++e;
            spans.append({i, e - i, 'w'});
            i = e;
        } else {
            int e = i + 1;
            while (e < n && row.at(e) != QLatin1Char('"') && !row.at(e).isLetterOrNumber() &&
                   row.at(e) != QLatin1Char('-'))
                ++e;
            spans.append({i, e - i, 'p'});
            i = e;
        }
    }
    return spans;
}

void TextRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(m_font);
    if (selected)
        painter->fillRect(option.rect, pal.brush(QPalette::Active, QPalette::Highlight));
    const JsonColors colors = jsonColors(pal);
    const QFontMetrics fm(m_font);
    const int baseline = option.rect.top() + (option.rect.height() - fm.height()) / 2 + fm.ascent();
    // Gutter: the line number on a line's first row, a continuation mark on the others.
    const bool continuation = index.data(TextRowsModel::ContinuationRole).toBool();
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : colors.gutter);
    const QString gutterText = continuation
                                   ? QStringLiteral("\u21AA")
                                   : QString::number(index.data(TextRowsModel::LineNumberRole).toLongLong());
    painter->drawText(
        QRect(option.rect.left(), option.rect.top(), m_gutter - m_charWidth, option.rect.height()),
        Qt::AlignRight | Qt::AlignVCenter, gutterText);
    const QString row = index.data(Qt::DisplayRole).toString();
    int x = option.rect.left() + m_gutter + padding;
    if (!m_json || selected) {
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(x, baseline, row);
        painter->restore();
        return;
    }
    const int right = option.rect.right();
    for (const Span& s : lexJsonRow(row, index.data(TextRowsModel::InStringRole).toBool())) {
        if (x > right)
            break;
        QColor color;
        switch (s.kind) {
        case 'k':
            color = colors.key;
            break;
        case 's':
            color = colors.string;
            break;
        case 'n':
            color = colors.number;
            break;
        case 'w':
            color = colors.keyword;
            break;
        default:
            color = colors.punctuation;
            break;
        }
        const QString piece = row.mid(s.start, s.length);
        painter->setPen(color);
        painter->drawText(x, baseline, piece);
        x += fm.horizontalAdvance(piece);
    }
    painter->restore();
}

} // namespace r8::ui
