#pragma once
#include <QPlainTextEdit>

namespace r8::ui {

// A plain-text editor that grows with its text between `minLines` and `maxLines`.
class GrowingTextEdit : public QPlainTextEdit
{
public:
    GrowingTextEdit(int minLines, int maxLines, QWidget* parent);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* e) override;

private:
    int m_min, m_max;
};

} // namespace r8::ui
