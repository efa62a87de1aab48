#pragma once
#include <QDoubleSpinBox>

namespace r8::ui {

// A double spin box that may also be empty ("not set"): the form's Integer and Number editor
// (decimals 0 for integers, so that integers beyond 2^31 fit). userEdited() is emitted for typing
// and the arrows, never for programmatic changes.
class FormSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit FormSpinBox(QWidget* parent = nullptr);
    bool isEmpty() const { return m_empty; }
    void setEmpty(bool empty);
    void setShownValue(double value);             // shows a value (not empty), no signals
    void setPlaceholderText(const QString& text); // shown while empty
    // The range the arrow keys and buttons keep to. Typed text may go beyond it (the form shows
    // such a value as it is, marked invalid, instead of clamping it).
    void setAllowedRange(double minimum, double maximum);
    double allowedMinimum() const { return m_allowedMin; }
    double allowedMaximum() const { return m_allowedMax; }

    // What the text shows now: empty, a number, or nothing usable yet (typing "-", "1." …).
    enum class TextState
    {
        Empty,
        Value,
        Incomplete
    };
    TextState textState(double* value) const;

    QValidator::State validate(QString& text, int& pos) const override;
    double valueFromText(const QString& text) const override;
    QString textFromValue(double value) const override;
    void fixup(QString& input) const override;
    void stepBy(int steps) override;

signals:
    void userEdited();

protected:
    StepEnabled stepEnabled() const override;

private:
    bool m_empty = false;
    double m_allowedMin = -1e15;
    double m_allowedMax = 1e15;
};

} // namespace r8::ui
