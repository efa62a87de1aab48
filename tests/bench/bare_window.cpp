// The baseline of the startup benchmark: a bare QMainWindow, built in the same tree with the
// same flags, that reports its first paint exactly as `r8desk --exit-after-first-paint` does.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, []() {
                std::fputs("bare: first paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    // --with-text: one QLabel, so that the baseline also initialises fonts and draws text.
    if (QCoreApplication::arguments().contains(QStringLiteral("--with-text")))
        window.setCentralWidget(new QLabel(QStringLiteral("hello")));
    window.resize(1280, 800);
    FirstPaintProbe probe;
    window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
