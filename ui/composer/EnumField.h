#pragma once
#include "ui/composer/FormField.h"

class QComboBox;

namespace r8::ui {

// An input with a fixed list of choices: a combo box (a value outside the list is shown as
// placeholder text, with its problem).
class EnumField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override;

protected:
    QWidget* makeEditor() override;
    void display(const QJsonValue& v) override;
    QComboBox* m_combo = nullptr;
};

} // namespace r8::ui
