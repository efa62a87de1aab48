#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace r8::composer {

// One display row of a body: a line, or a piece of a long line (rows are at most rowBytesLimit bytes
// long so that a 20 MB one-line body never reaches a text layout whole).
struct TextRow
{
    enum Flag : quint8
    {
        Continuation = 1, // not the first row of its line
        InString = 2,     // starts inside a JSON string (a long string split across rows)
    };
    quint32 start = 0;  // byte offset in FormattedText::text
    quint32 line = 0;   // 0-based line number
    quint16 length = 0; // bytes, without the line break
    quint8 flags = 0;
};

// A body ready for a virtualised view: UTF-8 text and its rows. Built off the GUI thread.
struct FormattedText
{
    QByteArray text;
    QVector<TextRow> rows;
    int maxRowBytes = 0; // the longest row, in bytes (for the view's width)
    quint32 lineCount = 0;
    bool json = false; // `text` is pretty-printed JSON (highlight it)
    bool canceled = false;
    QString error;        // prettyJson: why the body is not JSON (translated; says where)
    qint64 errorLine = 0; // 1-based line and column (in bytes) of the error in the body
    qint64 errorColumn = 0;
    qint64 errorOffset = -1;
};

constexpr int rowBytesLimit = 1000;

// Pretty-prints JSON (two-space indent) keeping the key order and the number literals as they are.
// A strict parser: on anything that is not one complete JSON value, `text` stays empty and `error`
// says what and where. `cancel` (may be null) is checked as it goes. Pure, thread-safe.
FormattedText prettyJson(const QByteArray& body, const std::atomic<bool>* cancel = nullptr);

// `text` cut into rows at line breaks (\n, \r\n) and every rowBytesLimit bytes (never inside a UTF-8
// sequence). With `json`, rows that start inside a string are flagged InString. Pure, thread-safe.
FormattedText textRows(const QByteArray& text, bool json, const std::atomic<bool>* cancel = nullptr);

// `body` with every r8_ token (r8_ + 37 or more of [A-Za-z0-9_-]) and each of `knownSecrets`
// replaced by their masks (r8::maskToken). Pure, thread-safe.
QByteArray maskSecrets(const QByteArray& body, const QStringList& knownSecrets);

// "1.2 MB", "512 bytes". Translated.
QString byteSizeText(qint64 bytes);

} // namespace r8::composer
