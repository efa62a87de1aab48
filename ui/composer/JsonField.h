#pragma once
#include "ui/composer/FormField.h"

class QPlainTextEdit;

namespace r8::ui {

// An input the form has no editor for (arrays, objects, mixed types): its value as JSON text.
// Text that does not parse keeps the last good value and says what is wrong.
class JsonField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override;

protected:
    QWidget* makeEditor() override;
    void display(const QJsonValue& v) override;
    QPlainTextEdit* m_edit = nullptr;
};

} // namespace r8::ui
