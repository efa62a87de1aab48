#pragma once
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QMainWindow;
class QSettings;
class QSplitter;
class QWidget;

namespace r8::ui {

// Keeps the main window's geometry, every named QSplitter's position and the last page across
// restarts (QSettings, never a secret). Splitters are found by objectName wherever they are in the
// window, including those of pages made later (restore() again once a page exists); a splitter's
// key is the path of named widgets above it ("HistoryPage/splitter"), so two pages' "splitter"s
// do not share a position; a splitter made later (a page built on first use, a viewer made when
// a response arrives) gets its position as it is first shown. A saved geometry is fitted to the screen the
// window opens on.
class WindowStateKeeper : public QObject
{
    Q_OBJECT
public:
    // `iniFile` empty: the user's settings (organisation and application "r8desk").
    WindowStateKeeper(QMainWindow* window, const QString& iniFile, QObject* parent = nullptr);
    ~WindowStateKeeper() override;

    // Geometry: the saved one fitted to the screen, else a default that fits (at most 1280×800).
    void restoreGeometry();
    // Every named splitter under `root` not restored yet gets its saved position.
    void restoreSplitters(QWidget* root);
    QString lastPage() const;
    void setLastPage(const QString& objectName);
    // Geometry and every named splitter's position now (positions of splitters not made this time
    // are kept as saved).
    void save();
    // Moves and shrinks the window so that its frame lies inside the available area of its screen.
    static void fitToScreen(QWidget* window);
    // The key under which a splitter's position is kept ("" for a splitter without an objectName).
    static QString splitterKey(const QSplitter* splitter);

protected:
    // A splitter of this window about to be shown for the first time gets its saved position.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restoreSplitter(QSplitter* splitter);
    void applyShares(QSplitter* splitter);

    QPointer<QMainWindow> m_window;
    QSettings* m_settings;
    QSet<const QSplitter*> m_restored;
    QSet<const QSplitter*> m_pendingShares; // nothing saved: its default shares wait for its width
};

} // namespace r8::ui
