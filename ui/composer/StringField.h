#pragma once
#include "ui/composer/FormField.h"

class QLineEdit;

namespace r8::ui {

// A one-line text input (a string without a long-text hint). Empty means "not set", unless the
// model's own default is the empty string.
class StringField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override;

protected:
    QWidget* makeEditor() override;
    void display(const QJsonValue& v) override;
    QJsonValue fromText(const QString& t) const;
    QLineEdit* m_edit = nullptr;
};

} // namespace r8::ui
