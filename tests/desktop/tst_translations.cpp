// Translations (issue 7): the German catalogue loads and is complete, the main window speaks German
// when German is chosen, the .ts holds every tr() string of the sources (lupdate run into a
// temporary file), and the tr() lint (tests/desktop/tr_lint.py) fails on an untranslated string.
#include "app/core/Paths.h"
#include "app/vault/TokenVault.h"
#include "resources/translations/Translations.h"
#include "tests/support/TestServices.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/leaks/LeakCheckPage.h"
#include "ui/tokens/AccountTokensDialog.h"
#include "ui/tokens/AddTokenDialog.h"
#include "ui/tokens/ImportEnvDialog.h"
#include "ui/tokens/RotationWizard.h"
#include "ui/tokens/TokensPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMainWindow>
#include <QMap>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace r8;
using namespace r8::ui;

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            m.unfinished = type == QLatin1String("unfinished");
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations.append(xml.readElementText());
            } else {
                m.translations.append(xml.readElementText());
            }
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 (line %3)").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

QString sourceDir()
{
    return qEnvironmentVariable("R8_SOURCE_DIR");
}

QString tsPath()
{
    return sourceDir() + QStringLiteral("/resources/translations/r8desk_de.ts");
}

// %1…%99, %L1, %n: what a translation must keep.
QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasAccelerator(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s;]"));
    QString t = s;
    t.remove(QStringLiteral("&&"));
    // entities such as &nbsp; are markup, not mnemonics
    t.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    return re.match(t).hasMatch();
}

QStringList tags(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z]+)[^>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found.append(it.next().captured(1).toLower());
    found.sort();
    return found;
}

