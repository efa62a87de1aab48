#include "ui/composer/EnumField.h"

#include "ui/composer/FieldText.h"
#include "ui/composer/SchemaFormWidget.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace r8::ui {

using namespace fieldtext;

QWidget* EnumField::editor() const
{
    return m_combo;
}

QWidget* EnumField::makeEditor()
{
    auto* box = new QWidget;
    auto* lay = new QHBoxLayout(box);
    lay->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(box);
    for (const QJsonValue& c : m_spec.choices)
        m_combo->addItem(c.isString() ? c.toString() : compactJson(c));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumWidth(m_combo->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000000")));
    m_combo->setMaximumWidth(520);
    m_combo->setFocusPolicy(Qt::StrongFocus);
    m_combo->installEventFilter(m_form);
    connect(m_combo, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        if (i >= 0 && i < m_spec.choices.size())
            userSet(m_spec.choices.at(i));
    });
    lay->addWidget(m_combo);
    lay->addStretch(1);
    return box;
}

void EnumField::display(const QJsonValue& v)
{
    int index = -1;
    for (int i = 0; i < m_spec.choices.size(); ++i) {
        if (m_spec.choices.at(i) == v) {
            index = i;
            break;
        }
    }
    if (index < 0 && !v.isUndefined() && !v.isNull()) { // loose match, as the validator does ("512" vs 512)
        for (int i = 0; i < m_spec.choices.size(); ++i) {
            if (valueText(m_spec.choices.at(i)) == valueText(v)) {
                index = i;
                break;
            }
        }
    }
    m_combo->setPlaceholderText(v.isUndefined() || v.isNull()
                                    ? (m_spec.required ? FormField::tr("Choose…") : FormField::tr("Not set"))
                                    : valueText(v));
    m_combo->setCurrentIndex(index);
}

} // namespace r8::ui
