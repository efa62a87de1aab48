#include "ui/composer/JsonField.h"

#include "app/composer/SchemaForm.h"
#include "ui/composer/FieldText.h"
#include "ui/composer/GrowingTextEdit.h"

#include <QFontDatabase>

namespace r8::ui {

using namespace fieldtext;

QWidget* JsonField::editor() const
{
    return m_edit;
}

QWidget* JsonField::makeEditor()
{
    m_edit = new GrowingTextEdit(2, 12, nullptr);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_edit->setPlaceholderText(
        m_spec.declaredType == QLatin1String("array")    ? FormField::tr("JSON array, e.g. [\"a\", \"b\"]")
        : m_spec.declaredType == QLatin1String("object") ? FormField::tr("JSON object, e.g. {\"key\": 1}")
                                                         : FormField::tr("JSON value"));
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_displaying)
            return;
        const QString t = m_edit->toPlainText();
        if (t.trimmed().isEmpty()) {
            m_localProblem.clear();
            userSet(QJsonValue::Undefined);
            return;
        }
        QString error;
        const auto v = composer::valueFromText(m_spec, t, &error);
        if (!v) {
            // Keep the last good value; say what is wrong with the text.
            m_localProblem = error;
            refresh();
            return;
        }
        m_localProblem.clear();
        userSet(*v);
    });
    return m_edit;
}

void JsonField::display(const QJsonValue& v)
{
    m_localProblem.clear();
    // Text that already means this value stays as typed (spacing, key order).
    QString error;
    const auto current = composer::valueFromText(m_spec, m_edit->toPlainText(), &error);
    if (!v.isUndefined() && current && *current == v)
        return;
    // Strings are shown quoted, so that "123" and 123 look different.
    const QString t = v.isUndefined()                 ? QString()
                      : (v.isObject() || v.isArray()) ? valueText(v)
                                                      : compactJson(v);
    if (m_edit->toPlainText() != t)
        m_edit->setPlainText(t);
}

} // namespace r8::ui