QString withoutMnemonic(QString s)
{
    s.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return s;
}
} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        setApplicationIdentity();
        QVERIFY2(!sourceDir().isEmpty(), "R8_SOURCE_DIR is not set (run through ctest)");
        QString error;
        m_ts = readTs(tsPath(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_ts.size() > 100);
        for (const Message& m : qAsConst(m_ts)) {
            if (!m.numerus && !m.translations.isEmpty())
                m_german.insert(withoutMnemonic(m.source), withoutMnemonic(m.translations.first()));
        }

        test::TestServices::Options options;
        options.sandbox = true;
        options.settings = false;
        m_fixture.reset(new test::TestServices(m_dir.path(), options));
        m_vault = m_fixture->vault();
        m_services = m_fixture->services();
    }

    void cleanupTestCase() { i18n::install(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void germanCatalogLoads()
    {
        QVERIFY(i18n::availableLanguages().contains(QStringLiteral("de")));
        QTranslator t;
        QVERIFY2(t.load(i18n::catalogPath(QStringLiteral("de"))), "the embedded r8desk_de.qm does not load");
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.translate("r8::ui::MainWindow", "&Quit"), QStringLiteral("&Beenden"));
    }

    void languageFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("de_DE") << "de_DE"
                               << "de";
        QTest::newRow("de_AT") << "de_AT"
                               << "de";
        QTest::newRow("de_CH") << "de_CH"
                               << "de";
        QTest::newRow("en_US") << "en_US"
                               << "";
        QTest::newRow("en_GB") << "en_GB"
                               << "";
        QTest::newRow("fr_FR (no catalogue)") << "fr_FR"
                                              << "";
        QTest::newRow("C") << "C"
                           << "";
    }

    void languageFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(i18n::pickLanguage(QLocale(locale)), language);
    }

    void languageCanBeForced()
    {
        const QByteArray saved = qgetenv("R8_LANGUAGE");
        qputenv("R8_LANGUAGE", "de");
        QCOMPARE(i18n::uiLocale().language(), QLocale::German);
        QCOMPARE(i18n::pickLanguage(i18n::uiLocale()), QStringLiteral("de"));
        qputenv("R8_LANGUAGE", "de_AT");
        QCOMPARE(i18n::pickLanguage(i18n::uiLocale()), QStringLiteral("de"));
        qputenv("R8_LANGUAGE", "C");
        QCOMPARE(i18n::uiLocale().language(), QLocale::English);
        QCOMPARE(i18n::pickLanguage(i18n::uiLocale()), QString());
        qunsetenv("R8_LANGUAGE");
        QCOMPARE(i18n::uiLocale(), QLocale::system());
        if (!saved.isNull())
            qputenv("R8_LANGUAGE", saved);
    }

    void tsHasNoUnfinishedEntries()
    {
        QStringList problems;
        for (const Message& m : qAsConst(m_ts)) {
            const QString where = QStringLiteral("%1: “%2”").arg(m.context, m.source);
            if (m.unfinished) {
                problems << where + QStringLiteral(" is unfinished");
                continue;
            }
            if (m.translations.isEmpty() || m.translations.contains(QString())) {
                problems << where + QStringLiteral(" has no translation");
                continue;
            }
            if (m.numerus && m.translations.size() != 2)
                problems << where + QStringLiteral(" needs two numerus forms (singular, plural)");
            for (const QString& t : m.translations) {
                QStringList want = placeholders(m.source);
                QStringList got = placeholders(t);
                if (m.numerus) {
                    // a singular form may spell out “one” instead of %n
                    want.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (want != got)
                    problems << where + QStringLiteral(" → “%1”: placeholders %2 became %3")
                                            .arg(t, want.join(QLatin1Char(',')), got.join(QLatin1Char(',')));
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems << where + QStringLiteral(" → “%1”: the & accelerator is lost or added").arg(t);
                if (tags(m.source) != tags(t))
                    problems << where + QStringLiteral(" → “%1”: HTML markup differs").arg(t);
            }
        }
        for (const QString& p : qAsConst(problems))
            qWarning("r8desk_de.ts: %s", qPrintable(p));
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 problem(s) in r8desk_de.ts (listed above)").arg(problems.size())));
    }

    // Every tr() string of app/ and ui/ is in the .ts: lupdate (as update_translations runs it) into
    // a temporary file, then compare. A missing string is named with its context.
    void tsIsUpToDateWithTheSources()
    {
        const QString lupdate = qEnvironmentVariable("R8_LUPDATE");
        if (lupdate.isEmpty() || !QFile::exists(lupdate))
            QSKIP("lupdate not found (qt6-l10n-tools); R8_LUPDATE is not set");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString fresh = tmp.filePath(QStringLiteral("fresh_de.ts"));
        QProcess p;
        p.setWorkingDirectory(sourceDir());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(lupdate,
                {QStringLiteral("-silent"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
                 QStringLiteral("-recursive"), QStringLiteral("app"), QStringLiteral("ui"),
                 QStringLiteral("-I."), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                 QStringLiteral("none"), QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        QString error;
        const QList<Message> extracted = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!extracted.isEmpty());

        const auto key = [](const Message& m) {
            return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
        };
        QSet<QString> known;
        for (const Message& m : qAsConst(m_ts))
            known.insert(key(m));
        QStringList missing;
        QSet<QString> current;
        for (const Message& m : extracted) {
            current.insert(key(m));
            if (!known.contains(key(m)))
                missing << QStringLiteral("%1: “%2”").arg(m.context, m.source);
        }
        QStringList stale;
        for (const Message& m : qAsConst(m_ts)) {
            if (!current.contains(key(m)))
                stale << QStringLiteral("%1: “%2”").arg(m.context, m.source);
        }
        if (!stale.isEmpty())
            qInfo("%d entr(ies) of r8desk_de.ts are no longer in the sources (update_translations drops "
                  "them):\n  %s",
                  int(stale.size()), qPrintable(stale.join(QStringLiteral("\n  "))));
        for (const QString& m : qAsConst(missing))
            qWarning("not in r8desk_de.ts: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 tr() string(s) of the sources are not in "
                                           "resources/translations/r8desk_de.ts (listed above; run "
                                           "`cmake --build BUILD --target update_translations` and "
                                           "translate them)")
                                .arg(missing.size())));
    }

    // The core's file-local tr() helpers ask under their own context names; the catalogue finds
    // their strings all the same (Translator's merged-context fallback).
    void helperContextsAreTranslated()
    {
        const i18n::Installed installed = i18n::install(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(installed.language, QStringLiteral("de"));
        QVERIFY(installed.ours);
        const char* text = "The text has several lines. Paste only the token itself.";
        QVERIFY(m_german.contains(QString::fromUtf8(text)));
        QCOMPARE(QCoreApplication::translate("r8::TokenInput", text),
                 m_german.value(QString::fromUtf8(text)));
        // Qt's own contexts are not answered from our catalogue.
        QCOMPARE(QCoreApplication::translate("QR8Unknown", "Tokens"), QStringLiteral("Tokens"));
        i18n::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("r8::TokenInput", text), QString::fromUtf8(text));
    }

    void qtsOwnStringsFollow()
    {
        const QString qm =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qm))
            QSKIP("Qt's German catalogue is not installed (qt6-translations-l10n)");
        const i18n::Installed installed = i18n::install(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installed.qt);
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(withoutMnemonic(box.button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Abbrechen"));
        i18n::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void mainWindowInGerman()
    {
        {
            // The check below has teeth: in English, the same walk finds plenty to translate.
            i18n::install(QLocale(QLocale::English, QLocale::UnitedStates));
            MainWindow english(m_services);
            english.show();
            QVERIFY(QTest::qWaitForWindowExposed(&english));
            QVERIFY2(englishTexts(&english).size() > 10,
                     qPrintable(englishTexts(&english).join(QLatin1Char('\n'))));
        }
        i18n::install(QLocale(QLocale::German, QLocale::Germany));
        MainWindow w(m_services);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Page titles in the navigation
        auto* nav = w.findChild<QListWidget*>(QStringLiteral("nav"));
        QVERIFY(nav);
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i)
            titles << nav->item(i)->text();
        QVERIFY2(titles.contains(QStringLiteral("Lecksuche")), qPrintable(titles.join(QStringLiteral(", "))));
        // Menus
        QStringList menus;
        for (QAction* a : w.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")) && menus.contains(QStringLiteral("&Hilfe")),
                 qPrintable(menus.join(QStringLiteral(", "))));
        auto* emptyAdd = w.tokensPage()->findChild<QAbstractButton*>(QStringLiteral("emptyAddButton"));
        QVERIFY(emptyAdd);
        QCOMPARE(withoutMnemonic(emptyAdd->text()), m_german.value(QStringLiteral("Add token…")));
        QCOMPARE(emptyAdd->accessibleName(), m_german.value(QStringLiteral("Add token")));

        // Nothing that has a German translation is still on screen in English.
        // Every page: nothing that has a German translation is still on screen in English, nothing
        // is clipped (German is longer than English), and a screenshot at 1280×800 to look at.
        const QString out = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/screenshots-de");
        QDir().mkpath(out);
        auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(pages);
        for (int i = 0; i < nav->count(); ++i) {
            nav->setCurrentRow(i);
            QCoreApplication::processEvents();
            QWidget* page = pages->currentWidget();
            QVERIFY(page);
            const QString name =
                QString::fromLatin1(page->metaObject()->className()).section(QLatin1String("::"), -1);
            checkNoEnglish(page, name);
            checkNotClipped(page, name);
            QVERIFY(w.grab().save(QStringLiteral("%1/%2-de.png").arg(out, name)));
        }
        checkNoEnglish(&w, QStringLiteral("MainWindow"));
        AddTokenDialog add(m_vault, QString(), &w);
        add.show();
        QVERIFY(QTest::qWaitForWindowExposed(&add));
        checkNoEnglish(&add, QStringLiteral("AddTokenDialog"));
        checkNotClipped(&add, QStringLiteral("AddTokenDialog"));
        QVERIFY(add.grab().save(out + QStringLiteral("/AddTokenDialog-de.png")));
        i18n::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Alt+letter: German must not make two controls of a page share a mnemonic where the English
    // texts do not (the menu bar's File/Token/Help count on every page).
    void germanAcceleratorsDoNotClash()
    {
        QHash<QString, QStringList> clashes[2];
        for (int lang = 0; lang < 2; ++lang) {
            i18n::install(lang == 0 ? QLocale(QLocale::English, QLocale::UnitedStates)
                                    : QLocale(QLocale::German, QLocale::Germany));
            MainWindow w(m_services);
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto* nav = w.findChild<QListWidget*>(QStringLiteral("nav"));
            auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
            QVERIFY(nav && pages);
            for (int i = 0; i < nav->count(); ++i) {
                nav->setCurrentRow(i);
                QCoreApplication::processEvents();
                const QString name = QString::fromLatin1(pages->currentWidget()->metaObject()->className())
                                         .section(QLatin1String("::"), -1);
                clashes[lang].insert(name, mnemonicClashes(&w));
            }
        }
        i18n::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QStringList worse;
        for (auto it = clashes[1].constBegin(); it != clashes[1].constEnd(); ++it) {
            if (it.value().size() > clashes[0].value(it.key()).size()) {
                for (const QString& c : it.value())
                    worse << QStringLiteral("%1: %2").arg(it.key(), c);
            }
        }
        for (const QString& w : qAsConst(worse))
            qWarning("German mnemonic clash: %s", qPrintable(w));
        QVERIFY2(worse.isEmpty(),
                 "German texts share Alt+letter mnemonics the English ones do not (listed above)");
    }

    // The Tokens page with tokens: the table, the selected token's details and its buttons.
    void tokensPageWithTokensInGerman()
    {
        addTokens();
        if (QTest::currentTestFailed())
            return;
        i18n::install(QLocale(QLocale::German, QLocale::Germany));
        MainWindow w(m_services);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.tokensPage()->selectId(m_vault->records().first().id);
        QCoreApplication::processEvents();
        checkNoEnglish(w.tokensPage(), QStringLiteral("TokensPage with tokens"));
        checkNotClipped(w.tokensPage(), QStringLiteral("TokensPage with tokens"));
        const QString out = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/screenshots-de");
        QDir().mkpath(out); // also when run alone
        QVERIFY(w.grab().save(out + QStringLiteral("/TokensPage-tokens-de.png")));
        i18n::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The dialogs, German and uncut: import, account tokens, every page of the rotation wizard.
    void dialogsInGerman()
    {
        addTokens(); // the dialogs below act on a stored token
        if (QTest::currentTestFailed())
            return;
        i18n::install(QLocale(QLocale::German, QLocale::Germany));
        const QString out = qEnvironmentVariable("R8_BINARY_DIR") + QStringLiteral("/screenshots-de");
        QDir().mkpath(out); // also when run alone
        MainWindow w(m_services);
        EnvScan scan;
        EnvFinding f;
        f.path = QStringLiteral("/home/ada/shop/.env");
        f.line = 3;
        f.masked = QStringLiteral("r8_••••…aaaa");
        f.verdict = TokenInput::Verdict::Valid;
        f.suggestedName = QStringLiteral("shop");
        scan.findings.append(f);
        ImportEnvDialog import(m_vault, scan, &w);
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        checkNoEnglish(&import, QStringLiteral("ImportEnvDialog"));
        checkNotClipped(&import, QStringLiteral("ImportEnvDialog"));
        QVERIFY(import.grab().save(out + QStringLiteral("/ImportEnvDialog-de.png")));

        const QString id = m_vault->records().first().id;
        AccountTokensDialog remote(m_services, id, &w);
        remote.show();
        QVERIFY(QTest::qWaitForWindowExposed(&remote));
        checkNoEnglish(&remote, QStringLiteral("AccountTokensDialog"));
        checkNotClipped(&remote, QStringLiteral("AccountTokensDialog"));
        QVERIFY(remote.grab().save(out + QStringLiteral("/AccountTokensDialog-de.png")));

        RotationWizard wizard(m_services, id, &w);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int page = 0; page < 3; ++page) {
            const QString name = QStringLiteral("RotationWizard page %1").arg(page + 1);
            checkNoEnglish(&wizard, name);
            checkNotClipped(&wizard, name);
            QVERIFY(wizard.grab().save(QStringLiteral("%1/RotationWizard-%2-de.png").arg(out).arg(page + 1)));
            wizard.next();
        }
        i18n::install(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void lintFailsOnUntranslatedText()
    {
        const QString python = qEnvironmentVariable("R8_PYTHON");
        if (python.isEmpty())
            QSKIP("python3 not found");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QFile bad(tmp.filePath(QStringLiteral("Bad.cpp")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("void Bad::build()\n{\n    m_label->setText(tr(\"Fine\"));\n    "
                  "m_greeting->setText(\"Hello\");\n}\n");
        bad.close();
        QFile good(tmp.filePath(QStringLiteral("Good.cpp")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(
            "void Good::build()\n{\n    m_label->setText(tr(\"Hello\"));\n"
            "    m_key->setText(QStringLiteral(\"REPLICATE_API_TOKEN\")); // notr: a variable name\n}\n");
        good.close();
        const QString lint = sourceDir() + QStringLiteral("/tests/desktop/tr_lint.py");

        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(python, {lint, bad.fileName()});
        QVERIFY(p.waitForFinished(60000));
        const QString output = QString::fromUtf8(p.readAll());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(output.contains(QStringLiteral("Bad.cpp:4: setText: \"Hello\"")), qPrintable(output));
        QVERIFY2(!output.contains(QStringLiteral("Fine")), qPrintable(output));

        p.start(python, {lint, good.fileName()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());

        QFile form(tmp.filePath(QStringLiteral("Form.ui")));
        QVERIFY(form.open(QIODevice::WriteOnly));
        form.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ui version=\"4.0\">\n <widget "
                   "class=\"QLabel\" name=\"l\">\n"
                   "  <property name=\"text\"><string notr=\"true\">Visible words</string></property>\n "
                   "</widget>\n</ui>\n");
        form.close();
        p.start(python, {lint, form.fileName()});
        QVERIFY(p.waitForFinished(60000));
        const QString formOutput = QString::fromUtf8(p.readAll());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(formOutput.contains(QStringLiteral("Form.ui:4")), qPrintable(formOutput));
    }

private:
    // Visible labels, buttons, group boxes, tooltips, accessible names and actions whose English
    // text has a (different) German translation: what must not be on screen with German chosen.
    QStringList englishTexts(QWidget* root) const
    {
        QStringList english;
        const auto consider = [&](const QString& text, const QString& what) {
            const QString plain = withoutMnemonic(text);
            const auto it = m_german.constFind(plain);
            if (it != m_german.constEnd() && it.value() != plain)
                english << QStringLiteral("%1: “%2”").arg(what, plain);
        };
        consider(root->windowTitle(), QStringLiteral("window title"));
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(root))
                continue;
            const QString name = QStringLiteral("%1 %2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (auto* l = qobject_cast<QLabel*>(w))
                consider(l->text(), name);
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                consider(b->text(), name);
            else if (auto* g = qobject_cast<QGroupBox*>(w))
                consider(g->title(), name);
            consider(w->toolTip(), name + QStringLiteral(" tooltip"));
            consider(w->accessibleName(), name + QStringLiteral(" accessible name"));
        }
        for (QAction* a : root->findChildren<QAction*>())
            consider(a->text(), QStringLiteral("action ") + a->objectName());
        return english;
    }

    // Letters that more than one visible control of `window` (menu bar included) uses as its
    // mnemonic, as "x: text, text".
    static QStringList mnemonicClashes(QMainWindow* window)
    {
        QMap<QChar, QStringList> users;
        const auto add = [&users](const QString& text) {
            static const QRegularExpression re(QStringLiteral("(?<!&)&([^&\\s])"));
            const auto m = re.match(text);
            if (m.hasMatch())
                users[m.captured(1).at(0).toLower()] << withoutMnemonic(text);
        };
        for (QAction* a : window->menuBar()->actions())
            add(a->text());
        for (QWidget* w : window->findChildren<QWidget*>()) {
            if (!w->isVisibleTo(window))
                continue;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                add(b->text());
            else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
                add(l->text());
            else if (auto* g = qobject_cast<QGroupBox*>(w); g && g->isCheckable())
                add(g->title());
            else if (auto* t = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < t->count(); ++i)
                    add(t->tabText(i));
            }
        }
        QStringList out;
        for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
            if (it.value().size() > 1)
                out << QStringLiteral("Alt+%1: %2")
                           .arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        }
        return out;
    }

    void checkNoEnglish(QWidget* root, const QString& where)
    {
        const QStringList english = englishTexts(root);
        for (const QString& e : english)
            qWarning("%s: still in English with German chosen: %s", qPrintable(where), qPrintable(e));
        QVERIFY2(english.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 text(s) still in English (listed above)")
                                .arg(where)
                                .arg(english.size())));
    }

    // German is longer than English: buttons and one-line labels must be wide enough for their text.
    void checkNotClipped(QWidget* root, const QString& where)
    {
        QStringList clipped;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            if (!w->isVisible() || w->width() <= 0)
                continue;
            const QString name = QStringLiteral("%1 %2").arg(
                QString::fromLatin1(w->metaObject()->className()), w->objectName());
            if (auto* b = qobject_cast<QPushButton*>(w)) {
                if (b->width() < b->minimumSizeHint().width())
                    clipped << QStringLiteral("%1 “%2” (%3 < %4 px)")
                                   .arg(name, b->text())
                                   .arg(b->width())
                                   .arg(b->minimumSizeHint().width());
            } else if (auto* h = qobject_cast<QHeaderView*>(w)) {
                if (h->orientation() != Qt::Horizontal || !h->model())
                    continue;
                for (int i = 0; i < h->count(); ++i) {
                    const QString text = h->model()->headerData(i, Qt::Horizontal).toString();
                    if (h->isSectionHidden(i) || text.isEmpty())
                        continue;
                    const int needed = h->fontMetrics().horizontalAdvance(text) +
                                       2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, h);
                    if (h->sectionSize(i) < needed)
                        clipped << QStringLiteral("%1 column “%2” (%3 < %4 px)")
                                       .arg(name, text)
                                       .arg(h->sectionSize(i))
                                       .arg(needed);
                }
            } else if (auto* l = qobject_cast<QLabel*>(w)) {
                if (!l->wordWrap() && !l->text().isEmpty() && l->pixmap().isNull() &&
                    l->textFormat() != Qt::RichText &&
                    l->width() < l->fontMetrics().horizontalAdvance(
                                     withoutMnemonic(l->text()).split(QLatin1Char('\n')).first()))
                    clipped << QStringLiteral("%1 “%2” (%3 px)").arg(name, l->text()).arg(l->width());
            }
        }
        for (const QString& c : qAsConst(clipped))
            qWarning("%s: clipped in German: %s", qPrintable(where), qPrintable(c));
        QVERIFY2(
            clipped.isEmpty(),
            qPrintable(
                QStringLiteral("%1: %2 widget(s) clipped (listed above)").arg(where).arg(clipped.size())));
    }

    // Adds the tokens "shop-backend" and "playground" unless they are there already, so each test
    // function that needs them runs alone.
    void addTokens()
    {
        const QList<QPair<QString, QString>> tokens{
            {QStringLiteral("shop-backend"), QStringLiteral("production")},
            {QStringLiteral("playground"), QStringLiteral("development")}};
        int pending = 0;
        for (const auto& [name, env] : tokens) {
            bool present = false;
            for (const TokenRecord& r : m_vault->records())
                present = present || r.name == name;
            if (present)
                continue;
            ++pending;
            m_vault->add({name, env, QStringLiteral("Rendering worker"), test::makeToken()}, this,
                         [&pending](const TokenVault::AddResult&) { --pending; });
        }
        QTRY_COMPARE(pending, 0);
        QCOMPARE(m_vault->records().size(), 2);
    }

    QList<Message> m_ts;
    QHash<QString, QString> m_german; // English source (no mnemonic) → German
    QTemporaryDir m_dir;
    QScopedPointer<test::TestServices> m_fixture;
    TokenVault* m_vault = nullptr;
    Services m_services;
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
