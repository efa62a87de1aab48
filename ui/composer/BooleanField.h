#pragma once
#include "ui/composer/FormField.h"

class QCheckBox;

namespace r8::ui {

// A true/false input: a check box that is its own title.
class BooleanField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override;

protected:
    QWidget* headerWidget() override;
    QWidget* makeEditor() override;
    void display(const QJsonValue& v) override;
    QCheckBox* m_check = nullptr;
};

} // namespace r8::ui
