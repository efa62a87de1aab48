#pragma once
#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PickRequestDialog;
}

namespace r8::ui {

// A small list to pick one of several requests (a .http file with more than one).
class PickRequestDialog : public QDialog
{
    Q_OBJECT
public:
    PickRequestDialog(const QString& intro, const QStringList& labels, QWidget* parent = nullptr);
    ~PickRequestDialog() override;

    int chosenIndex() const; // -1 when none
    void setChosenIndex(int index);

private:
    const QScopedPointer<Ui::PickRequestDialog> m_ui;
};

} // namespace r8::ui
