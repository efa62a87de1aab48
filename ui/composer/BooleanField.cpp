#include "ui/composer/BooleanField.h"

#include <QCheckBox>

namespace r8::ui {

QWidget* BooleanField::editor() const
{
    return m_check;
}

QWidget* BooleanField::headerWidget()
{
    m_check = new QCheckBox(titleText());
    connect(m_check, &QCheckBox::clicked, this, [this](bool on) { userSet(on); });
    return m_check;
}

QWidget* BooleanField::makeEditor()
{
    return nullptr;
}

void BooleanField::display(const QJsonValue& v)
{
    m_check->setChecked(v.isBool() ? v.toBool() : false);
}

} // namespace r8::ui
