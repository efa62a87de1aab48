#pragma once
#include "app/api/Prediction.h"

#include <QLabel>

namespace r8::ui {

// The prediction's status as a rounded chip ("processing", "succeeded", …). The chip's hue says the
// state at a glance; its text colour is picked for contrast, so it reads the same in light and dark
// palettes. A QLabel underneath: text() is what a screen reader announces.
class StatusChip : public QLabel
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,    // nothing sent yet
        Sending, // reading the token / waiting for the create answer
        Starting,
        Processing,
        Succeeded,
        Failed,
        Canceled,
        Aborted,
        Error, // the request itself failed (HTTP or network), no prediction to show
    };
    Q_ENUM(State)

    explicit StatusChip(QWidget* parent = nullptr);

    State state() const { return m_state; }
    // `text` empty: the state's own name.
    void setState(State state, const QString& text = QString());

    static State stateFor(r8::api::PredictionStatus status);
    static QString stateName(State state); // translated: "starting", "succeeded", …
    static QColor chipColor(State state, const QPalette& palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateColors();
    State m_state = State::Idle;
};

} // namespace r8::ui
