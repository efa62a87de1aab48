#include "app/scan/GitRawChange.h"

#include <QList>

namespace r8::scan {

std::optional<RawChange> parseRawChange(QByteArrayView l)
{
    if (!l.startsWith(':'))
        return std::nullopt;
    const qsizetype tab = l.indexOf('\t');
    if (tab < 0)
        return std::nullopt;
    const QList<QByteArray> f = l.first(tab).toByteArray().split(' ');
    if (f.size() < 5)
        return std::nullopt;
    RawChange c;
    c.newMode = f.at(1);
    c.newOid = f.at(3);
    c.status = f.at(4).isEmpty() ? 0 : f.at(4).front();
    c.path = unquoteGitPath(l.sliced(tab + 1).toByteArray());
    return c;
}

QByteArray unquoteGitPath(const QByteArray& p)
{
    if (p.size() < 2 || !p.startsWith('"') || !p.endsWith('"'))
        return p;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < p.size(); ++i) {
        char c = p[i];
        if (c != '\\' || i + 2 >= p.size()) {
            out.append(c);
            continue;
        }
        c = p[++i];
        switch (c) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'a':
            out.append('\a');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'v':
            out.append('\v');
            break;
        case '0':
        case '1':
        case '2':
        case '3': {
            int v = c - '0';
            for (int k = 0; k < 2 && i + 2 < p.size() && p[i + 1] >= '0' && p[i + 1] <= '7'; ++k)
                v = v * 8 + (p[++i] - '0');
            out.append(char(v));
            break;
        }
        default:
            out.append(c);
        }
    }
    return out;
}

} // namespace r8::scan
