#pragma once
#include "ui/history/ComposerSnapshot.h"

#include <QHash>
#include <QMenu>

namespace r8::ui {

// "Copy as": the composer's request as curl, HTTPie, Python (replicate / requests), Node
// (replicate / fetch), a .http file or an `r8 exec -- …` line, put on the clipboard. The code
// never holds the secret (it reads $REPLICATE_API_TOKEN), so a plain clipboard set is right.
// "Show code…" opens a dialog to read the code before copying it.
class CopyAsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit CopyAsMenu(SnapshotFn snapshot, QWidget* parent = nullptr);

    QAction* actionFor(r8::composer::CodeFormat format) const { return m_actions.value(int(format)); }

    // The message shown after copying `format` (also emitted by copied()).
    static QString copiedMessage(r8::composer::CodeFormat format, const r8::composer::ExportOptions& options);

public slots:
    // Copies the snapshot as `format`; false when there is nothing to copy.
    bool copy(r8::composer::CodeFormat format);
    // Opens the "Show code" dialog (non-modal, deleted on close) and returns it.
    QDialog* showCode(r8::composer::CodeFormat format = r8::composer::CodeFormat::Curl);

signals:
    // "Copied as curl — it reads the token from $REPLICATE_API_TOKEN"
    void copied(const QString& message);

private:
    SnapshotFn m_snapshot;
    QHash<int, QAction*> m_actions;
    QAction* m_showCode = nullptr;
};

} // namespace r8::ui
