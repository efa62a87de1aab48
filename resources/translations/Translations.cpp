#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace r8::i18n {

namespace {
const char kTranslatorName[] = "r8::i18n translator";

// "de-DE" / "de_DE" / "de" → "de_DE" / "de_DE" / "de"
QString normalized(QString name)
{
    return name.replace(QLatin1Char('-'), QLatin1Char('_')).trimmed();
}

QString languagePart(const QString& name)
{
    return normalized(name).section(QLatin1Char('_'), 0, 0).toLower();
}
} // namespace

QLocale uiLocale()
{
    const QString forced = qEnvironmentVariable("R8_LANGUAGE").trimmed();
    if (forced.isEmpty())
        return QLocale::system();
    if (forced == QLatin1String("C") || forced == QLatin1String("POSIX"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(normalized(forced));
}

QStringList availableLanguages()
{
    QStringList languages;
    // No name filter: QDir's wildcard filter compiles a regular expression (loading and JIT-ing
    // PCRE2 at start-up, ≈0.5 MB of RSS) for what startsWith/endsWith do.
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name);
    for (const QString& f : files) {
        if (!f.startsWith(QLatin1String("r8desk_")) || !f.endsWith(QLatin1String(".qm")))
            continue;
        const QString lang = f.mid(7, f.size() - 7 - 3); // r8desk_<lang>.qm
        if (!lang.endsWith(QLatin1String("_any")))
            languages.append(lang);
    }
    return languages;
}

QString catalogPath(const QString& language)
{
    return QStringLiteral(":/i18n/r8desk_%1.qm").arg(language);
}

QString pickLanguage(const QLocale& locale)
{
    const QStringList available = availableLanguages();
    for (const QString& ui : locale.uiLanguages()) {
        const QString name = normalized(ui);
        const QString lang = languagePart(ui);
        if (lang == QLatin1String("en") || lang == QLatin1String("c"))
            return QString(); // the source language comes first
        if (available.contains(name))
            return name;
        if (available.contains(lang))
            return lang;
    }
    return QString();
}

bool Translator::loadLanguage(const QString& language)
{
    if (!load(catalogPath(language)))
        return false;
    // The merged-context catalogue is a fallback; without it the exact lookups still work.
    (void)m_anyContext.load(QStringLiteral(":/i18n/r8desk_%1_any.qm").arg(language));
    return true;
}

QString Translator::translate(const char* context, const char* sourceText, const char* disambiguation,
                              int n) const
{
    QString t = QTranslator::translate(context, sourceText, disambiguation, n);
    // Qt's own contexts (QDialogButtonBox, QFileDialog, …) are left to Qt's catalogue.
    if (t.isEmpty() && context && context[0] != 'Q' && !m_anyContext.isEmpty())
        t = m_anyContext.translate("*", sourceText, disambiguation, n);
    return t;
}

bool Translator::isEmpty() const
{
    return QTranslator::isEmpty() && m_anyContext.isEmpty();
}

Installed install(const QLocale& locale)
{
    QCoreApplication* app = QCoreApplication::instance();
    Installed result;
    if (!app)
        return result;
    // Replace what an earlier call installed.
    const QList<QTranslator*> previous =
        app->findChildren<QTranslator*>(QString::fromLatin1(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : previous) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (locale.name() != QLocale::system().name())
        QLocale::setDefault(locale);

    result.language = pickLanguage(locale);
    if (result.language.isEmpty())
        return result;

    // Qt's catalogue first: translators installed later are asked first, so ours wins where both
    // know a string.
    auto* qt = new QTranslator(app);
    qt->setObjectName(QString::fromLatin1(kTranslatorName));
    if (qt->load(QStringLiteral("qtbase_%1").arg(result.language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qt->load(QStringLiteral("qtbase_%1").arg(languagePart(result.language)),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        result.qt = QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }

    auto* ours = new Translator(app);
    ours->setObjectName(QString::fromLatin1(kTranslatorName));
    if (ours->loadLanguage(result.language))
        result.ours = QCoreApplication::installTranslator(ours);
    else
        delete ours;
    return result;
}

} // namespace r8::i18n
