#include "ui/composer/ElidedLinkLabel.h"

namespace r8::ui {

ElidedLinkLabel::ElidedLinkLabel(QWidget* parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidedLinkLabel::setLink(const QString& text, const QUrl& url, const QString& toolTip)
{
    m_text = text;
    m_url = url;
    setToolTip(toolTip.isEmpty() ? text : QStringLiteral("%1\n%2").arg(text, toolTip));
    setAccessibleDescription(text);
    refresh();
    updateGeometry();
}

void ElidedLinkLabel::clearLink()
{
    setLink(QString());
}

QSize ElidedLinkLabel::minimumSizeHint() const
{
    const QSize s = QLabel::minimumSizeHint();
    return QSize(std::min(s.width(), fontMetrics().horizontalAdvance(QStringLiteral("abcd…wxyz"))),
                 s.height());
}

QSize ElidedLinkLabel::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(m_text) + 4, QLabel::sizeHint().height());
}

void ElidedLinkLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    refresh();
}

void ElidedLinkLabel::refresh()
{
    const QString shown =
        fontMetrics().elidedText(m_text, Qt::ElideMiddle, std::max(0, width() - 4)).toHtmlEscaped();
    setText(m_url.isValid()
                ? QStringLiteral("<a href=\"%1\">%2</a>").arg(m_url.toString().toHtmlEscaped(), shown)
                : shown);
}

} // namespace r8::ui
