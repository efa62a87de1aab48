#pragma once
#include <QByteArray>
#include <QList>
#include <QString>

namespace r8 {

// One `REPLICATE_API_TOKEN=...` assignment found in the bytes of a .env-style file.
struct EnvAssignment
{
    int line = 0;            // 1-based line number
    qsizetype lineStart = 0; // byte offset of the line's first byte
    qsizetype lineEnd = 0;   // byte offset just past the line's content (before "\r\n" or "\n")
    qsizetype indentEnd = 0; // byte offset just past leading white space
    bool exported = false;   // `export REPLICATE_API_TOKEN=...`
    char quote = 0;          // '"', '\'' or 0
    QByteArray value;        // the value, unquoted (the secret — keep it in memory only)
};

// Finds every REPLICATE_API_TOKEN assignment (with or without `export`, quotes, spaces around
// `=`, CRLF line ends, a UTF-8 BOM, an inline `# comment`). Commented-out lines are ignored.
// Pure; safe to fuzz.
QList<EnvAssignment> findTokenAssignments(const QByteArray& content);

struct EnvLineReplacement
{
    EnvAssignment assignment;
    QByteArray text; // the new line content (no line terminator)
};

// Replaces the content of the given lines, keeping every other byte: order, comments,
// indentation, line terminators (CRLF or LF), and a missing final newline.
QByteArray replaceAssignmentLines(const QByteArray& content, QList<EnvLineReplacement> replacements);

// The comment that replaces a moved assignment, e.g.
// `# REPLICATE_API_TOKEN moved to the OS keychain by r8desk as myapp — run: r8 exec --token myapp --
// <command>`. The name is quoted for POSIX shells (`'my app'`, `'it'\''s'`), control characters
// dropped, so that pasting the command never runs anything hidden in a folder's name.
QByteArray movedToKeychainComment(const QString& tokenName, bool exported);

// `text` as one word for a POSIX shell: as it is when only safe characters, else in single quotes
// (a ' inside becomes '\''); control characters are removed. Pure.
QString posixShellWord(const QString& text);

} // namespace r8
