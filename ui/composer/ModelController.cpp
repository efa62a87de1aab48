#include "ui/composer/ModelController.h"

#include "app/api/Environment.h"
#include "app/composer/SchemaForm.h"
#include "app/composer/TargetLookup.h"
#include "app/vault/TokenRecord.h"
#include "ui/common/Tone.h"
#include "ui/composer/InputEditor.h"
#include "ui/composer/RequestOptions.h"
#include "ui/composer/SchemaFormWidget.h"
#include "ui/composer/TokenChooser.h"
#include "ui/composer/WrapText.h"

#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace r8::ui {

using namespace r8::composer;

namespace {
// Model names do not break across lines ("OWNER/ NAME:VERSION"): a word joiner after each / and
// around each : inside a word.
QString keepNamesWhole(const QString& text)
{
    static const QChar joiner(0x2060);
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool inWord =
            i > 0 && i + 1 < text.size() && !text.at(i - 1).isSpace() && !text.at(i + 1).isSpace();
        if (inWord && c == QLatin1Char(':'))
            out += joiner;
        out += c;
        if (inWord && (c == QLatin1Char('/') || c == QLatin1Char(':')))
            out += joiner;
    }
    return out;
}

// Ends the text with a full stop when it has no closing punctuation.
QString sentence(const QString& text)
{
    const QString t = text.trimmed();
    return t.isEmpty() || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!')) ||
                   t.endsWith(QLatin1Char('?'))
               ? t
               : t + QLatin1Char('.');
}
} // namespace

ModelController::ModelController(const Parts& parts, api::ApiClient* client, TokenVault* vault,
                                 std::function<QUrl()> baseUrl, QObject* parent)
    : QObject(parent), m_p(parts), m_client(client), m_baseUrl(std::move(baseUrl)),
      m_lookup(new TargetLookup(client, vault, this))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(450);
    connect(&m_timer, &QTimer::timeout, this, &ModelController::lookUpNow);
    connect(m_lookup, &TargetLookup::found, this, &ModelController::onLookedUp);
    connect(m_lookup, &TargetLookup::failed, this, &ModelController::onLookupFailed);
    connect(m_p.targetEdit, &QLineEdit::textEdited, this, &ModelController::schedule);
    connect(m_p.targetEdit, &QLineEdit::returnPressed, this, [this]() {
        if (m_timer.isActive())
            lookUpNow();
    });
    m_noFormText = m_p.input->form()->noteText();
    setInfo(tr("Type a model's name to build its input form, or pick one of the samples."), false);
    m_p.input->form()->setEmptyText(QString()); // the hint above says what to do: once
}

ModelController::~ModelController()
{
    m_lookup->abort();
}

QString ModelController::text() const
{
    return m_p.targetEdit->text().trimmed();
}

bool ModelController::isLookingUp() const
{
    return m_lookup->isBusy();
}

bool ModelController::isPending() const
{
    return m_lookup->isBusy() || m_timer.isActive();
}

bool ModelController::wantsNewLookup() const
{
    return !m_lookupError.isEmpty() || (!m_model && !text().isEmpty());
}

std::optional<Target> ModelController::resolvedTarget(QString* problem) const
{
    const auto target = parseTarget(text(), problem);
    if (!target)
        return std::nullopt;
    return m_model && m_lookedUpText == target->text() ? m_model->runnable : *target;
}

void ModelController::schedule()
{
    m_lookup->abort();
    m_timer.start();
    emit stateChanged();
}

void ModelController::setText(const QString& text)
{
    m_p.targetEdit->setText(text);
    lookUpNow();
}

void ModelController::open(const ComposerRequest& request)
{
    m_pendingInput = request.input; // put in once the form of the model is built
    m_p.targetEdit->setText(request.target.text());
    m_lookedUpText.clear();
    m_model.reset();
    lookUpNow();
}

void ModelController::setInfo(const QString& text, bool isError)
{
    m_p.info->setText(wrapAnywhere(keepNamesWhole(text), 48));
    QPalette pal = m_p.info->parentWidget()->palette();
    if (isError)
        pal.setColor(QPalette::WindowText, toneColor(Tone::Error, pal));
    m_p.info->setPalette(pal);
}

void ModelController::applyInput(const QJsonObject& input)
{
    m_p.options->applyInput(input, resolvedTarget());
}

void ModelController::finish(bool ok)
{
    emit stateChanged();
    emit lookupFinished(ok);
}

void ModelController::noSchema(const QString& info, bool isError)
{
    const bool changed = !m_fields.isEmpty() || m_model;
    m_model.reset();
    m_outputSchema = {};
    m_lookedUpText = text();
    if (changed || m_pendingInput) {
        m_fields.clear();
        m_p.input->setFields({});
    }
    if (m_pendingInput) {
        applyInput(*m_pendingInput);
        m_pendingInput.reset();
    } else if (m_p.input->isValid()) {
        applyInput(m_p.input->input()); // the version key follows the target
    }
    setInfo(info, isError);
}

