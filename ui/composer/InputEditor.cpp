#include "ui/composer/InputEditor.h"

#include "ui/common/Tone.h"
#include "ui/composer/JsonTextEdit.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace r8::ui {

using composer::FieldProblem;
using composer::FieldSpec;

InputEditor::InputEditor(QWidget* parent) : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inputTabs"));
    m_tabs->setAccessibleName(tr("Input"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("Input views"));
    lay->addWidget(m_tabs);

    // Form tab: the form, and above it (while the JSON text is broken) why it is read-only.
    m_formPage = new QWidget;
    auto* fl = new QVBoxLayout(m_formPage);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->setSpacing(0);
    m_formLock = new QFrame(m_formPage);
    m_formLock->setObjectName(QStringLiteral("formLock"));
    m_formLock->setAutoFillBackground(true);
    auto* ll = new QHBoxLayout(m_formLock);
    ll->setContentsMargins(12, 6, 12, 6);
    m_formLockText = new QLabel(m_formLock);
    m_formLockText->setWordWrap(true);
    m_formLockText->setTextFormat(Qt::PlainText);
    ll->addWidget(m_formLockText, 1);
    auto* fix = new QPushButton(tr("Fix in JSON"), m_formLock);
    fix->setAccessibleName(tr("Go to the JSON error"));
    connect(fix, &QPushButton::clicked, this, [this] {
        showJson();
        m_json->goToPosition(m_problemPosition);
    });
    ll->addWidget(fix);
    m_formLock->setVisible(false);
    fl->addWidget(m_formLock);
    m_form = new SchemaFormWidget(m_formPage);
    m_form->setObjectName(QStringLiteral("schemaForm"));
    fl->addWidget(m_form, 1);
    m_tabs->addTab(m_formPage, tr("Form"));

    // JSON tab: the body, what is wrong with it, and a Format button.
    m_jsonPage = new QWidget;
    auto* jl = new QVBoxLayout(m_jsonPage);
    jl->setContentsMargins(0, 6, 0, 0);
    jl->setSpacing(6);
    m_json = new JsonTextEdit(m_jsonPage);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setAccessibleName(tr("Request body (JSON)"));
    m_json->setAccessibleDescription(tr("The JSON body sent to the API; it stays in sync with the form."));
    jl->addWidget(m_json, 1);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 6);
    m_jsonProblem = new QLabel(m_jsonPage);
    m_jsonProblem->setObjectName(QStringLiteral("jsonProblem"));
    m_jsonProblem->setTextFormat(Qt::PlainText);
    m_jsonProblem->setWordWrap(true);
    m_jsonProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_jsonProblem, 1);
    m_goToError = new QPushButton(tr("Go to error"), m_jsonPage);
    m_goToError->setAccessibleName(tr("Go to the JSON error"));
    m_goToError->setVisible(false);
    connect(m_goToError, &QPushButton::clicked, this, [this] { m_json->goToPosition(m_problemPosition); });
    bar->addWidget(m_goToError);
    m_format = new QPushButton(tr("Format"), m_jsonPage);
    m_format->setAccessibleName(tr("Format the JSON"));
    m_format->setToolTip(tr("Re-indent the body, input keys in form order (Ctrl+Shift+I)"));
    connect(m_format, &QPushButton::clicked, this, [this] {
        if (isValid()) {
            m_json->replaceAllText(jsonBodyText(m_body, inputOrder()));
        }
    });
    auto* formatShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+I")), m_json);
    formatShortcut->setContext(Qt::WidgetShortcut);
    connect(formatShortcut, &QShortcut::activated, m_format, &QPushButton::click);
    bar->addWidget(m_format);
    jl->addLayout(bar);
    m_tabs->addTab(m_jsonPage, tr("JSON"));

    connect(m_form, &SchemaFormWidget::inputChanged, this, &InputEditor::onFormChanged);
    connect(m_form, &SchemaFormWidget::busyChanged, this, &InputEditor::busyChanged);
    connect(m_json, &QPlainTextEdit::textChanged, this, &InputEditor::onTextChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_textStale && m_tabs->currentWidget() == m_jsonPage)
            writeText();
    });

    m_body.insert(QStringLiteral("input"), QJsonObject());
    writeText();
    setProblem(QString(), -1);
    updateProblemColors();
}

InputEditor::~InputEditor() = default;

QStringList InputEditor::inputOrder() const
{
    QStringList keys;
    for (const FieldSpec& f : m_form->fields())
        keys << f.key;
    return keys;
}

void InputEditor::setFields(const QList<FieldSpec>& fields)
{
    m_form->setFields(fields);
    m_body.insert(QStringLiteral("input"), m_form->input());
    writeText();
    if (fields.isEmpty())
        showJson();
    emit bodyChanged();
}

