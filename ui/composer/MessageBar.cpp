#include "ui/composer/MessageBar.h"

#include "ui/common/Tone.h"
#include "ui/composer/WrapText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace r8::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Message"));
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_label, 1);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setText(tr("Dismiss"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this]() { emit actionTriggered(m_actionId); });
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind, const QString& actionText,
                             const QString& actionId)
{
    m_kind = kind;
    m_actionId = actionId;
    m_text = text;
    m_label->setText(wrapAnywhere(text)); // a long word wraps instead of widening the window
    m_label->setAccessibleName(tr("Message: %1").arg(text)); // announced (AT-SPI: the name changes)
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_action->setText(actionText);
    m_action->setAccessibleName(QString(actionText).remove(QLatin1Char('&')));
    m_action->setVisible(!actionText.isEmpty());

    const QPalette pal = bannerPalette(kind == Kind::Error     ? Tone::Error
                                       : kind == Kind::Warning ? Tone::Warning
                                                               : Tone::Info,
                                       parentWidget() ? parentWidget()->palette() : palette());
    setPalette(pal);
    m_label->setPalette(pal);
    show();
}

void MessageBar::setText(const QString& text)
{
    m_text = text;
    m_label->setText(wrapAnywhere(text));
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text;
}

} // namespace r8::ui
