#pragma once
#include <QString>
#include <QUrl>

namespace r8::cli {

// Untrusted text (names, paths, server messages, model logs) made safe for a terminal: control
// characters (C0, DEL, C1), bidirectional overrides and line/paragraph separators are shown as
// escapes (\e, \n, \x07, \u{202E}) so that they can neither move the cursor, clear the screen nor
// forge a line of output. Pure; tested.
QString oneLine(const QString& text);
// The same, but line feeds and tabs are kept (logs, multi-line server messages, model output).
QString multiLine(const QString& text);

// A URL for display: its Unicode form, and when its host is internationalised (punycode) the ASCII
// form beside it, so that look-alike hosts (аррӏе.com) are recognisable. Escaped as oneLine().
QString urlForDisplay(const QUrl& url);

} // namespace r8::cli
