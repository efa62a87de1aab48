#pragma once
#include "ui/history/ComposerSnapshot.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ShowCodeDialog;
}

namespace r8::ui {

// "Show code…": the request as code in a read-only monospace view, a format selector and a Copy
// button, for people who want to read it before taking it away. The snapshot is taken when the
// dialog opens; the code never holds the secret.
class ShowCodeDialog : public QDialog
{
    Q_OBJECT
public:
    ShowCodeDialog(const ComposerSnapshot& snapshot, r8::composer::CodeFormat format,
                   QWidget* parent = nullptr);
    ~ShowCodeDialog() override;

    r8::composer::CodeFormat format() const;
    void setFormat(r8::composer::CodeFormat format);
    QString code() const;

public slots:
    void copy();

signals:
    void copied(const QString& message);

private:
    void regenerate();

    const QScopedPointer<Ui::ShowCodeDialog> m_ui;
    ComposerSnapshot m_snapshot;
};

} // namespace r8::ui
