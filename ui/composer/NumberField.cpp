#include "ui/composer/NumberField.h"

#include "ui/composer/FieldText.h"
#include "ui/composer/SchemaFormWidget.h"

#include <QHBoxLayout>
#include <QSlider>
#include <QToolButton>
#include <algorithm>
#include <cmath>

namespace r8::ui {

using namespace fieldtext;
using composer::FieldKind;

QWidget* NumberField::editor() const
{
    return m_spin;
}

QList<QWidget*> NumberField::focusChain() const
{
    QList<QWidget*> out;
    if (m_slider)
        out << m_slider;
    out << m_spin;
    if (m_reset)
        out << m_reset;
    return out;
}

bool NumberField::isInteger() const
{
    return m_spec.kind == FieldKind::Integer;
}

QWidget* NumberField::makeEditor()
{
    auto* box = new QWidget;
    auto* lay = new QHBoxLayout(box);
    lay->setContentsMargins(0, 0, 0, 0);
    m_spin = new FormSpinBox(box);
    const double lo = m_spec.minimum ? *m_spec.minimum : -1e15;
    const double hi = m_spec.maximum ? *m_spec.maximum : 1e15;
    const bool bounded = m_spec.minimum && m_spec.maximum && hi > lo;
    if (isInteger()) {
        m_spin->setDecimals(0);
        m_spin->setAllowedRange(std::ceil(lo), std::floor(hi));
        m_spin->setSingleStep(1);
    } else {
        double step = 0.1;
        if (bounded)
            step = std::pow(10.0, std::floor(std::log10((hi - lo) / 100.0)));
        step = std::clamp(step, 1e-6, 1e6);
        int decimals = std::max(2, decimalsOf(step));
        for (const QJsonValue& v : {m_spec.defaultValue, QJsonValue(m_spec.minimum.value_or(0)),
                                    QJsonValue(m_spec.maximum.value_or(0))})
            if (v.isDouble())
                decimals = std::max(decimals, decimalsOf(v.toDouble()));
        m_spin->setDecimals(std::min(decimals, 6));
        m_decimals = m_spin->decimals();
        m_spin->setAllowedRange(lo, hi);
        m_spin->setSingleStep(step);
        m_step = step;
    }
    m_spin->setMinimumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 40);
    m_spin->setMaximumWidth(m_spin->fontMetrics().horizontalAdvance(QStringLiteral("00000000000000000")) +
                            40);
    m_spin->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_spin->setFocusPolicy(Qt::StrongFocus);
    m_spin->installEventFilter(m_form);
    m_spin->setPlaceholderText(m_spec.required ? FormField::tr("Required") : FormField::tr("Not set"));
    connect(m_spin, &FormSpinBox::userEdited, this, [this] {
        double v = 0;
        switch (m_spin->textState(&v)) {
        case FormSpinBox::TextState::Empty:
            userSet(QJsonValue::Undefined);
            break;
        case FormSpinBox::TextState::Value:
            userSet(v); // as typed: 1.5 on an integer field is shown as it is, with its problem
            break;
        case FormSpinBox::TextState::Incomplete:
            break;
        }
        syncSlider();
    });
    // Leaving the field with half-typed text: show the value the field really holds.
    connect(m_spin, &QAbstractSpinBox::editingFinished, this, [this] {
        m_displaying = true;
        display(m_value);
        m_displaying = false;
    });

    // A slider beside the spin box when the range is one a slider can sweep sensibly.
    const double span = hi - lo;
    const bool sliderFits = bounded && std::fabs(lo) < 1e9 && std::fabs(hi) < 1e9 // slider positions are ints
                            && (isInteger() ? span >= 2 && span <= 10000 : span > 0 && span <= 1e6);
    if (sliderFits) {
        m_slider = new QSlider(Qt::Horizontal, box);
        if (isInteger()) {
            m_slider->setRange(int(std::ceil(lo)), int(std::floor(hi)));
            m_slider->setPageStep(std::max(1, int(span / 10)));
        } else {
            m_sliderSteps = int(std::clamp(std::round(span / m_step), 1.0, 1000.0));
            m_slider->setRange(0, m_sliderSteps);
            m_slider->setPageStep(std::max(1, m_sliderSteps / 10));
        }
        m_slider->setFocusPolicy(Qt::StrongFocus);
        m_slider->installEventFilter(m_form);
        m_slider->setAccessibleName(FormField::tr("%1 (slider)").arg(m_label));
        if (!m_spec.help.isEmpty())
            m_slider->setToolTip(m_spec.help);
        m_slider->setMinimumWidth(120);
        connect(m_slider, &QSlider::valueChanged, this, [this](int pos) {
            if (m_displaying || m_syncing)
                return;
            const double v = sliderToValue(pos);
            m_displaying = true;
            m_spin->setShownValue(v);
            m_displaying = false;
            userSet(v);
        });
        lay->addWidget(m_slider, 1);
        lay->addWidget(m_spin, 0);
    } else {
        lay->addWidget(m_spin, 0);
        lay->addStretch(1);
    }
    return box;
}

double NumberField::sliderToValue(int pos) const
{
    if (isInteger())
        return pos;
    const double lo = *m_spec.minimum, hi = *m_spec.maximum;
    if (pos >= m_sliderSteps)
        return hi;
    const double v = lo + pos * (hi - lo) / m_sliderSteps;
    const double p = std::pow(10.0, m_spin->decimals());
    return std::round(v * p) / p;
}

int NumberField::valueToSlider(double v) const
{
    if (isInteger())
        return int(std::clamp(std::round(v), double(m_slider->minimum()), double(m_slider->maximum())));
    const double lo = *m_spec.minimum, hi = *m_spec.maximum;
    return int(std::clamp(std::round((v - lo) / (hi - lo) * m_sliderSteps), 0.0, double(m_sliderSteps)));
}

void NumberField::syncSlider()
{
    if (!m_slider)
        return;
    m_syncing = true;
    const QJsonValue v = m_value.isDouble() ? m_value : m_initial;
    m_slider->setValue(v.isDouble() ? valueToSlider(v.toDouble()) : m_slider->minimum());
    m_syncing = false;
}

void NumberField::display(const QJsonValue& v)
{
    // The box shows the value that will be sent, also one out of range or with decimals on an
    // integer field (its problem is shown beside it); never a clamped or rounded one.
    m_spin->setPlaceholderText(m_spec.required ? FormField::tr("Required") : FormField::tr("Not set"));
    if (v.isDouble()) {
        m_spin->setDecimals(std::max(m_decimals, decimalsOf(v.toDouble())));
        m_spin->setShownValue(v.toDouble());
    } else {
        m_spin->setEmpty(true); // not set, or a value of another type: shown as it is, greyed
        if (!v.isUndefined())
            m_spin->setPlaceholderText(valueText(v));
    }
    syncSlider();
}

} // namespace r8::ui
