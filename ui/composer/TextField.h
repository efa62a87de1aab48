#pragma once
#include "ui/composer/FormField.h"

class QPlainTextEdit;

namespace r8::ui {

// A long text input (a prompt): a multi-line editor that grows with its text.
class TextField : public FormField
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
