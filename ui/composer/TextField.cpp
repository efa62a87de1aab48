#include "ui/composer/TextField.h"

#include "ui/composer/FieldText.h"
#include "ui/composer/GrowingTextEdit.h"

namespace r8::ui {

using namespace fieldtext;

QWidget* TextField::editor() const
{
    return m_edit;
}

QWidget* TextField::makeEditor()
{
    m_edit = new GrowingTextEdit(3, 12, nullptr);
    m_edit->setPlaceholderText(m_spec.required ? FormField::tr("Required") : FormField::tr("Optional"));
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_displaying)
            return;
        const QString t = m_edit->toPlainText();
        userSet(!t.isEmpty()                         ? QJsonValue(t)
                : m_initial == QJsonValue(QString()) ? QJsonValue(QString())
                                                     : QJsonValue(QJsonValue::Undefined));
    });
    return m_edit;
}

void TextField::display(const QJsonValue& v)
{
    const QString t = valueText(v);
    if (m_edit->toPlainText() != t)
        m_edit->setPlainText(t);
}

} // namespace r8::ui
