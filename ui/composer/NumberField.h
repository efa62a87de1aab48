#pragma once
#include "ui/composer/FormField.h"
#include "ui/composer/FormSpinBox.h"

class QSlider;

namespace r8::ui {

// An integer or number input: a spin box that may be empty, with a slider beside it when the
// range is one a slider can sweep sensibly.
class NumberField : public FormField
{
public:
    using FormField::FormField;
    QWidget* editor() const override;
    QList<QWidget*> focusChain() const override;

protected:
    bool isInteger() const;

    QWidget* makeEditor() override;

    double sliderToValue(int pos) const;
    int valueToSlider(double v) const;
    void syncSlider();
    void display(const QJsonValue& v) override;

    FormSpinBox* m_spin = nullptr;
    QSlider* m_slider = nullptr;
    double m_step = 1;
    int m_sliderSteps = 1000;
    bool m_syncing = false;
    int m_decimals = 0; // the field's own (more when a value needs them, so it is shown exactly)
};

} // namespace r8::ui
