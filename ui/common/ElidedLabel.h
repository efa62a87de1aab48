#pragma once
#include <QLabel>

namespace r8::ui {

// A one-line label for a text of any length: elided at the end when space is short, the whole
// text in the tooltip (and the accessible description), and never wider than it is given —
// a long server message cannot widen its page.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_text; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    QString m_text;
};

} // namespace r8::ui
