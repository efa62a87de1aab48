#pragma once
#include "app/composer/ComposerRequest.h"
#include "ui/Services.h"
#include "ui/history/ComposerSnapshot.h"

#include <QScopedPointer>
#include <QWidget>

#include <optional>

class QAction;

namespace Ui {
class ComposerPage;
}
namespace r8::composer {
class ComposerRun;
class HistoryStore;
class PresetStore;
} // namespace r8::composer

namespace r8::ui {
class HeadersView;
class InputEditor;
class ModelController;
class RecentTargets;
class RequestOptions;
class RunFeedback;
class RunPanel;
class TokenChooser;

// The request composer: pick a model (looked up as you type to build the input form from its
// schema), a token by name and the options, see exactly what will be sent, send it, and follow the
// prediction — status, elapsed time, progress, live logs, streamed text, the output and every raw
// exchange. Errors are explained where they happen (401 → the token, 422 → the field, 429 → when).
// Every request is kept in history (token by NAME). The token's secret is read from the keychain
// only when something is sent (a lookup or the request) and is never shown.
//
// The page puts its pieces together: ModelController (the model field and the form it builds),
// RequestOptions (wait/stream/Cancel-After/headers), ComposerRun (the run, its only way to the
// network), RunPanel (what the run shows) and RunFeedback (what the run means, in the message bar).
// Tests find its widgets by objectName.
class ComposerPage : public QWidget
{
    Q_OBJECT
public:
    // `history` and `presets` may be null (nothing recorded / no presets menu); owned by the caller.
    ComposerPage(const Services& services, r8::composer::HistoryStore* history,
                 r8::composer::PresetStore* presets, QWidget* parent = nullptr);
    ~ComposerPage() override;

    // The request as it would be sent now; empty + *problem (translated) when something blocks it.
    std::optional<r8::composer::ComposerRequest> currentRequest(QString* problem = nullptr) const;
    // For Copy as / presets: the request and where it goes (never a token).
    std::optional<ComposerSnapshot> snapshot() const;

    QString environment() const;
    QString tokenId() const;
    QString tokenName() const;
    QString targetText() const;
    bool isRunning() const;
    bool isLookingUp() const;
    // What blocks Send (empty when it can be sent).
    QString sendProblem() const;

    // Actions with shortcuts for the main window's menu: Send (Ctrl+Return), Cancel (Esc),
    // Retry (Ctrl+Shift+Return), Focus the model field (Ctrl+L).
    QList<QAction*> composerActions() const;
    // Tests and benchmarks: the run's poll timing.
    void setPollIntervals(int firstMs, int maxMs);

public slots:
    // Loads a request (a preset, a history entry): target, options, headers and body. `environment`
    // and `tokenName` (by name) are chosen when given and known.
    void openRequest(const r8::composer::ComposerRequest& request, const QString& environment = QString(),
                     const QString& tokenName = QString());
    bool loadSample(const QString& id);
    void setEnvironment(const QString& environment);
    void setTargetText(const QString& text); // looks it up at once
    void send();
    void cancel();
    void retry();
    void showMessage(const QString& text, bool isError);

signals:
    // 401: open the Tokens page on this token, to verify or rotate it.
    void tokenPageRequested(const QString& tokenId);
    // The user chose an environment in the page's own environment box (the window follows it).
    void environmentChosen(const QString& environment);
    void lookupFinished(bool ok);
    void sent();     // the create request went out
    void runEnded(); // the run is over (finished, failed, canceled before sending, token unreadable)

private:
    void setUpParts();
    void setUpMenus();
    void setUpActions();
    void connectRun();
    void updateState();
    void updatePreview();
    void startRun(const r8::composer::ComposerRequest& request);
    void clearRun(); // another model or request: the last run's result goes
    void onMessageAction(const QString& id);
    QUrl baseUrl() const;

    const QScopedPointer<Ui::ComposerPage> m_ui;
    Services m_services;
    r8::composer::HistoryStore* m_history;
    r8::composer::PresetStore* m_presetStore;
    TokenChooser* m_tokens = nullptr;
    HeadersView* m_headers = nullptr;
    InputEditor* m_input = nullptr;
    RequestOptions* m_options = nullptr;
    ModelController* m_model = nullptr;
    RecentTargets* m_recent = nullptr;
    RunPanel* m_result = nullptr;
    RunFeedback* m_feedback = nullptr;
    r8::composer::ComposerRun* m_run = nullptr;
    QAction* m_sendAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_retryAction = nullptr;
    QAction* m_focusTargetAction = nullptr;

    std::optional<r8::composer::ComposerRequest> m_lastSent; // for Retry
    bool m_canceling = false;
    bool m_retryable = false; // the last run failed or was canceled
};

} // namespace r8::ui
