#include "ui/composer/JsonTextEdit.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextBlock>

#include <algorithm>

namespace r8::ui {

namespace {
QString scalarText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

void writeValue(QString& out, const QJsonValue& v, int indent, const QStringList& order = {});

void writeObject(QString& out, const QJsonObject& o, int indent, const QStringList& order)
{
    if (o.isEmpty()) {
        out += QStringLiteral("{}");
        return;
    }
    QStringList keys;
    for (const QString& k : order) {
        if (o.contains(k) && !keys.contains(k))
            keys << k;
    }
    QStringList rest = o.keys(); // sorted
    for (const QString& k : std::as_const(rest)) {
        if (!keys.contains(k))
            keys << k;
    }
    const QString pad(indent + 2, QLatin1Char(' '));
    out += QStringLiteral("{\n");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += pad + scalarText(keys.at(i)) + QStringLiteral(": ");
        writeValue(out, o.value(keys.at(i)), indent + 2);
        out += i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    out += QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
}

void writeValue(QString& out, const QJsonValue& v, int indent, const QStringList& order)
{
    if (v.isObject()) {
        writeObject(out, v.toObject(), indent, order);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        const QString compact = scalarText(a);
        // Short arrays of scalars stay on one line: ["a", "b"].
        const bool flat =
            std::none_of(a.begin(), a.end(), [](const QJsonValue& x) { return x.isObject() || x.isArray(); });
        if (a.isEmpty() || (flat && compact.size() <= 72)) {
            QStringList items;
            for (const QJsonValue& x : a)
                items << scalarText(x);
            out += QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
            return;
        }
        const QString pad(indent + 2, QLatin1Char(' '));
        out += QStringLiteral("[\n");
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += pad;
            writeValue(out, a.at(i), indent + 2);
            out += i + 1 < a.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
        }
        out += QString(indent, QLatin1Char(' ')) + QLatin1Char(']');
    } else {
        out += scalarText(v);
    }
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
// The two slips a person typing JSON makes most, said plainly and pointed at where the fix goes:
// a comma missing between two members or items (Qt says "unterminated object" at the next one), and
// a comma before a closing bracket.
void explainCommaProblem(const QString& text, JsonTextError* error)
{
    auto prevNonSpace = [&](qsizetype i) {
        while (i >= 0 && text.at(i).isSpace())
            --i;
        return i;
    };
    qsizetype at = std::min<qsizetype>(error->position, text.size());
    // Qt stops inside the next token (after its opening quote) or on it.
    qsizetype tokenStart = at;
    if (tokenStart > 0 && text.at(tokenStart - 1) == QLatin1Char('"'))
        --tokenStart;
    else
        tokenStart = std::max<qsizetype>(0, tokenStart);
    const qsizetype prev = prevNonSpace(tokenStart - 1);
    if (prev < 0)
        return;
    const QChar p = text.at(prev);
    const QChar next = tokenStart < text.size() ? text.at(tokenStart) : QChar();
    const bool valueEnded = p == QLatin1Char('"') || p.isDigit() || p == QLatin1Char('}') ||
                            p == QLatin1Char(']') || p == QLatin1Char('e') || p == QLatin1Char('l');
    const bool valueStarts = next == QLatin1Char('"') || next.isDigit() || next == QLatin1Char('{') ||
                             next == QLatin1Char('[') || next == QLatin1Char('-') ||
                             next == QLatin1Char('t') || next == QLatin1Char('f') || next == QLatin1Char('n');
    if (valueEnded && valueStarts && prev < tokenStart) {
        error->position = int(prev + 1);
        error->reason = QCoreApplication::translate("r8::ui::JsonTextEdit", "missing comma");
        return;
    }
    // "…, }" or "…, ]": the comma is the problem. (Qt stops on the bracket or just after it.)
    qsizetype close = -1;
    for (const qsizetype c : {at, at - 1}) {
        if (c >= 0 && c < text.size() && (text.at(c) == QLatin1Char('}') || text.at(c) == QLatin1Char(']'))) {
            close = c;
            break;
        }
    }
    const qsizetype beforeClose = close >= 0 ? prevNonSpace(close - 1) : -1;
    if (beforeClose >= 0 && text.at(beforeClose) == QLatin1Char(',')) {
        error->position = int(beforeClose);
        error->reason = QCoreApplication::translate("r8::ui::JsonTextEdit",
                                                    "a comma before “%1” (JSON allows none there)")
                            .arg(text.at(close));
    }
}
} // namespace

QString jsonBodyText(const QJsonObject& body, const QStringList& inputOrder)
{
    QStringList keys;
    for (const char* k : {"version", "input"}) {
        if (body.contains(QLatin1String(k)))
            keys << QLatin1String(k);
    }
    for (const QString& k : body.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    QString out = QStringLiteral("{\n");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        out += QStringLiteral("  ") + scalarText(keys.at(i)) + QStringLiteral(": ");
        writeValue(out, body.value(keys.at(i)), 2,
                   keys.at(i) == QLatin1String("input") ? inputOrder : QStringList());
        out += i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
    }
    if (keys.isEmpty())
        return QStringLiteral("{}\n");
    out += QStringLiteral("}\n");
    return out;
}

std::optional<QJsonObject> parseJsonObject(const QString& text, JsonTextError* error)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();
    if (pe.error == QJsonParseError::NoError) {
        // Valid JSON, but not an object: point at its first character.
        const qsizetype first =
            std::max<qsizetype>(0, text.indexOf(QRegularExpression(QStringLiteral("\\S"))));
        error->position = int(first);
        error->reason = QCoreApplication::translate("r8::ui::JsonTextEdit",
                                                    "the request body must be a JSON object ({ … })");
    } else {
        // The offset is in UTF-8 bytes; count the characters before it.
        const int byteOffset = std::clamp(pe.offset, 0, int(utf8.size()));
        error->position = int(QString::fromUtf8(utf8.left(byteOffset)).size());
        error->reason = pe.errorString();
        if (text.trimmed().isEmpty())
            error->reason = QCoreApplication::translate("r8::ui::JsonTextEdit", "the request body is empty");
        else
            explainCommaProblem(text, error);
    }
    const QString before = text.left(error->position);
    error->line = int(before.count(QLatin1Char('\n'))) + 1;
    error->column = int(error->position - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return std::nullopt;
}

// ---- highlighting ----------------------------------------------------------------------------

class JsonHighlighter : public QSyntaxHighlighter
{
public:
    explicit JsonHighlighter(QTextDocument* doc) : QSyntaxHighlighter(doc) {}

