#pragma once
#include <QLabel>
#include <QUrl>

namespace r8::ui {

// A one-line label that shows a text (a prediction id) elided in the middle when space is short,
// as a link when it has a URL; the whole text is in the tooltip and the accessible description.
class ElidedLinkLabel : public QLabel
{
public:
    explicit ElidedLinkLabel(QWidget* parent = nullptr);

    void setLink(const QString& text, const QUrl& url = QUrl(), const QString& toolTip = QString());
    void clearLink();
    QString fullText() const { return m_text; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    QString m_text;
    QUrl m_url;
};

} // namespace r8::ui
