#pragma once
#include "app/composer/ComposerRequest.h"
#include "app/composer/FieldSpec.h"
#include "app/composer/ModelLookup.h"
#include "app/composer/RunError.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;

namespace r8 {
class TokenVault;
}
namespace r8::api {
class ApiClient;
}
namespace r8::composer {
class TargetLookup;
}

namespace r8::ui {
class InputEditor;
class RequestOptions;
class TokenChooser;

// The composer's model field: looks up what is typed (after a pause, or at once on Enter) with the
// chosen token, builds the input form from the model's schema, says what the model is (or what went
// wrong) below the field, and keeps what was typed for inputs the new model also takes.
class ModelController : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QLineEdit* targetEdit;
        QLabel* info;
        TokenChooser* tokens;
        InputEditor* input;
        RequestOptions* options;
    };
    ModelController(const Parts& parts, api::ApiClient* client, TokenVault* vault,
                    std::function<QUrl()> baseUrl, QObject* parent);
    ~ModelController() override;

    QString text() const; // the model field, trimmed
    // The target as it will be sent: a community model that was looked up runs by its latest version.
    std::optional<r8::composer::Target> resolvedTarget(QString* problem = nullptr) const;
    QJsonObject outputSchema() const { return m_outputSchema; }
    bool isLookingUp() const;    // a lookup is in flight
    bool isPending() const;      // … or waits for the typing to pause
    bool wantsNewLookup() const; // the last lookup failed, or none was made for the text
    void schedule();             // looks up after a pause in typing
    void lookUpNow();
    void setText(const QString& text); // and looks it up at once
    // Loads a request's target; its input goes into the form once the model's form is built.
    void open(const r8::composer::ComposerRequest& request);

signals:
    void stateChanged();
    void lookupFinished(bool ok);
    void modelChanged(); // another model than the last one looked up is chosen
    // The token was rejected while looking up (HTTP 401): for the message bar.
    void tokenRejected(const QString& message);

private:
    void onLookedUp(const r8::composer::Target& target, const r8::composer::ModelInfo& info);
    void onLookupFailed(const r8::composer::Target& target, const r8::composer::RunError& error);
    void noSchema(const QString& info, bool isError);
    void setInfo(const QString& text, bool isError);
    void applyInput(const QJsonObject& input);
    void finish(bool ok);

    Parts m_p;
    api::ApiClient* m_client;
    std::function<QUrl()> m_baseUrl;
    r8::composer::TargetLookup* m_lookup;
    QTimer m_timer;
    QList<r8::composer::FieldSpec> m_fields;
    QJsonObject m_outputSchema;
    std::optional<r8::composer::ModelInfo> m_model; // the last successful lookup
    QString m_lookedUpText;                         // the target text m_model / m_fields belong to
    QString m_lookupError;                          // inline, translated
    std::optional<QJsonObject> m_pendingInput;      // applied when the lookup of the new target ends
    QString m_noFormText;                           // the form's text for a model without a schema
};

} // namespace r8::ui
