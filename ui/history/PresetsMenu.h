#pragma once
#include "ui/history/ComposerSnapshot.h"

#include <QMenu>

#include <functional>

namespace r8::composer {
class PresetStore;
}

namespace r8::ui {

// The composer's presets menu: "Save as preset…", the presets (choosing one loads it), "Manage
// presets…" (load, rename, delete), "Import .http file…" (several requests: pick one; the parser's
// warnings are shown) and "Export as .http file…" (saved atomically). Failures are reported through
// message(); the composer's request is never touched by a failed load or import.
class PresetsMenu : public QMenu
{
    Q_OBJECT
public:
    // `store` is owned by the caller; the menu re-reads its file each time it opens.
    PresetsMenu(r8::composer::PresetStore* store, SnapshotFn snapshot, QWidget* parent = nullptr);

    r8::composer::PresetStore* store() const { return m_store; }
    QStringList presetNames() const;
    QAction* saveAction() const { return m_save; }
    QAction* manageAction() const { return m_manage; }
    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }

    // Test hooks (like Prompt's): when set, they stand in for the file dialogs and the "pick one
    // request" list. A path chooser returns an empty string to cancel; a picker returns -1.
    using PathChooser = std::function<QString(bool save, const QString& suggestedPath)>;
    using RequestPicker = std::function<int(const QStringList& labels)>;
    static void setPathChooserForTests(PathChooser chooser);
    static void setRequestPickerForTests(RequestPicker picker);

public slots:
    // Re-reads the presets file and rebuilds the list; a damaged file is reported through message().
    void reload();
    // Asks a name (Prompt::askText); replacing an existing preset asks first (Prompt::confirm).
    bool saveAsPreset();
    bool loadPreset(const QString& name);
    bool renamePreset(const QString& name); // asks the new name
    bool deletePreset(const QString& name); // asks first
    void managePresets();
    // Empty path: a file dialog asks.
    bool importHttpFile(const QString& path = QString());
    bool exportHttpFile(const QString& path = QString());

signals:
    void requestChosen(const r8::composer::ComposerRequest& request); // a preset or an imported request
    void message(const QString& text, bool isError);

private:
    QWidget* dialogParent() const;
    void rebuild();
    bool commit(const QString& previousError);
    QString choosePath(bool save, const QString& suggested);

    r8::composer::PresetStore* m_store;
    SnapshotFn m_snapshot;
    QAction* m_save = nullptr;
    QAction* m_presetsSection = nullptr;
    QAction* m_manage = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QList<QAction*> m_presetActions;
    QString m_loadError; // why the file could not be read fully; saving then keeps a copy first
};

} // namespace r8::ui
