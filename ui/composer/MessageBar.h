#pragma once
#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace r8::ui {

// An inline message above the composer: what went wrong (or right) where it happened, with up to
// one action button ("Open in Tokens", "Retry", "Start the sandbox") and a dismiss button.
// Colours follow the palette (an error tint computed for light or dark).
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Info,
        Warning,
        Error
    };
    explicit MessageBar(QWidget* parent = nullptr);

    // `actionText` empty: no action button. The action button emits actionTriggered(actionId).
    void showMessage(const QString& text, Kind kind, const QString& actionText = QString(),
                     const QString& actionId = QString());
    // Changes the text only (a countdown), keeping kind and action.
    void setText(const QString& text);
    QString text() const; // empty while hidden
    QString actionId() const { return m_actionId; }
    QPushButton* actionButton() const { return m_action; }
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered(const QString& actionId);

private:
    QLabel* m_icon;
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_close;
    QString m_actionId;
    QString m_text; // as given (the label's has break opportunities in long words)
    Kind m_kind = Kind::Info;
};

} // namespace r8::ui
