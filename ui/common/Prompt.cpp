#include "ui/common/Prompt.h"

#include <QInputDialog>
#include <QPushButton>
#include <QQueue>

namespace r8::ui::Prompt {

namespace {
struct Answer
{
    bool accept;
    QString text;
};
QQueue<Answer>& queue()
{
    static QQueue<Answer> q;
    return q;
}
bool& nonInteractive()
{
    static bool on = false;
    return on;
}

} // namespace

void setNonInteractive(bool on)
{
    nonInteractive() = on;
}

QStringList& shownTexts()
{
    static QStringList s;
    return s;
}

void queueAnswer(bool accept, const QString& text)
{
    queue().enqueue({accept, text});
}

void resetForTests()
{
    queue().clear();
    shownTexts().clear();
}

bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
             bool destructive)
{
    shownTexts().append(text);
    if (nonInteractive())
        return !queue().isEmpty() && queue().dequeue().accept;
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                    QMessageBox::NoButton, parent);
    QPushButton* ok =
        box.addButton(acceptText, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(destructive ? cancel : ok);
    box.exec();
    return box.clickedButton() == ok;
}

bool askText(QWidget* parent, const QString& title, const QString& label, QString* text)
{
    shownTexts().append(label);
    if (nonInteractive()) {
        if (queue().isEmpty())
            return false;
        const Answer a = queue().dequeue();
        *text = a.text;
        return a.accept;
    }
    bool ok = false;
    *text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, *text, &ok);
    return ok;
}

void error(QWidget* parent, const QString& title, const QString& text)
{
    shownTexts().append(text);
    if (nonInteractive())
        return;
    QMessageBox::critical(parent, title, text);
}

void info(QWidget* parent, const QString& title, const QString& text)
{
    shownTexts().append(text);
    if (nonInteractive())
        return;
    QMessageBox::information(parent, title, text);
}

} // namespace r8::ui::Prompt
