#include "ui/composer/GrowingTextEdit.h"

#include <QTextBlock>

#include <algorithm>

namespace r8::ui {

GrowingTextEdit::GrowingTextEdit(int minLines, int maxLines, QWidget* parent)
    : QPlainTextEdit(parent), m_min(minLines), m_max(maxLines)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(document(), &QTextDocument::contentsChanged, this, [this] { updateGeometry(); });
}

QSize GrowingTextEdit::sizeHint() const
{
    int lines = 0;
    for (QTextBlock b = document()->firstBlock(); b.isValid() && lines <= m_max; b = b.next())
        lines += std::max(1, b.layout() && b.layout()->lineCount() > 0 ? b.layout()->lineCount() : 1);
    lines = std::clamp(lines, m_min, m_max);
    const int h =
        lines * fontMetrics().lineSpacing() + 2 * int(document()->documentMargin()) + 2 * frameWidth() + 4;
    return {QPlainTextEdit::sizeHint().width(), h};
}

QSize GrowingTextEdit::minimumSizeHint() const
{
    return {100, sizeHint().height()};
}

void GrowingTextEdit::resizeEvent(QResizeEvent* e)
{
    QPlainTextEdit::resizeEvent(e);
    updateGeometry(); // wrapping changed
}

} // namespace r8::ui