QJsonObject InputEditor::body() const
{
    return m_body;
}

QJsonObject InputEditor::input() const
{
    return m_body.value(QLatin1String("input")).toObject();
}

void InputEditor::setBody(const QJsonObject& body)
{
    m_body = body;
    m_form->setInput(input());
    writeText();
}

bool InputEditor::isValid() const
{
    return m_problem.isEmpty();
}

QString InputEditor::problem() const
{
    return m_problem;
}

bool InputEditor::isBusy() const
{
    return m_form->isBusy();
}

void InputEditor::setUploader(FileUploadFn fn)
{
    m_form->setUploader(std::move(fn));
}

void InputEditor::showForm()
{
    m_tabs->setCurrentWidget(m_formPage);
}

void InputEditor::showJson()
{
    m_tabs->setCurrentWidget(m_jsonPage);
}

void InputEditor::setFieldProblems(const QList<FieldProblem>& problems)
{
    m_form->setFieldProblems(problems);
    if (problems.isEmpty())
        return;
    showForm();
    for (const FieldProblem& p : problems) {
        if (m_form->editorFor(p.key)) {
            m_form->focusField(p.key);
            return;
        }
    }
}

void InputEditor::onFormChanged()
{
    m_body.insert(QStringLiteral("input"), m_form->input());
    if (m_tabs->currentWidget() == m_jsonPage)
        writeText();
    else
        m_textStale = true;
    emit bodyChanged();
}

JsonTextEdit* InputEditor::jsonEdit() const
{
    if (m_textStale)
        const_cast<InputEditor*>(this)->writeText();
    return m_json;
}

void InputEditor::writeText()
{
    m_textStale = false;
    const QString text = jsonBodyText(m_body, inputOrder());
    if (text == m_json->toPlainText() && isValid())
        return;
    m_writing = true;
    if (isValid())
        m_json->setPlainText(text);
    else
        m_json->replaceAllText(text); // the broken text stays one Ctrl+Z away
    m_writing = false;
    setProblem(QString(), -1);
}

void InputEditor::onTextChanged()
{
    if (m_writing)
        return;
    JsonTextError error;
    const auto parsed = parseJsonObject(m_json->toPlainText(), &error);
    if (!parsed) {
        setProblem(tr("Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.reason),
                   error.position);
        return;
    }
    const QJsonValue in = parsed->value(QLatin1String("input"));
    if (!in.isUndefined() && !in.isObject()) {
        const int pos = int(m_json->toPlainText().indexOf(QLatin1String("\"input\"")));
        const QString before = m_json->toPlainText().left(std::max(0, pos));
        setProblem(tr("Line %1, column %2: \"input\" must be a JSON object ({ … })")
                       .arg(before.count(QLatin1Char('\n')) + 1)
                       .arg(std::max(0, pos) - (before.lastIndexOf(QLatin1Char('\n')) + 1) + 1),
                   std::max(0, pos));
        return;
    }
    m_body = *parsed;
    m_form->setInput(input());
    setProblem(QString(), -1);
    emit bodyChanged();
}

void InputEditor::setProblem(const QString& problem, int position)
{
    const bool wasValid = m_problem.isEmpty();
    m_problem = problem;
    m_problemPosition = position;
    m_json->setErrorPosition(problem.isEmpty() ? -1 : position);
    m_jsonProblem->setText(
        problem.isEmpty() ? tr("Valid JSON. Edits here update the form, and the other way round.") : problem);
    m_goToError->setVisible(!problem.isEmpty());
    m_format->setEnabled(problem.isEmpty());
    m_formLockText->setText(
        tr("The JSON tab has an error, so the form is read-only until it is fixed: %1").arg(problem));
    m_formLock->setVisible(!problem.isEmpty());
    m_form->setEnabled(problem.isEmpty());
    m_json->setAccessibleDescription(
        problem.isEmpty() ? tr("The JSON body sent to the API; it stays in sync with the form.") : problem);
    updateProblemColors();
    if (wasValid != problem.isEmpty())
        emit validityChanged(problem.isEmpty());
}

void InputEditor::updateProblemColors()
{
    QPalette pal = m_jsonProblem->palette();
    pal.setColor(QPalette::WindowText, m_problem.isEmpty() ? palette().color(QPalette::PlaceholderText)
                                                           : toneColor(Tone::Error, palette()));
    m_jsonProblem->setPalette(pal);
    const QPalette lock = bannerPalette(Tone::Error, palette());
    m_formLock->setPalette(lock);
    m_formLockText->setPalette(lock);
}

void InputEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateProblemColors();
}

} // namespace r8::ui
