#include "tests/support/AccessibilityWalk.h"

#include <QAccessible>
#include <QWidget>

namespace r8::test {
namespace {

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

void walk(QAccessibleInterface* iface, const QString& path, QStringList* nameless, int* checked)
{
    if (!iface || !iface->isValid() || iface->state().invisible)
        return;
    if (interactive(iface->role())) {
        ++*checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            const QObject* o = iface->object();
            nameless->append(QStringLiteral("%1/%2 (%3)")
                                 .arg(path, o ? o->objectName() : QStringLiteral("?"),
                                      o ? QString::fromLatin1(o->metaObject()->className()) : QString()));
        }
        if (iface->role() == QAccessible::List || iface->role() == QAccessible::Table ||
            iface->role() == QAccessible::Tree)
            return;
    }
    const QString here = iface->object() ? iface->object()->objectName() : QString();
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), path + QLatin1Char('/') + here, nameless, checked);
}

} // namespace

QStringList namelessControls(QWidget* root, int* checked)
{
    QAccessible::setActive(true);
    QStringList nameless;
    int seen = 0;
    walk(QAccessible::queryAccessibleInterface(root), root ? root->objectName() : QString(), &nameless,
         &seen);
    if (checked)
        *checked = seen;
    return nameless;
}

} // namespace r8::test
