#pragma once
#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace r8::ui {

// A JSON value as a tree (key, value, type), built lazily: a node is made only when a view asks
// for its index, so a huge array costs nothing until it is expanded (and then one pointer per
// member until rows are seen). Keys appear in QJsonObject's order (sorted). Read-only.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };
    enum Role
    {
        JsonValueRole = Qt::UserRole + 1, // the node's QJsonValue
        PathRole,                         // "output[0].image"
    };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Top-level rows: one per root, labelled (e.g. "output"). An object or array root with an
    // empty label shows its members as the top-level rows instead.
    void setRoots(const QList<QPair<QString, QJsonValue>>& roots);
    void setValue(const QJsonValue& value); // its members as top-level rows
    void clear();

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How a value reads in the Value column: strings as they are (long ones cut), containers as
    // "{3 keys}" / "[12 items]".
    static QString valueText(const QJsonValue& v);
    static QString typeText(const QJsonValue& v);

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    Node* child(Node* parent, int row) const;
    std::unique_ptr<Node> m_root;
};

} // namespace r8::ui
