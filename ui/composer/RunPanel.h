#pragma once
#include <QJsonObject>
#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class RunPanel;
}
namespace r8::api {
class ApiClient;
}
namespace r8::composer {
class ComposerRun;
}

namespace r8::ui {
class OutputView;
class ResponseViewer;

// The composer's result side: a status row (status chip, elapsed time ticking, progress from the
// logs, the prediction's id linking to its page, Cancel and Retry) above the Output (streamed text,
// then the final output), Logs (live) and Response (every exchange of the run) tabs. It follows a
// ComposerRun; what went wrong is for the page to explain.
class RunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RunPanel(r8::api::ApiClient* client, QWidget* parent = nullptr);
    ~RunPanel() override;

    // Shows what `run` reports, from now on.
    void watch(r8::composer::ComposerRun* run);
    // A new run starts: clears the last one's output, logs and exchanges; the output schema says
    // how the output is shown (e.g. an iterator joined into one text).
    void begin(const QJsonObject& outputSchema);
    // Back to nothing shown: status, elapsed time, progress, prediction id, output, logs, exchanges.
    void reset();
    void markCanceling();
    void setActions(bool canCancel, bool canRetry);
    void showLogs();
    void showOutput();

signals:
    void cancelClicked();
    void retryClicked();

private:
    void tickElapsed();

    const QScopedPointer<Ui::RunPanel> m_ui;
    OutputView* m_output;
    ResponseViewer* m_response;
    r8::composer::ComposerRun* m_run = nullptr;
    QJsonObject m_outputSchema;
    QTimer m_elapsedTimer;
    qint64 m_finalElapsedMs = -1;
    bool m_canceling = false;
};

} // namespace r8::ui