void ModelController::lookUpNow()
{
    m_timer.stop();
    m_lookup->abort();
    m_lookupError.clear();
    const QString typed = text();
    if (typed != m_lookedUpText)
        emit modelChanged();
    // "No form for this model" is for a model that has none, not for no model yet.
    m_p.input->form()->setEmptyText(typed.isEmpty() ? QString() : m_noFormText);
    QString why;
    const auto target = parseTarget(typed, &why);
    if (!target) {
        if (typed.isEmpty())
            setInfo(tr("Type a model's name to build its input form, or pick one of the samples."), false);
        else
            setInfo(why, true);
        m_lookupError = why;
        finish(false);
        return;
    }
    if (!modelLookupRequest(*target, QUrl(QStringLiteral("http://x/")))) {
        noSchema(
            target->kind == Target::Kind::Deployment
                ? tr("A deployment: its inputs are not looked up — write them in the JSON tab.")
                : tr("A version id without its model: its inputs are not looked up — write them in the JSON "
                     "tab, or type OWNER/NAME:VERSION."),
            false);
        finish(true);
        return;
    }
    if (m_model && m_lookedUpText == target->text() && m_fields.size() > 0 && !m_pendingInput) {
        finish(true);
        return; // already known
    }
    const QUrl base = m_baseUrl();
    if (!base.isValid() || m_p.tokens->tokenId().isEmpty() || !m_client) {
        m_lookupError =
            !base.isValid() && m_p.tokens->environment() == env::Sandbox
                ? tr("Start the sandbox to look %1 up there (File → Try the sandbox).").arg(target->text())
                : tr("Choose a token to look %1 up.").arg(target->text());
        noSchema(m_lookupError, false);
        finish(false);
        return;
    }
    setInfo(tr("Looking up %1…").arg(target->text()), false);
    m_lookup->lookUp(*target, m_p.tokens->tokenId(), base);
    emit stateChanged();
}

void ModelController::onLookedUp(const Target& target, const ModelInfo& info)
{
    const auto current = parseTarget(text(), nullptr);
    if (!current || !(current->text() == target.text()))
        return; // the user typed on
    const bool sameModel = m_lookedUpText == target.text() && m_model.has_value();
    const QJsonObject before = m_p.input->body().value(QStringLiteral("input")).toObject();
    const QList<FieldSpec> oldFields = m_fields;
    m_model = info;
    m_lookedUpText = target.text();
    m_fields = formFromOpenApi(info.openapiSchema);
    m_outputSchema = outputSchemaOf(info.openapiSchema);
    m_p.input->setFields(m_fields);
    if (m_pendingInput) {
        applyInput(*m_pendingInput);
        m_pendingInput.reset();
    } else if (sameModel) {
        applyInput(before); // a second lookup keeps what was typed
    } else if (m_p.input->isValid()) {
        // The new model's defaults, and what was typed for inputs both models have (a prompt).
        QJsonObject input = m_p.input->input();
        for (const FieldSpec& field : std::as_const(m_fields)) {
            if (!before.contains(field.key))
                continue;
            const auto old = std::find_if(oldFields.begin(), oldFields.end(),
                                          [&](const FieldSpec& f) { return f.key == field.key; });
            const QJsonValue value = before.value(field.key);
            const bool typed = old == oldFields.end() || !old->hasDefault() || old->defaultValue != value;
            if (typed && valueProblem(field, value).isEmpty())
                input.insert(field.key, value);
        }
        applyInput(input);
    }
    QStringList parts;
    if (!info.description.isEmpty())
        parts << sentence(info.description);
    if (!(info.runnable == target) && info.runnable.kind == Target::Kind::Version)
        parts << tr("Not an official model: runs by its latest version %1.")
                     .arg(info.runnable.version.left(12));
    else if (!info.versionId.isEmpty())
        parts << tr("Inputs of version %1.").arg(info.versionId.left(12));
    if (m_fields.isEmpty())
        parts << tr("Its schema has no inputs to show: write them in the JSON tab.");
    setInfo(parts.join(QLatin1Char(' ')), false);
    m_p.input->setFieldProblems({});
    finish(true);
}

void ModelController::onLookupFailed(const Target& target, const RunError& error)
{
    const auto current = parseTarget(text(), nullptr);
    if (!current || !(current->text() == target.text()))
        return;
    m_lookupError = error.message;
    m_model.reset();
    m_lookedUpText = target.text();
    m_outputSchema = {};
    if (m_pendingInput) {
        m_fields.clear();
        m_p.input->setFields({});
        applyInput(*m_pendingInput);
        m_pendingInput.reset();
    }
    if (error.kind == RunError::Kind::TokenRejected && error.status == 401) {
        const QString name = m_p.tokens->tokenName();
        setInfo(tr("Could not look %1 up: the token “%2” was rejected (HTTP 401).").arg(target.text(), name),
                true);
        emit tokenRejected(tr("The token “%1” was rejected by %2 while looking up %3: it is wrong, disabled "
                              "or expired. Verify it, or rotate it.")
                               .arg(name, env::displayName(m_p.tokens->environment()), target.text()));
    } else {
        setInfo(error.message, true);
    }
    finish(false);
}

} // namespace r8::ui
