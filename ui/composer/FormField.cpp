#include "ui/composer/FormField.h"

#include "app/composer/SchemaForm.h"
#include "ui/common/FlowLayout.h"
#include "ui/composer/BooleanField.h"
#include "ui/composer/EnumField.h"
#include "ui/composer/FieldText.h"
#include "ui/composer/JsonField.h"
#include "ui/composer/NumberField.h"
#include "ui/composer/SchemaFormWidget.h"
#include "ui/composer/StringField.h"
#include "ui/composer/TextField.h"
#include "ui/composer/UriField.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace r8::ui {

using namespace fieldtext;
using composer::FieldKind;
using composer::FieldSpec;

FormField::FormField(const FieldSpec& spec, SchemaFormWidget* form)
    : QObject(form), m_spec(spec), m_form(form)
{
    // Without a title the label is the key; "aspect_ratio" reads better as "Aspect ratio" (the key
    // is shown beside it).
    m_label = spec.label;
    if (m_label == spec.key) {
        m_label.replace(QLatin1Char('_'), QLatin1Char(' '));
        m_label = m_label.trimmed();
        if (m_label.isEmpty())
            m_label = spec.key;
        else
            m_label[0] = m_label.at(0).toUpper();
    }
    // Start from the default when it fits the field; otherwise not set (the model applies its own).
    if (spec.hasDefault() && !spec.defaultValue.isNull() &&
        composer::valueProblem(spec, spec.defaultValue).isEmpty())
        m_initial = spec.defaultValue;
    else if (spec.kind == FieldKind::Boolean && spec.required)
        m_initial = false; // a check box always shows a value; a required one sends it
    m_value = m_initial;
}

FormField::~FormField() = default;

FormField* FormField::create(const FieldSpec& spec, SchemaFormWidget* form, QWidget* rowParent)
{
    FormField* f = nullptr;
    switch (spec.kind) {
    case FieldKind::String:
        f = new StringField(spec, form);
        break;
    case FieldKind::Text:
        f = new TextField(spec, form);
        break;
    case FieldKind::Integer:
    case FieldKind::Number:
        f = new NumberField(spec, form);
        break;
    case FieldKind::Boolean:
        f = new BooleanField(spec, form);
        break;
    case FieldKind::Enum:
        f = new EnumField(spec, form);
        break;
    case FieldKind::Uri:
        f = new UriField(spec, form);
        break;
    case FieldKind::Json:
        f = new JsonField(spec, form);
        break;
    }
    f->build(rowParent);
    return f;
}

QString FormField::titleText() const
{
    QString label = m_label;
    label.replace(QLatin1Char('&'), QStringLiteral("&&")); // no mnemonics from schema text
    return m_spec.required ? tr("%1 *").arg(label) : label;
}

QString FormField::metaText() const
{
    QStringList parts;
    if (m_label != m_spec.key)
        parts << m_spec.key;
    QString type;
    switch (m_spec.kind) {
    case FieldKind::String:
    case FieldKind::Text:
        type = tr("text");
        break;
    case FieldKind::Integer:
        type = tr("integer");
        break;
    case FieldKind::Number:
        type = tr("number");
        break;
    case FieldKind::Boolean:
        type = tr("true/false");
        break;
    case FieldKind::Enum:
        type = tr("one of %n", nullptr, int(m_spec.choices.size()));
        break;
    case FieldKind::Uri:
        type = tr("file or URL");
        break;
    case FieldKind::Json:
        type = m_spec.declaredType.isEmpty() ? tr("JSON") : tr("JSON %1").arg(m_spec.declaredType);
        break;
    }
    if (m_spec.minimum && m_spec.maximum)
        type = tr("%1, %2 – %3").arg(type, num(*m_spec.minimum), num(*m_spec.maximum));
    else if (m_spec.minimum)
        type = tr("%1, ≥ %2").arg(type, num(*m_spec.minimum));
    else if (m_spec.maximum)
        type = tr("%1, ≤ %2").arg(type, num(*m_spec.maximum));
    if (m_spec.maxLength)
        type = tr("%1, at most %2 characters").arg(type).arg(*m_spec.maxLength);
    parts << type;
    return parts.join(QStringLiteral(" · "));
}

QWidget* FormField::headerWidget()
{
    auto* l = new QLabel(titleText());
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true); // a long title wraps in a narrow form rather than widening it
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

void FormField::applyAccessibility(QWidget* w, const QString& name) const
{
    w->setAccessibleName(name);
    QString desc = m_spec.help;
    if (m_spec.required)
        desc = desc.isEmpty() ? tr("Required.") : tr("Required. %1").arg(desc);
    if (!desc.isEmpty())
        w->setAccessibleDescription(desc);
    if (!m_spec.help.isEmpty())
        w->setToolTip(m_spec.help);
}

