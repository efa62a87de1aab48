#pragma once
#include "app/composer/ComposerRequest.h"
#include "app/composer/Exchange.h"
#include "app/composer/FieldSpec.h"
#include "app/composer/ModelLookup.h"
#include "app/composer/RunError.h"
#include "ui/Services.h"
#include "ui/history/ComposerSnapshot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QCompleter;
class QMenu;

namespace Ui {
class ComposerPage;
}
namespace r8::api {
struct Prediction;
}
namespace r8::composer {
class ComposerRun;
class HistoryStore;
class PresetStore;
class TargetLookup;
struct Exchange;
} // namespace r8::composer

namespace r8::ui {
class CopyAsMenu;
class HeadersView;
class InputEditor;
class MessageBar;
class OutputView;
class PresetsMenu;
class ResponseViewer;
class RunPanel;
class StatusChip;
class TokenChooser;

// The request composer: pick a model (looked up as you type to build the input form from its
// schema), a token by name and the options, see exactly what will be sent, send it, and follow the
// prediction — status, elapsed time, progress, live logs, streamed text, the output and every raw
// exchange. Errors are explained where they happen (401 → the token, 422 → the field, 429 → when).
// Every request is kept in history (token by NAME). The token's secret is read from the keychain
// only when something is sent (a lookup or the request) and is never shown.
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
    // What blocks Send (empty when it can be sent), what the message bar says (empty when hidden).
    QString sendProblem() const;
    QString messageText() const;
    QString modelInfoText() const;
    QString logsText() const;
    QString elapsedText() const;
    QList<r8::composer::FieldSpec> fields() const { return m_fields; }

    // Actions with shortcuts for the main window's menu: Send (Ctrl+Return), Cancel (Esc),
    // Retry (Ctrl+Shift+Return), Focus the model field (Ctrl+L).
    QList<QAction*> composerActions() const;
    QMenu* samplesMenu() const { return m_samplesMenu; }
    CopyAsMenu* copyAsMenu() const { return m_copyAs; }
    PresetsMenu* presetsMenu() const { return m_presets; }
    InputEditor* inputEditor() const { return m_input; }
    OutputView* outputView() const;
    ResponseViewer* responseViewer() const;
    RunPanel* runPanel() const { return m_result; }
    HeadersView* headersView() const { return m_headers; }
    StatusChip* statusChip() const;
    TokenChooser* tokenChooser() const { return m_tokens; }
    MessageBar* messageBar() const;

    // Tests: how long typing waits before the model is looked up (default 450 ms).
    void setLookupDelay(int ms) { m_lookupTimer.setInterval(ms); }
    // Tests and benchmarks: the runner's poll timing.
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

protected:
    void showEvent(QShowEvent* event) override;

signals:
    // 401: open the Tokens page on this token, to verify or rotate it.
    void tokenPageRequested(const QString& tokenId);
    void lookupFinished(bool ok);
    void sent();     // the create request went out
    void runEnded(); // the run is over (finished, failed, canceled before sending, token unreadable)

private:
    void setUpActions();
    void setUpSamples();
    void setUpEmbedded();
    void updateState();
    void updatePreview();
    void scheduleLookup();
    void lookUpNow();
    void onLookedUp(const r8::composer::Target& target, const r8::composer::ModelInfo& info);
    void onLookupFailed(const r8::composer::Target& target, const r8::composer::RunError& error);
    void setTargetInfo(const QString& text, bool isError);
    void applyBody(const QJsonObject& input, bool stream);
    std::optional<r8::composer::Target> resolvedTarget(QString* problem = nullptr) const;
    void setOptions(const r8::composer::ComposerRequest& request);
    void startRun(const r8::composer::ComposerRequest& request);
    void onFinished(const r8::api::Prediction& prediction);
    void onFailed(const r8::composer::RunError& error);
    void tickRetry();
    void onMessageAction(const QString& id);
    QUrl baseUrl() const;

    const QScopedPointer<Ui::ComposerPage> m_ui;
    Services m_services;
    r8::composer::HistoryStore* m_history;
    r8::composer::PresetStore* m_presetStore;
    TokenChooser* m_tokens = nullptr;
    HeadersView* m_headers = nullptr;
    InputEditor* m_input = nullptr;
    RunPanel* m_result = nullptr;
    CopyAsMenu* m_copyAs = nullptr;
    PresetsMenu* m_presets = nullptr;
    QMenu* m_samplesMenu = nullptr;
    QCompleter* m_completer = nullptr;
    r8::composer::TargetLookup* m_lookup = nullptr;
    r8::composer::ComposerRun* m_run = nullptr;
    QAction* m_sendAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_retryAction = nullptr;
    QAction* m_focusTargetAction = nullptr;

    QTimer m_lookupTimer;
    QTimer m_retryTimer;
    QDateTime m_retryAt;
    QList<r8::composer::FieldSpec> m_fields;
    QJsonObject m_outputSchema;
    std::optional<r8::composer::ModelInfo> m_model;          // the last successful lookup
    QString m_lookedUpText;                                  // the target text m_model / m_fields belong to
    QString m_lookupError;                                   // inline, translated
    std::optional<QJsonObject> m_pendingInput;               // applied when the lookup of the new target ends
    std::optional<r8::composer::ComposerRequest> m_lastSent; // for Retry
    bool m_filling = false;
    bool m_splitterSized = false;
    bool m_canceling = false;
};

} // namespace r8::ui
