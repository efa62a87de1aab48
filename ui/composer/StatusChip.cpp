#include "ui/composer/StatusChip.h"

#include "ui/common/EnvColors.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace r8::ui {

StatusChip::StatusChip(QWidget* parent) : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setAccessibleName(tr("Prediction status"));
    setState(State::Idle);
}

StatusChip::State StatusChip::stateFor(api::PredictionStatus status)
{
    switch (status) {
    case api::PredictionStatus::Starting:
        return State::Starting;
    case api::PredictionStatus::Processing:
        return State::Processing;
    case api::PredictionStatus::Succeeded:
        return State::Succeeded;
    case api::PredictionStatus::Failed:
        return State::Failed;
    case api::PredictionStatus::Canceled:
        return State::Canceled;
    case api::PredictionStatus::Aborted:
        return State::Aborted;
    case api::PredictionStatus::Other:
        break;
    }
    return State::Processing;
}

QString StatusChip::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("not sent");
    case State::Sending:
        return tr("sending");
    case State::Starting:
        return tr("starting");
    case State::Processing:
        return tr("processing");
    case State::Succeeded:
        return tr("succeeded");
    case State::Failed:
        return tr("failed");
    case State::Canceled:
        return tr("canceled");
    case State::Aborted:
        return tr("aborted");
    case State::Error:
        return tr("error");
    }
    return QString();
}

QColor StatusChip::chipColor(State state, const QPalette& palette)
{
    switch (state) {
    case State::Idle:
        return palette.color(QPalette::Mid);
    case State::Sending:
    case State::Starting:
        return QColor(0x54, 0x6E, 0x7A); // slate
    case State::Processing:
        return QColor(0x15, 0x65, 0xC0); // blue
    case State::Succeeded:
        return QColor(0x2E, 0x7D, 0x32); // green
    case State::Failed:
        return QColor(0xC6, 0x28, 0x28); // red
    case State::Canceled:
        return QColor(0x8D, 0x6E, 0x63); // brown-grey
    case State::Aborted:
        return QColor(0x6D, 0x4C, 0x41);
    case State::Error:
        return QColor(0xAD, 0x14, 0x57); // crimson
    }
    return palette.color(QPalette::Mid);
}

void StatusChip::setState(State state, const QString& text)
{
    m_state = state;
    setText(text.isEmpty() ? stateName(state) : text);
    setAccessibleDescription(tr("Status: %1").arg(this->text()));
    // Announced: a screen reader hears "Prediction status: succeeded" (AT-SPI: the name changes).
    setAccessibleName(tr("Prediction status: %1").arg(this->text()));
    updateColors();
    updateGeometry();
    update();
}

void StatusChip::updateColors()
{
    QPalette p = palette();
    p.setColor(QPalette::WindowText, chipTextColor(chipColor(m_state, p)));
    setPalette(p);
}

QSize StatusChip::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.horizontalAdvance(text()) + fm.height() * 2, fm.height() + 8);
}

void StatusChip::paintEvent(QPaintEvent* event)
{
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        path.addRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        painter.fillPath(path, chipColor(m_state, palette()));
    }
    QLabel::paintEvent(event);
}

void StatusChip::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        updateColors();
}

} // namespace r8::ui
