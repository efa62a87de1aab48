#include "ui/response/JsonTreeActions.h"

#include "ui/response/JsonTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTreeView>

namespace r8::ui {

namespace {
QString valueForClipboard(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson());
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson());
    return JsonTreeModel::valueText(v);
}
} // namespace

void addJsonTreeActions(QTreeView* view)
{
    auto* copyValue =
        new QAction(QCoreApplication::translate("r8::ui::JsonTreeActions", "&Copy Value"), view);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copyValue, &QAction::triggered, view, [view] {
        const QModelIndex i = view->currentIndex();
        if (i.isValid())
            QApplication::clipboard()->setText(valueForClipboard(
                i.siblingAtColumn(0).data(JsonTreeModel::JsonValueRole).value<QJsonValue>()));
    });
    auto* copyPath = new QAction(QCoreApplication::translate("r8::ui::JsonTreeActions", "Copy &Path"), view);
    QObject::connect(copyPath, &QAction::triggered, view, [view] {
        const QModelIndex i = view->currentIndex();
        if (i.isValid())
            QApplication::clipboard()->setText(i.siblingAtColumn(0).data(JsonTreeModel::PathRole).toString());
    });
    view->addAction(copyValue);
    view->addAction(copyPath);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace r8::ui
