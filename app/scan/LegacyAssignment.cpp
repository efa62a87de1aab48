#include "app/scan/LegacyAssignment.h"

#include "app/scan/TokenMatcher.h"

namespace r8::scan {

namespace {
bool isValueByte(char c)
{
    return isTokenByte(c) || c == '.';
}
} // namespace

qsizetype legacyAssignmentValue(QByteArrayView rest, qsizetype* length)
{
    const qsizetype n = rest.size();
    qsizetype i = 0;
    // os.environ["REPLICATE_API_TOKEN"] = …, {"REPLICATE_API_TOKEN": "…"}
    while (i < n && (rest[i] == '"' || rest[i] == '\'' || rest[i] == ']'))
        ++i;
    while (i < n && (rest[i] == ' ' || rest[i] == '\t'))
        ++i;
    if (i >= n || (rest[i] != '=' && rest[i] != ':'))
        return -1;
    ++i;
    if (i < n && rest[i] == '=') // :=
        ++i;
    while (i < n && (rest[i] == ' ' || rest[i] == '\t'))
        ++i;
    if (i < n && (rest[i] == '"' || rest[i] == '\'' || rest[i] == '`'))
        ++i;
    const qsizetype start = i;
    bool digit = false, letter = false;
    while (i < n && isValueByte(rest[i])) {
        const char c = rest[i];
        digit = digit || (c >= '0' && c <= '9');
        letter = letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        ++i;
    }
    const qsizetype len = i - start;
    if (len < 16 || len > 128 || !digit || !letter)
        return -1;
    // A value that runs into the window's end may be longer than we can see: not judged.
    if (i == n && n >= kAssignmentWindow)
        return -1;
    const QByteArrayView value = rest.sliced(start, len);
    const bool current = len == TokenMatcher::kTokenLength && value.startsWith("r8_");
    bool allTokenBytes = true;
    for (char c : value)
        allTokenBytes = allTokenBytes && isTokenByte(c);
    if (current && allTokenBytes)
        return -1;
    *length = len;
    return start;
}

} // namespace r8::scan
