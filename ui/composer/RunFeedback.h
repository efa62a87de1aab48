#pragma once
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace r8 {
class TokenVault;
}
namespace r8::api {
struct Prediction;
}
namespace r8::composer {
class ComposerRun;
struct RunError;
} // namespace r8::composer

namespace r8::ui {
class InputEditor;
class MessageBar;
class TokenChooser;

// Explains how a composer run went, in the message bar above the page: 401 → the token (with a
// button to open it), 422 → the fields (marked in the form), 429 → when to retry (counting down),
// a failed prediction → its error (and its logs), network trouble → Retry.
class RunFeedback : public QObject
{
    Q_OBJECT
public:
    RunFeedback(r8::composer::ComposerRun* run, MessageBar* bar, InputEditor* input, TokenChooser* tokens,
                TokenVault* vault, QObject* parent);
    void clear(); // hides the message and stops a countdown

private:
    void onFinished(const r8::api::Prediction& prediction);
    void onFailed(const r8::composer::RunError& error);
    void tickRetry();

    r8::composer::ComposerRun* m_run;
    MessageBar* m_bar;
    InputEditor* m_input;
    TokenChooser* m_tokens;
    TokenVault* m_vault;
    QTimer m_retryTimer;
    QDateTime m_retryAt;
};

} // namespace r8::ui
