// Status changes reach assistive technology: the message banner ("A token stopped working", "The
// sandbox is running…"), the composer's message bar and the prediction status chip each send an
// accessibility NameChanged event with the new text, which Qt's AT-SPI bridge turns into
// object:property-change:accessible-name — what Orca speaks. (Qt 6.4's bridge drops QAccessible::Alert.)
// The same is checked over the real AT-SPI bus by tests/desktop/atspi_check.py.
#include "ui/composer/MessageBar.h"
#include "ui/composer/StatusChip.h"

#include <QAccessible>
#include <QTest>

using namespace r8::ui;

namespace {
QList<QPair<QObject*, QString>> g_names; // (object, accessible name) of each NameChanged event
void recordUpdate(QAccessibleEvent* event)
{
    if (event->type() == QAccessible::NameChanged && event->accessibleInterface())
        g_names.append({event->object(), event->accessibleInterface()->text(QAccessible::Name)});
}
} // namespace

class TstAnnouncements : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QAccessible::installUpdateHandler(recordUpdate);
        QAccessible::setActive(true);
        if (!QAccessible::isActive())
            QFAIL("no accessibility bridge: run on xcb with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (ctest does)");
    }
    void init() { g_names.clear(); }

    void predictionFinishedIsAnnounced()
    {
        StatusChip chip;
        chip.show();
        chip.setState(StatusChip::State::Processing);
        chip.setState(StatusChip::stateFor(r8::api::PredictionStatus::Succeeded));
        QVERIFY(!g_names.isEmpty());
        QCOMPARE(g_names.last().first, &chip);
        QCOMPARE(g_names.last().second, QStringLiteral("Prediction status: succeeded"));
    }

    void messageIsAnnounced()
    {
        MessageBar bar;
        bar.show();
        bar.showMessage(QStringLiteral("The prediction failed: out of memory"), MessageBar::Kind::Error);
        bool seen = false;
        for (const auto& n : std::as_const(g_names))
            seen = seen || n.second == QStringLiteral("Message: The prediction failed: out of memory");
        QVERIFY(seen);
    }
};

QTEST_MAIN(TstAnnouncements)
#include "tst_announcements.moc"
