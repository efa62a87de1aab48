#pragma once
#include <QMessageBox>
#include <QStringList>

namespace r8::ui {

// Every confirmation and error dialog goes through here, so that GUI tests can pre-answer
// them (as KeePassXC's tests do) instead of racing a modal dialog.
namespace Prompt {

// Asks a yes/no question; returns true for the affirmative button.
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText,
             bool destructive = false);
// Asks for a line of text (e.g. "type the token's name to confirm"). Returns false if cancelled.
bool askText(QWidget* parent, const QString& title, const QString& label, QString* text);
void error(QWidget* parent, const QString& title, const QString& text);
void info(QWidget* parent, const QString& title, const QString& text);

// Test hooks. In non-interactive mode no dialog is ever shown: confirm/askText take the next
// queued answer (or cancel when none is queued), error/info only record their text.
void setNonInteractive(bool on);
void queueAnswer(bool accept, const QString& text = QString());
QStringList& shownTexts();
void resetForTests();

} // namespace Prompt
} // namespace r8::ui
