#pragma once
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace r8::scan {

// One line of `git log --raw --no-abbrev` output:
// ":<old mode> <new mode> <old id> <new id> <status>\t<path>" (the path quoted as git quotes it).
struct RawChange
{
    QByteArray newMode;
    QByteArray newOid;
    char status = 0; // 'A', 'M', 'D', 'T', …
    QByteArray path; // unquoted
};

// The change a raw line describes, or nothing when the line is not one. Pure; safe to fuzz.
std::optional<RawChange> parseRawChange(QByteArrayView line);

// Unquotes a path as git prints it with core.quotepath (C-style "\"a\\nb\""); others unchanged.
QByteArray unquoteGitPath(const QByteArray& path);

} // namespace r8::scan
