#include "ui/response/JsonTreeModel.h"

#include "app/composer/BodyText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace r8::ui {

namespace {
constexpr int maxShownChars = 300;

int childCount(const QJsonValue& v)
{
    if (v.isArray())
        return int(v.toArray().size());
    if (v.isObject())
        return int(v.toObject().size());
    return 0;
}
} // namespace

struct JsonTreeModel::Node
{
    Node* parent = nullptr;
    int row = 0;
    QString key; // object key, "[3]" for array members, or the root's label
    QString path;
    QJsonValue value;
    std::vector<std::unique_ptr<Node>> kids; // sized on first use; entries made on demand
    bool sized = false;
    bool flatten = false; // the invisible root: its kids are the labelled roots
};

JsonTreeModel::JsonTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setRoots(const QList<QPair<QString, QJsonValue>>& roots)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (roots.size() == 1 && roots.first().first.isEmpty()) {
        m_root->value = roots.first().second;
    } else {
        m_root->flatten = true;
        m_root->sized = true;
        for (const auto& [label, value] : roots) {
            auto n = std::make_unique<Node>();
            n->parent = m_root.get();
            n->row = int(m_root->kids.size());
            n->key = label;
            n->path = label;
            n->value = value;
            m_root->kids.push_back(std::move(n));
        }
    }
    endResetModel();
}

void JsonTreeModel::setValue(const QJsonValue& value)
{
    setRoots({{QString(), value}});
}

void JsonTreeModel::clear()
{
    setRoots({});
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

JsonTreeModel::Node* JsonTreeModel::child(Node* parent, int row) const
{
    if (!parent->sized) {
        parent->kids.resize(size_t(childCount(parent->value)));
        parent->sized = true;
    }
    if (row < 0 || size_t(row) >= parent->kids.size())
        return nullptr;
    std::unique_ptr<Node>& slot = parent->kids[size_t(row)];
    if (!slot) {
        slot = std::make_unique<Node>();
        slot->parent = parent;
        slot->row = row;
        if (parent->value.isArray()) {
            slot->key = QStringLiteral("[%1]").arg(row);
            slot->value = parent->value.toArray().at(row);
            slot->path = parent->path + slot->key;
        } else {
            const QJsonObject o = parent->value.toObject();
            auto it = o.constBegin() + row;
            slot->key = it.key();
            slot->value = it.value();
            slot->path = parent->path.isEmpty() ? slot->key : parent->path + QLatin1Char('.') + slot->key;
        }
    }
    return slot.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount)
        return {};
    Node* p = nodeOf(parent);
    Node* n = child(p, row);
    return n ? createIndex(row, column, n) : QModelIndex();
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* n = static_cast<Node*>(child.internalPointer());
    Node* p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    Node* n = nodeOf(parent);
    if (n->flatten)
        return int(n->kids.size());
    return childCount(n->value);
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return v.toObject().size() == 1 ? tr("{1 key}") : tr("{%1 keys}").arg(v.toObject().size());
    case QJsonValue::Array:
        return v.toArray().size() == 1 ? tr("[1 item]") : tr("[%1 items]").arg(v.toArray().size());
    case QJsonValue::String: {
        // One line: line breaks and tabs shown as escapes, long strings cut.
        const QString s = v.toString();
        QString shown = s.left(maxShownChars);
        shown.replace(QLatin1Char('\n'), QLatin1String("\\n"))
            .replace(QLatin1Char('\r'), QLatin1String("\\r"))
            .replace(QLatin1Char('\t'), QLatin1String("\\t"));
        if (s.size() <= maxShownChars)
            return shown;
        return tr("%1… (%2)").arg(shown, composer::byteSizeText(s.size()));
    }
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString JsonTreeModel::typeText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = static_cast<Node*>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case KeyColumn:
            return n->key;
        case ValueColumn:
            return valueText(n->value);
        case TypeColumn:
            return typeText(n->value);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && n->value.isString() &&
            n->value.toString().size() > maxShownChars)
            return tr("%1 characters; Ctrl+C copies the whole value").arg(n->value.toString().size());
        if (index.column() == KeyColumn)
            return n->path;
        return {};
    case JsonValueRole:
        return QVariant::fromValue(n->value);
    case PathRole:
        return n->path;
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

} // namespace r8::ui
