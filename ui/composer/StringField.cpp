#include "ui/composer/StringField.h"

#include "ui/composer/FieldText.h"

#include <QLineEdit>

namespace r8::ui {

using namespace fieldtext;

QWidget* StringField::editor() const
{
    return m_edit;
}

QWidget* StringField::makeEditor()
{
    m_edit = new QLineEdit;
    m_edit->setPlaceholderText(m_spec.required ? FormField::tr("Required") : FormField::tr("Optional"));
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& t) { userSet(fromText(t)); });
    return m_edit;
}

void StringField::display(const QJsonValue& v)
{
    m_edit->setText(valueText(v));
}

QJsonValue StringField::fromText(const QString& t) const
{
    if (!t.isEmpty())
        return t;
    // Empty means "not set", except where the model's own default is the empty string.
    return m_initial == QJsonValue(QString()) ? QJsonValue(QString()) : QJsonValue(QJsonValue::Undefined);
}

} // namespace r8::ui
