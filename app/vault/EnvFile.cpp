#include "app/vault/EnvFile.h"

#include <algorithm>

namespace r8 {

namespace {
constexpr char kKey[] = "REPLICATE_API_TOKEN";

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Parses one line's content [b, e). Returns false when it is not an assignment of the key.
bool parseLine(const QByteArray& s, qsizetype b, qsizetype e, EnvAssignment* out)
{
    qsizetype i = b;
    while (i < e && isBlank(s[i]))
        ++i;
    out->indentEnd = i;
    if (i < e && s[i] == '#')
        return false;
    auto startsWith = [&](qsizetype at, const char* word) {
        const qsizetype n = qsizetype(qstrlen(word));
        return at + n <= e && std::equal(word, word + n, s.constData() + at);
    };
    out->exported = false;
    if (startsWith(i, "export") && i + 6 < e && isBlank(s[i + 6])) {
        out->exported = true;
        i += 6;
        while (i < e && isBlank(s[i]))
            ++i;
    }
    const qsizetype keyLen = qsizetype(sizeof(kKey) - 1);
    if (!startsWith(i, kKey))
        return false;
    i += keyLen;
    while (i < e && isBlank(s[i]))
        ++i;
    if (i >= e || s[i] != '=')
        return false;
    ++i;
    while (i < e && isBlank(s[i]))
        ++i;
    out->quote = 0;
    out->value.clear();
    if (i < e && (s[i] == '"' || s[i] == '\'')) {
        const char q = s[i];
        const qsizetype close = s.indexOf(q, i + 1);
        if (close < 0 || close >= e)
            return false; // unterminated quote: not something we can safely rewrite
        out->quote = q;
        out->value = s.mid(i + 1, close - i - 1);
    } else {
        qsizetype j = i;
        while (j < e && !isBlank(s[j]) && s[j] != '#')
            ++j;
        out->value = s.mid(i, j - i);
    }
    return !out->value.isEmpty();
}
} // namespace

QList<EnvAssignment> findTokenAssignments(const QByteArray& content)
{
    QList<EnvAssignment> out;
    qsizetype pos = 0;
    if (content.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    int lineNo = 0;
    const qsizetype n = content.size();
    while (pos <= n) {
        ++lineNo;
        qsizetype nl = content.indexOf('\n', pos);
        const qsizetype next = nl < 0 ? n + 1 : nl + 1;
        qsizetype end = nl < 0 ? n : nl;
        if (end > pos && content[end - 1] == '\r')
            --end;
        EnvAssignment a;
        if (parseLine(content, pos, end, &a)) {
            a.line = lineNo;
            a.lineStart = pos;
            a.lineEnd = end;
            out.append(a);
        }
        if (nl < 0)
            break;
        pos = next;
    }
    return out;
}

QByteArray replaceAssignmentLines(const QByteArray& content, QList<EnvLineReplacement> replacements)
{
    std::sort(replacements.begin(), replacements.end(),
              [](const EnvLineReplacement& a, const EnvLineReplacement& b) {
                  return a.assignment.lineStart > b.assignment.lineStart;
              });
    QByteArray out = content;
    for (const EnvLineReplacement& r : replacements) {
        const qsizetype from = r.assignment.indentEnd;
        out.replace(from, r.assignment.lineEnd - from, r.text);
    }
    return out;
}

QString posixShellWord(const QString& text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F) || u == 0x2028 || u == 0x2029)
            continue; // a control character has no business in a command to paste
        clean += c;
    }
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-");
    bool plain = !clean.isEmpty();
    for (const QChar c : std::as_const(clean))
        plain = plain && safe.contains(c);
    if (plain)
        return clean;
    clean.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + clean + QLatin1Char('\'');
}

QByteArray movedToKeychainComment(const QString& tokenName, bool exported)
{
    const QString word = posixShellWord(tokenName);
    const QString text = QStringLiteral("# %1REPLICATE_API_TOKEN moved to the OS keychain by r8desk as %2 — "
                                        "run: r8 exec --token %2 -- <command>")
                             .arg(exported ? QStringLiteral("export ") : QString(), word);
    return text.toUtf8();
}

} // namespace r8
