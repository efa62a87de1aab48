#include "ui/WindowStateKeeper.h"

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace r8::ui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kPage = QStringLiteral("window/page");
const QString kSplitters = QStringLiteral("window/splitters/");
const char* const kDefaultShares = "defaultShares";
constexpr int kDefaultWidth = 1280;
constexpr int kDefaultHeight = 800;

QScreen* screenOf(const QWidget* window)
{
    if (QScreen* s = QGuiApplication::screenAt(window->frameGeometry().center()))
        return s;
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}
} // namespace

WindowStateKeeper::WindowStateKeeper(QMainWindow* window, const QString& iniFile, QObject* parent)
    : QObject(parent), m_window(window),
      m_settings(iniFile.isEmpty() ? new QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"), this)
                                   : new QSettings(iniFile, QSettings::IniFormat, this))
{
    qApp->installEventFilter(this); // Polish: a widget about to be shown for the first time
}

WindowStateKeeper::~WindowStateKeeper() = default;

QString WindowStateKeeper::splitterKey(const QSplitter* splitter)
{
    if (!splitter || splitter->objectName().isEmpty())
        return {};
    QStringList path;
    for (const QObject* o = splitter; o; o = o->parent()) {
        if (o->isWidgetType() && static_cast<const QWidget*>(o)->isWindow())
            break;
        const QString name = o->objectName();
        if (!name.isEmpty() && !name.startsWith(QLatin1String("qt_")))
            path.prepend(name);
    }
    return path.join(QLatin1Char('/'));
}

void WindowStateKeeper::restoreGeometry()
{
    if (!m_window)
        return;
    const QByteArray saved = m_settings->value(kGeometry).toByteArray();
    if (saved.isEmpty() || !m_window->restoreGeometry(saved)) {
        QScreen* screen = QGuiApplication::primaryScreen();
        const QSize room = screen ? screen->availableGeometry().size() : QSize(kDefaultWidth, kDefaultHeight);
        // 90% of the screen at most: room for the frame and title bar the window manager adds.
        m_window->resize(qMin(kDefaultWidth, room.width() * 9 / 10),
                         qMin(kDefaultHeight, room.height() * 9 / 10));
        if (screen)
            m_window->move(screen->availableGeometry().center() - m_window->rect().center());
    }
    fitToScreen(m_window);
}

void WindowStateKeeper::fitToScreen(QWidget* window)
{
    QScreen* screen = screenOf(window);
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect room = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    // The frame's extra size (title bar, borders); before the first show it is not known yet.
    const QSize decoration = frame.size() - window->geometry().size();
    QSize size = window->size();
    size = size.boundedTo(room.size() - decoration).expandedTo(window->minimumSize());
    if (size != window->size())
        window->resize(size);
    QRect moved(window->frameGeometry().topLeft(), size + decoration);
    if (moved.right() > room.right())
        moved.moveRight(room.right());
    if (moved.bottom() > room.bottom())
        moved.moveBottom(room.bottom());
    if (moved.left() < room.left())
        moved.moveLeft(room.left());
    if (moved.top() < room.top())
        moved.moveTop(room.top());
    if (moved.topLeft() != window->frameGeometry().topLeft())
        window->move(moved.topLeft());
}

void WindowStateKeeper::restoreSplitters(QWidget* root)
{
    if (!root)
        return;
    for (QSplitter* splitter : root->findChildren<QSplitter*>())
        restoreSplitter(splitter);
}

void WindowStateKeeper::restoreSplitter(QSplitter* splitter)
{
    if (m_restored.contains(splitter) || splitter->window() != m_window)
        return;
    const QString key = splitterKey(splitter);
    if (key.isEmpty())
        return;
    m_restored.insert(splitter);
    connect(splitter, &QObject::destroyed, this, [this, splitter]() { m_restored.remove(splitter); });
    const QByteArray state = m_settings->value(kSplitters + key).toByteArray();
    if (state.isEmpty()) {
        // Nothing saved: the shares the splitter asks for (a "defaultShares" property, e.g. 5 and 6),
        // applied once it has its width; without them Qt shares by the sides' size hints, which
        // change with their content.
        if (splitter->property(kDefaultShares).isValid()) {
            m_pendingShares.insert(splitter);
            connect(splitter, &QSplitter::splitterMoved, this,
                    [this, splitter]() { m_pendingShares.remove(splitter); });
            connect(splitter, &QObject::destroyed, this,
                    [this, splitter]() { m_pendingShares.remove(splitter); });
            if (splitter->isVisible() && splitter->width() > 0)
                applyShares(splitter);
        }
        return;
    }
    // Once the window is shown and laid out: restored before, the sizes would be shared out again
    // when the splitter gets its real size.
    QPointer<QSplitter> later(splitter);
    QTimer::singleShot(0, this, [later, state]() {
        if (later)
            later->restoreState(state);
    });
}

void WindowStateKeeper::applyShares(QSplitter* splitter)
{
    // Kept until the user moves the divider: every resize before that (the window fitted to the
    // screen, the window manager's size) keeps the proportions.
    const QVariantList shares = splitter->property(kDefaultShares).toList();
    QList<int> sizes = splitter->sizes();
    if (shares.size() != sizes.size())
        return;
    qint64 total = 0;
    qint64 weight = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        total += sizes.at(i);
        weight += std::clamp(shares.at(i).toInt(), 0, 1000);
    }
    if (total <= 0 || weight <= 0)
        return;
    for (int i = 0; i < sizes.size(); ++i)
        sizes[i] = int(total * std::clamp(shares.at(i).toInt(), 0, 1000) / weight);
    splitter->setSizes(sizes); // a side's minimum still wins over its share
}

bool WindowStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && !m_pendingShares.isEmpty()) {
        auto* splitter = qobject_cast<QSplitter*>(watched);
        if (splitter && m_pendingShares.contains(splitter) && splitter->width() > 0 &&
            splitter->height() > 0) {
            QPointer<QSplitter> later(splitter);
            QTimer::singleShot(0, this, [this, later]() {
                if (later && m_pendingShares.contains(later.data()))
                    applyShares(later);
            });
        }
    }
    if (event->type() == QEvent::Polish && m_window) {
        if (auto* splitter = qobject_cast<QSplitter*>(watched))
            restoreSplitter(splitter);
    }
    return QObject::eventFilter(watched, event);
}

QString WindowStateKeeper::lastPage() const
{
    return m_settings->value(kPage).toString();
}

void WindowStateKeeper::setLastPage(const QString& objectName)
{
    m_settings->setValue(kPage, objectName);
}

void WindowStateKeeper::save()
{
    if (!m_window)
        return;
    m_settings->setValue(kGeometry, m_window->saveGeometry());
    for (const QSplitter* splitter : m_window->findChildren<QSplitter*>()) {
        const QString key = splitterKey(splitter);
        // Only splitters given their saved position: one never shown keeps the saved one.
        if (!key.isEmpty() && m_restored.contains(splitter))
            m_settings->setValue(kSplitters + key, splitter->saveState());
    }
    m_settings->sync();
}

} // namespace r8::ui
