// FlowLayout (ui/common): a form field's title and its key and type stay on one line when there is
// room, wrap onto the next line when not, never make what holds them wider than the widest item,
// and skip hidden items. Real widgets, offscreen.
#include "ui/common/FlowLayout.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using r8::ui::FlowLayout;

class TstFlowLayout : public QObject
{
    Q_OBJECT

    struct Row
    {
        QWidget host;
        QLabel* title = nullptr;
        QLabel* meta = nullptr;
        FlowLayout* flow = nullptr;
        Row()
        {
            flow = new FlowLayout(&host, 8, 0);
            title = new QLabel(QStringLiteral("Number of outputs"));
            meta = new QLabel(QStringLiteral("num_outputs · integer, 1 – 4"));
            for (QLabel* l : {title, meta}) {
                l->setWordWrap(true); // as in FormField: a label that can wrap reports a squarish hint
                l->setTextInteractionFlags(Qt::TextSelectableByMouse);
                flow->addWidget(l);
            }
        }
        void layOut(int width)
        {
            host.resize(width, flow->heightForWidth(width));
            flow->setGeometry(host.rect());
        }
    };

private slots:
    void oneLineWhenThereIsRoom()
    {
        Row r;
        r.layOut(800);
        QCOMPARE(r.meta->y() + r.meta->height() / 2, r.title->y() + r.title->height() / 2);
        QVERIFY(r.meta->x() > r.title->x() + r.title->width());
        // Each text on a single line: as tall as one line of its font.
        QVERIFY2(r.meta->height() < 2 * r.meta->fontMetrics().height(),
                 qPrintable(QString::number(r.meta->height())));
        QVERIFY(r.title->height() < 2 * r.title->fontMetrics().height());
        QCOMPARE(r.flow->heightForWidth(800), std::max(r.title->height(), r.meta->height()));
    }

    void wrapsUnderWhenNarrow()
    {
        Row r;
        const int titleWidth = r.title->fontMetrics().horizontalAdvance(r.title->text());
        r.layOut(titleWidth + 20);
        QVERIFY2(r.meta->y() >= r.title->y() + r.title->height(),
                 qPrintable(QStringLiteral("meta at y %1, title %2+%3")
                                .arg(r.meta->y())
                                .arg(r.title->y())
                                .arg(r.title->height())));
        QCOMPARE(r.meta->x(), r.title->x());
        // Never wider than the line, and the height asked for is the height used.
        QVERIFY(r.meta->geometry().right() < r.host.width());
        QCOMPARE(r.flow->heightForWidth(r.host.width()), r.meta->geometry().bottom() + 1);
    }

    void minimumIsTheWidestItem()
    {
        Row r;
        const int widest = std::max(r.title->minimumSizeHint().width(), r.meta->minimumSizeHint().width());
        QCOMPARE(r.flow->minimumSize().width(), widest);
        // A line narrower than a whole text: it wraps inside its label, which stays inside the line.
        r.layOut(widest);
        QVERIFY(r.meta->geometry().right() < r.host.width());
        QVERIFY(r.title->geometry().right() < r.host.width());
    }

    void hiddenItemsTakeNoRoom()
    {
        Row r;
        r.host.show();
        r.title->hide();
        r.layOut(800);
        QCOMPARE(r.meta->x(), 0);
        QCOMPARE(r.flow->heightForWidth(800), r.meta->height());
    }
};

QTEST_MAIN(TstFlowLayout)
#include "tst_flowlayout.moc"
