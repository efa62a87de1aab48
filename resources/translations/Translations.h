#pragma once
// r8desk's user-interface language: which catalogue to load, and loading it (ours and Qt's own).
//
// The language follows the system (QLocale::system().uiLanguages(): LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG on Unix) unless R8_LANGUAGE names one ("de", "de_DE", or "en"/"C" for the untranslated
// English text) — used by tests, screenshots and anyone who wants r8desk in another language than
// the desktop's.
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

namespace r8::i18n {

// The locale whose language the user interface should speak (see above).
QLocale uiLocale();

// Languages r8desk ships a catalogue for, e.g. {"de"} (English, the source language, is implied).
QStringList availableLanguages();

// Resource path of the compiled catalogue for `language` ("de" → ":/i18n/r8desk_de.qm").
QString catalogPath(const QString& language);

// The first language of `locale`'s UI languages that r8desk has a catalogue for, or "" when an
// English one comes first (or none matches): English is the source text, nothing to load.
QString pickLanguage(const QLocale& locale);

// Translator for r8desk's own strings. lupdate names a tr() call's context after the scope it
// sees (the class, or the namespace for a free function), while some of the core's file-local
// tr() helpers ask QCoreApplication::translate() under another name: when the exact
// (context, source) lookup misses, this translator looks the source text up in a second catalogue
// built from the same .ts with every context merged ("<lang>_any"), for our contexts (not Qt's).
class Translator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    bool loadLanguage(const QString& language);
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override;

private:
    QTranslator m_anyContext;
};

struct Installed
{
    QString language;  // "de", or "" when the UI stays in English
    bool ours = false; // r8desk's catalogue is installed
    bool qt = false;   // Qt's own (qtbase_<lang>.qm: standard buttons, dialogs) is installed
};

// Installs the translators for `locale` into the running application, replacing any installed
// earlier by this function (so tests can switch languages). A forced language (R8_LANGUAGE) also
// becomes QLocale's default, so that dates and numbers match the text.
Installed install(const QLocale& locale = uiLocale());

} // namespace r8::i18n
