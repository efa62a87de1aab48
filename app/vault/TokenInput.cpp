#include "app/vault/TokenInput.h"
#include "app/core/FileTr.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace r8 {

R8_FILE_TR(r8::TokenInput)

namespace {

bool stripQuotes(QString& s)
{
    if (s.size() >= 2) {
        const QChar a = s.front(), b = s.back();
        if ((a == u'"' && b == u'"') || (a == u'\'' && b == u'\'') || (a == u'`' && b == u'`')) {
            s = s.mid(1, s.size() - 2);
            return true;
        }
    }
    return false;
}

bool stripPrefixCI(QString& s, const QString& prefix)
{
    if (s.startsWith(prefix, Qt::CaseInsensitive)) {
        s = s.mid(prefix.size());
        return true;
    }
    return false;
}
} // namespace

bool isCurrentTokenShape(const QString& token)
{
    static const QRegularExpression re(QStringLiteral("\\Ar8_[A-Za-z0-9_-]{37}\\z"));
    return re.match(token).hasMatch();
}

TokenInput cleanTokenInput(const QString& raw)
{
    TokenInput out;
    QString s = raw.trimmed();
    // A trailing newline from a copy is fine; a line break inside is not.
    if (s.contains(u'\n') || s.contains(u'\r')) {
        out.message = tr("The text has several lines. Paste only the token itself.");
        return out;
    }
    // Peel the usual wrappers, in any order they are commonly found, until nothing changes.
    for (int round = 0; round < 4; ++round) {
        const QString before = s;
        s = s.trimmed();
        stripQuotes(s);
        s = s.trimmed();
        if (stripPrefixCI(s, QStringLiteral("export ")))
            s = s.trimmed();
        if (s.startsWith(QLatin1String("REPLICATE_API_TOKEN"))) {
            QString rest = s.mid(int(qstrlen("REPLICATE_API_TOKEN"))).trimmed();
            if (rest.startsWith(u'=') || rest.startsWith(u':')) {
                s = rest.mid(1).trimmed();
            }
        }
        if (stripPrefixCI(s, QStringLiteral("Authorization:")))
            s = s.trimmed();
        if (stripPrefixCI(s, QStringLiteral("Bearer ")) || stripPrefixCI(s, QStringLiteral("Token ")))
            s = s.trimmed();
        if (s.endsWith(u';'))
            s.chop(1);
        if (s == before)
            break;
    }
    if (s.isEmpty()) {
        out.message = tr("No token was entered.");
        return out;
    }
    for (const QChar c : s) {
        if (c.isSpace()) {
            out.message = tr("The token contains a space or tab. A Replicate token is one unbroken word.");
            return out;
        }
    }
    if (isCurrentTokenShape(s)) {
        out.verdict = TokenInput::Verdict::Valid;
        out.token = s;
        return out;
    }
    static const QRegularExpression plausible(QStringLiteral("\\A[A-Za-z0-9_\\-.]{16,128}\\z"));
    if (!plausible.match(s).hasMatch()) {
        out.message =
            s.size() < 16
                ? tr("This is too short to be a Replicate token (they are 40 characters, starting r8_).")
                : tr("This does not look like a Replicate token: it contains characters tokens never have.");
        return out;
    }
    out.verdict = TokenInput::Verdict::LegacyShape;
    out.token = s;
    out.message =
        s.startsWith(QLatin1String("r8_"))
            ? tr("This token is %1 characters long; current Replicate tokens are 40. It will be stored, "
                 "but check that it was copied whole.")
                  .arg(s.size())
            : tr("This does not start with r8_. Older Replicate tokens had no prefix and still work, "
                 "so it will be stored — verify it before relying on it.");
    return out;
}

} // namespace r8
