#pragma once
#include <QString>

namespace r8::scan {

// Untrusted text (file names, archive member names, git ref names, reasons quoting them) made safe
// for one line of terminal or Markdown output: C0 and C1 control characters, DEL, and the Unicode
// bidirectional controls become visible escapes (\n, \t, \r, \e, \xHH, \u{HHHH}); a backslash
// becomes "\\" so that an escape cannot be faked by the name itself. Pure.
QString escapeControls(const QString& text);

} // namespace r8::scan