void FormField::build(QWidget* rowParent)
{
    m_row = new QWidget(rowParent);
    m_row->setObjectName(QStringLiteral("field_") + m_spec.key);
    auto* outer = new QHBoxLayout(m_row);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(8);
    m_marker = new QFrame(m_row);
    m_marker->setFixedWidth(3);
    m_marker->setAutoFillBackground(true);
    outer->addWidget(m_marker);
    auto* body = new QVBoxLayout;
    body->setContentsMargins(0, 2, 0, 2);
    body->setSpacing(3);
    outer->addLayout(body, 1);

    // The title and its key and type on one line when there is room, wrapped under each other when
    // not (a narrow form never scrolls sideways); the reset button at the right.
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    auto* titles = new FlowLayout(nullptr, 8, 0);
    QWidget* title = headerWidget();
    title->setParent(m_row);
    m_title = qobject_cast<QLabel*>(title);
    titles->addWidget(title);
    m_meta = new QLabel(metaText(), m_row);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setFont(smallerFont(m_meta->font()));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    titles->addWidget(m_meta);
    header->addLayout(titles, 1);
    body->addLayout(header);

    QWidget* editorBox = makeEditor();
    if (editorBox) {
        editorBox->setParent(m_row);
        body->addWidget(editorBox);
    }
    QWidget* ed = editor();
    applyAccessibility(ed, m_label);
    if (m_title)
        m_title->setBuddy(ed);
    if (!m_spec.help.isEmpty())
        title->setToolTip(m_spec.help);

    m_reset = new QToolButton(m_row);
    m_reset->setAutoRaise(true);
    m_reset->setText(m_initial.isUndefined() ? tr("Clear") : tr("Reset"));
    m_reset->setAccessibleName(m_initial.isUndefined() ? tr("Clear %1").arg(m_label)
                                                       : tr("Reset %1").arg(m_label));
    m_reset->setToolTip(m_initial.isUndefined()
                            ? tr("Leave %1 out of the request (the model uses its default)").arg(m_label)
                            : tr("Back to the default: %1").arg(valueText(m_initial)));
    m_reset->setFont(smallerFont(m_reset->font()));
    m_reset->setFocusPolicy(Qt::TabFocus);
    connect(m_reset, &QToolButton::clicked, this, [this] {
        m_localProblem.clear();
        userSet(m_initial);
        m_displaying = true;
        display(m_value);
        m_displaying = false;
        editor()->setFocus();
    });
    // Keep the header's height when the button is hidden.
    QSizePolicy sp = m_reset->sizePolicy();
    sp.setRetainSizeWhenHidden(true);
    m_reset->setSizePolicy(sp);
    header->addWidget(m_reset);

    m_status = new QLabel(m_row);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setFont(smallerFont(m_status->font()));
    m_status->setVisible(false);
    body->addWidget(m_status);

    m_help = new QLabel(m_row);
    m_help->setWordWrap(true);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_help->setFont(smallerFont(m_help->font()));
    // A description that only repeats the name ("scheduler") says nothing.
    const bool helpRepeats = m_spec.help.trimmed().compare(m_spec.key, Qt::CaseInsensitive) == 0 ||
                             m_spec.help.trimmed().compare(m_label, Qt::CaseInsensitive) == 0;
    const QString helpHtml = helpToHtml(m_spec.help);
    if (helpHtml.contains(QLatin1String("<a "))) {
        m_help->setTextFormat(Qt::RichText);
        m_help->setText(helpHtml);
        m_help->setOpenExternalLinks(true);
        m_help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    } else {
        m_help->setTextFormat(Qt::PlainText);
        m_help->setText(m_spec.help);
        m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_help->setVisible(!m_spec.help.isEmpty() && !helpRepeats);
    body->addWidget(m_help);

    m_problemRow = new QWidget(m_row);
    auto* pl = new QHBoxLayout(m_problemRow);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->setSpacing(6);
    m_problemIcon = new QLabel(m_problemRow);
    const int iconSize = m_row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_problemIcon->setPixmap(
        m_row->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problem = new QLabel(m_problemRow);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pl->addWidget(m_problemIcon, 0, Qt::AlignTop);
    pl->addWidget(m_problem, 1);
    m_problemRow->setVisible(false);
    body->addWidget(m_problemRow);

    updateColors();
    m_displaying = true;
    display(m_value);
    m_displaying = false;
    refresh();
}

QList<QWidget*> FormField::focusChain() const
{
    QList<QWidget*> out{editor()};
    if (m_reset)
        out << m_reset;
    return out;
}

void FormField::setValue(const QJsonValue& value)
{
    m_value = value;
    m_localProblem.clear();
    m_displaying = true;
    display(value);
    m_displaying = false;
    refresh();
}

void FormField::userSet(const QJsonValue& value)
{
    if (m_displaying)
        return;
    m_serverProblem.clear(); // the server's word was about the old value
    const bool same = value == m_value && value.isUndefined() == m_value.isUndefined();
    m_value = value;
    if (m_spec.kind == FieldKind::Uri) { // its display depends on the value (data: summary, Remove)
        m_displaying = true;
        display(m_value);
        m_displaying = false;
    }
    refresh();
    if (!same)
        emit changed();
}

void FormField::setServerProblem(const QString& message)
{
    m_serverProblem = message;
    refresh();
}

QString FormField::shownProblem() const
{
    if (!m_serverProblem.isEmpty())
        return m_serverProblem;
    if (!m_localProblem.isEmpty())
        return m_localProblem;
    // Problems of a value that is there; "required" shows only when the server or a send says so.
    if (m_value.isUndefined())
        return {};
    return composer::valueProblem(m_spec, m_value);
}

void FormField::refresh()
{
    const QString problem = shownProblem();
    m_problem->setText(problem);
    m_problemRow->setVisible(!problem.isEmpty());
    m_marker->setVisible(true);
    QPalette pal = m_marker->palette();
    pal.setColor(QPalette::Window,
                 problem.isEmpty() ? QColor(Qt::transparent) : problemColor(m_row->palette()));
    m_marker->setPalette(pal);
    if (QWidget* ed = editor()) {
        ed->setAccessibleDescription(
            problem.isEmpty()
                ? (m_spec.required ? tr("Required. %1").arg(m_spec.help).trimmed() : m_spec.help)
                : problem);
    }
    const bool changedFromInitial =
        !(m_value == m_initial && m_value.isUndefined() == m_initial.isUndefined());
    m_reset->setVisible(changedFromInitial && !m_resetHidden);
}

void FormField::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void FormField::updateColors()
{
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, problemColor(m_row->palette()));
    m_problem->setPalette(pal);
    refresh();
}

} // namespace r8::ui