    void setPalette(const QPalette& pal)
    {
        const QColor text = pal.color(QPalette::Text), base = pal.color(QPalette::Base);
        const bool dark = base.lightness() < 128;
        // Hues that read on both light and dark bases, toned toward the text colour.
        m_key.setForeground(mix(dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0), text, 0.15));
        m_string.setForeground(mix(dark ? QColor(0x9f, 0xd8, 0x8f) : QColor(0x1f, 0x6f, 0x2a), text, 0.15));
        m_number.setForeground(mix(dark ? QColor(0xf2, 0xb8, 0x6c) : QColor(0x9a, 0x4b, 0x00), text, 0.15));
        m_literal.setForeground(mix(dark ? QColor(0xd4, 0xa6, 0xf2) : QColor(0x7b, 0x2d, 0x9e), text, 0.15));
        rehighlight();
    }

protected:
    void highlightBlock(const QString& line) override
    {
        static const QRegularExpression token(QStringLiteral(
            R"re(("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)re"));
        // Long lines (data: URIs) are left plain.
        if (line.size() > 4000)
            return;
        auto it = token.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.capturedLength(1) > 0)
                setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)),
                          m.capturedLength(2) > 0 ? m_key : m_string);
            else if (m.capturedLength(3) > 0)
                setFormat(int(m.capturedStart(3)), int(m.capturedLength(3)), m_number);
            else if (m.capturedLength(4) > 0)
                setFormat(int(m.capturedStart(4)), int(m.capturedLength(4)), m_literal);
        }
    }

private:
    QTextCharFormat m_key, m_string, m_number, m_literal;
};

namespace {
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(JsonTextEdit* editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    JsonTextEdit* m_editor;
};
} // namespace

// ---- JsonTextEdit ----------------------------------------------------------------------------

JsonTextEdit::JsonTextEdit(QWidget* parent) : QPlainTextEdit(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QStringLiteral("  ")));
    m_lineNumbers = new LineNumberArea(this);
    m_highlighter = new JsonHighlighter(document());
    m_highlighter->setPalette(palette());
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

int JsonTextEdit::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(2, digits);
}

void JsonTextEdit::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void JsonTextEdit::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setPalette(palette());
        updateExtraSelections();
    }
}

void JsonTextEdit::paintLineNumbers(QPaintEvent* event)
{
    QPainter p(m_lineNumbers);
    const QPalette pal = palette();
    p.fillRect(event->rect(), mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.05));
    const QColor number = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.45);
    const int errorBlock = m_errorPosition >= 0 ? document()->findBlock(m_errorPosition).blockNumber() : -1;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            QFont f = font();
            f.setBold(block.blockNumber() == errorBlock);
            p.setFont(f);
            p.setPen(block.blockNumber() == errorBlock ? pal.color(QPalette::Text) : number);
            p.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                       QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void JsonTextEdit::setErrorPosition(int position)
{
    if (m_errorPosition == position)
        return;
    m_errorPosition = position;
    updateExtraSelections();
    m_lineNumbers->update();
}

void JsonTextEdit::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> sels;
    if (m_errorPosition >= 0) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
        // The error's line, tinted.
        QTextEdit::ExtraSelection line;
        line.format.setBackground(mix(palette().color(QPalette::Base), red, 0.12));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(document());
        line.cursor.setPosition(std::min(m_errorPosition, std::max(0, document()->characterCount() - 1)));
        sels << line;
        // The character at the error (or the one before, at the end of the text), wavy-underlined.
        QTextEdit::ExtraSelection at;
        at.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        at.format.setUnderlineColor(red);
        at.cursor = QTextCursor(document());
        const int last = std::max(0, document()->characterCount() - 1);
        const int pos = std::clamp(m_errorPosition, 0, last);
        at.cursor.setPosition(pos > 0 && pos >= last ? pos - 1 : pos);
        at.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        sels << at;
    }
    setExtraSelections(sels);
}

void JsonTextEdit::goToPosition(int position)
{
    QTextCursor c(document());
    c.setPosition(std::clamp(position, 0, std::max(0, document()->characterCount() - 1)));
    setTextCursor(c);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

void JsonTextEdit::replaceAllText(const QString& text)
{
    QTextCursor c(document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.insertText(text);
    c.endEditBlock();
}

} // namespace r8::ui
