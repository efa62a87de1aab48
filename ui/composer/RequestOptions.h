#pragma once
#include "app/composer/ComposerRequest.h"
#include "app/composer/Target.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

class QCheckBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace r8::ui {
class HeadersView;
class InputEditor;

// The composer's request options beside the input: wait (Prefer: wait) or poll, stream, Cancel-After
// and the extra headers. "Stream" is also a key of the body in the JSON tab: the two stay in step.
class RequestOptions : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QRadioButton* wait;
        QRadioButton* async;
        QSpinBox* waitSeconds;
        QCheckBox* stream;
        QLineEdit* cancelAfter;
        HeadersView* headers;
        InputEditor* input;
    };
    RequestOptions(const Widgets& widgets, QObject* parent);

    bool stream() const;
    // Writes the options into `request` (stream, wait, wait seconds, Cancel-After, extra headers).
    void fill(r8::composer::ComposerRequest* request) const;
    // Shows the options of `request` (no changed()).
    void load(const r8::composer::ComposerRequest& request);
    // Puts `input` into the body as it will be sent: the stream key follows the option, a version
    // target carries its id. Other body keys (webhook, …) stay. No changed().
    void applyInput(const QJsonObject& input, const std::optional<r8::composer::Target>& target);

signals:
    void changed(); // an option, a header or the body changed

private:
    void onStreamToggled(bool on);
    void onBodyChanged();
    void update();

    Widgets m_w;
    bool m_filling = false;
};

} // namespace r8::ui
