// Start-up cost that the first window does not need: r8desk's application style (the native one,
// with the menu-bar "more" arrow fetched when first drawn) and a first painted window that reads no
// image file — in Qt 6.4 reading any image first loads every image-format plugin and its libraries.
//  - the deferred arrow is the base style's own arrow, pixel for pixel, once it is drawn;
//  - installDeferredIconStyle() keeps the style Qt chose;
//  - `r8desk --exit-after-first-paint` with tokens loads the platform plugin and no image plugin.
#include "app/vault/TokenRecord.h"
#include "ui/common/DeferredIconStyle.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace r8;

namespace {
// Whether an image-format plugin is mapped into this process (Linux: /proc/self/maps).
bool imagePluginLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("/imageformats/");
}
} // namespace

class TstStartupStyle : public QObject
{
    Q_OBJECT

private slots:
    void extensionArrowIsDeferredAndTheSame()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/maps")))
            QSKIP("needs /proc/self/maps");
        QVERIFY2(!imagePluginLoaded(), "an image plugin was loaded before the test began");
        ui::DeferredIconStyle style(QStringLiteral("fusion"));
        QVERIFY(style.baseStyle());
        QCOMPARE(style.baseStyle()->name(), QStringLiteral("fusion"));
        const QList<QStyle::StandardPixmap> arrows{QStyle::SP_ToolBarHorizontalExtensionButton,
                                                   QStyle::SP_ToolBarVerticalExtensionButton};
        QList<QIcon> deferred;
        for (auto sp : arrows) {
            deferred.append(style.standardIcon(sp));
            QVERIFY(!deferred.last().isNull());
        }
        QVERIFY2(!imagePluginLoaded(), "asking for the arrows read their images already");
        for (int i = 0; i < arrows.size(); ++i) {
            const QIcon copy = deferred.at(i);
            const QPixmap drawn = copy.pixmap(QSize(16, 16));
            QVERIFY(!drawn.isNull());
            std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("fusion")));
            const QIcon expected = plain->standardIcon(arrows.at(i));
            QCOMPARE(drawn.toImage().convertToFormat(QImage::Format_ARGB32),
                     expected.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32));
            QCOMPARE(copy.availableSizes(), expected.availableSizes());
        }
        // The probe itself works: drawing the arrow read an image file.
        QVERIFY(imagePluginLoaded());
        // Other standard icons are the base style's, untouched.
        std::unique_ptr<QStyle> plain(QStyleFactory::create(QStringLiteral("fusion")));
        QCOMPARE(style.standardIcon(QStyle::SP_DialogOkButton).pixmap(16).toImage(),
                 plain->standardIcon(QStyle::SP_DialogOkButton).pixmap(16).toImage());
    }

    void installKeepsTheChosenStyle()
    {
        const QString chosen = QApplication::style()->name();
        ui::installDeferredIconStyle();
        auto* installed = qobject_cast<ui::DeferredIconStyle*>(QApplication::style());
        QVERIFY(installed);
        QCOMPARE(installed->baseStyle()->name(), chosen);
        ui::installDeferredIconStyle(); // twice: no proxy over the proxy
        QCOMPARE(QApplication::style(), installed);
    }

    void firstPaintReadsNoImage()
    {
        const QString r8desk = qEnvironmentVariable("R8DESK");
        QVERIFY2(QFile::exists(r8desk), qPrintable(r8desk));
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // 50 tokens, so the list and the selected token's panel are drawn.
        VaultData data;
        for (int i = 0; i < 50; ++i) {
            TokenRecord r;
            r.id = QStringLiteral("id-%1").arg(i);
            r.name = QStringLiteral("token %1").arg(i);
            r.environment = i % 2 ? QStringLiteral("staging") : QStringLiteral("production");
            r.hint = QStringLiteral("Ab%1").arg(i % 10, 2, 10, QLatin1Char('0'));
            r.addedAt = QDateTime::currentDateTimeUtc().addDays(-i);
            data.records.append(r);
        }
        QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("data/r8desk"))));
        QFile vault(home.filePath(QStringLiteral("data/r8desk/tokens.json")));
        QVERIFY(vault.open(QIODevice::WriteOnly));
        vault.write(vaultToJson(data));
        vault.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(r8desk, {QStringLiteral("--exit-after-first-paint")});
        QVERIFY(app.waitForFinished(60000));
        const QByteArray out = app.readAllStandardOutput();
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(out.contains("first paint"), out.constData());
        // The probe sees plugin loads at all (the platform plugin) …
        QVERIFY2(err.contains("platforms/libqoffscreen.so\" loaded library"), err.right(2000).constData());
        // … and no image-format plugin among them.
        for (const QByteArray& line : err.split('\n'))
            QVERIFY2(!(line.contains("/imageformats/") && line.contains("loaded library")), line.constData());
    }
};

QTEST_MAIN(TstStartupStyle)
#include "tst_startup_style.moc"
