#pragma once
#include <QByteArrayView>

namespace r8::scan {

inline constexpr char kTokenVariable[] = "REPLICATE_API_TOKEN";
inline constexpr qsizetype kTokenVariableLength = 19;
// How far after the variable name an assigned value is looked for.
inline constexpr qsizetype kAssignmentWindow = 256;

// The bytes just after the name REPLICATE_API_TOKEN (up to the end of the line or the window):
// when they assign a plausible token that is NOT of the current shape (older tokens: 40 hex
// characters; truncated or over-long r8_ tokens), returns the value's start offset in `rest` and
// sets *length; otherwise -1. Recognised: `=`/`:` with spaces, quotes, `"]`/`']` (os.environ[…]),
// `export`. Not reported: references ($VAR, ${{ secrets.X }}), placeholders (no digit or no
// letter), and current-shape tokens (the main rule finds those). Pure; safe to fuzz.
qsizetype legacyAssignmentValue(QByteArrayView rest, qsizetype* length);

} // namespace r8::scan
