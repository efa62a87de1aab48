#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QPlainTextEdit>
#include <QStringList>

#include <optional>

namespace r8::ui {

// The request body as text: 2-space indentation, top-level keys in request order (version, input,
// then the rest alphabetically), input keys in form order (`inputOrder`; keys it does not name
// follow alphabetically). Pure.
QString jsonBodyText(const QJsonObject& body, const QStringList& inputOrder);

// Where JSON text stops parsing: 1-based line and column (in characters) and Qt's reason.
struct JsonTextError
{
    int line = 0;
    int column = 0;
    int position = 0; // character offset into the text
    QString reason;   // translated by Qt ("missing comma" …)
};
// The object in `text`, or empty + *error (for non-objects: the reason says so, at line 1 column 1).
std::optional<QJsonObject> parseJsonObject(const QString& text, JsonTextError* error);

// A monospace JSON editor: line numbers, syntax colours that follow the palette, and the place
// of a parse error underlined.
class JsonTextEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit JsonTextEdit(QWidget* parent = nullptr);

    void setErrorPosition(int position); // -1: none
    int errorPosition() const { return m_errorPosition; }
    void goToPosition(int position); // cursor there, visible, focused
    // Replaces the whole text as one undoable edit (Ctrl+Z brings the previous text back).
    void replaceAllText(const QString& text);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateExtraSelections();

    QWidget* m_lineNumbers;
    class JsonHighlighter* m_highlighter;
    int m_errorPosition = -1;
};

} // namespace r8::ui
