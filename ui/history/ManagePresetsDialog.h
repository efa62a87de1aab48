#pragma once
#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class ManagePresetsDialog;
}

namespace r8::ui {
class PresetsMenu;

// "Manage presets…": the saved presets with what they run; load, rename or delete one (deleting
// asks first). Works through the menu, so the file is saved the same way as from the menu.
class ManagePresetsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManagePresetsDialog(PresetsMenu* menu, QWidget* parent = nullptr);
    ~ManagePresetsDialog() override;

    QStringList names() const;
    void select(const QString& name);
    QString selectedName() const;

public slots:
    void refresh();

private:
    void updateButtons();

    const QScopedPointer<Ui::ManagePresetsDialog> m_ui;
    PresetsMenu* m_menu;
};

} // namespace r8::ui
