#include "ui/composer/FormSpinBox.h"

#include <QLineEdit>

#include <algorithm>

namespace r8::ui {

FormSpinBox::FormSpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setKeyboardTracking(true);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    // textEdited comes before the spin box reads the text: decide emptiness first, report after.
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString&) {
        m_empty = cleanText().trimmed().isEmpty();
        emit userEdited();
    });
}

void FormSpinBox::setEmpty(bool empty)
{
    m_empty = empty;
    const QSignalBlocker block(this);
    lineEdit()->setText(empty ? QString() : textFromValue(value()));
}

void FormSpinBox::setShownValue(double v)
{
    m_empty = false;
    const QSignalBlocker block(this);
    setValue(v);
    lineEdit()->setText(textFromValue(value()));
}

void FormSpinBox::setAllowedRange(double minimum, double maximum)
{
    m_allowedMin = minimum;
    m_allowedMax = maximum;
    setRange(std::min(minimum, -1e15), std::max(maximum, 1e15));
}

void FormSpinBox::setPlaceholderText(const QString& text)
{
    lineEdit()->setPlaceholderText(text);
}

FormSpinBox::TextState FormSpinBox::textState(double* v) const
{
    QString t = cleanText().trimmed();
    if (t.isEmpty())
        return TextState::Empty;
    int pos = 0;
    if (QDoubleSpinBox::validate(t, pos) != QValidator::Acceptable)
        return TextState::Incomplete;
    *v = QDoubleSpinBox::valueFromText(t);
    return TextState::Value;
}

QValidator::State FormSpinBox::validate(QString& text, int& pos) const
{
    if (text.trimmed().isEmpty())
        return QValidator::Acceptable;
    return QDoubleSpinBox::validate(text, pos);
}

double FormSpinBox::valueFromText(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return value(); // empty is "not set": the number underneath stays
    return QDoubleSpinBox::valueFromText(text);
}

QString FormSpinBox::textFromValue(double v) const
{
    if (m_empty)
        return QString();
    // No group separators: "1024", not "1,024" (it is copied into JSON and code).
    return locale().toString(v, 'f', decimals()).remove(locale().groupSeparator());
}

void FormSpinBox::fixup(QString& input) const
{
    if (input.trimmed().isEmpty())
        return;
    QDoubleSpinBox::fixup(input);
}

void FormSpinBox::stepBy(int steps)
{
    if (m_empty) {
        // From "not set", the first step lands on a value in range (0 when it is in range).
        m_empty = false;
        setShownValue(std::clamp(0.0, m_allowedMin, m_allowedMax));
        emit userEdited();
        return;
    }
    // Steps stay in the allowed range (and bring a value from outside it back in).
    const double next = std::clamp(value() + steps * singleStep(), m_allowedMin, m_allowedMax);
    if (next == value())
        return;
    setShownValue(next);
    emit userEdited();
}

QAbstractSpinBox::StepEnabled FormSpinBox::stepEnabled() const
{
    if (m_empty)
        return StepUpEnabled | StepDownEnabled;
    if (isReadOnly())
        return StepNone;
    StepEnabled enabled = StepNone;
    if (value() < m_allowedMax)
        enabled |= StepUpEnabled;
    if (value() > m_allowedMin)
        enabled |= StepDownEnabled;
    return enabled;
}

} // namespace r8::ui
