#include "ui/settings/TokenEnvironmentFilter.h"

#include "ui/tokens/TokenTableModel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace r8::ui {

TokenEnvironmentFilter::TokenEnvironmentFilter(QTableView* view, QObject* parent)
    : QObject(parent), m_view(view)
{
    QAbstractItemModel* model = view ? view->model() : nullptr;
    if (!model)
        return;
    // Connected after the view's own handlers, so rows are in place when the filter runs.
    connect(model, &QAbstractItemModel::rowsInserted, this, &TokenEnvironmentFilter::apply);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TokenEnvironmentFilter::apply);
    connect(model, &QAbstractItemModel::modelReset, this, &TokenEnvironmentFilter::apply);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TokenEnvironmentFilter::apply);
    connect(model, &QAbstractItemModel::dataChanged, this, &TokenEnvironmentFilter::apply);
}

void TokenEnvironmentFilter::setEnvironment(const QString& label)
{
    m_environment = label;
    apply();
}

int TokenEnvironmentFilter::visibleRows() const
{
    if (!m_view || !m_view->model())
        return 0;
    int n = 0;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        n += m_view->isRowHidden(row) ? 0 : 1;
    return n;
}

void TokenEnvironmentFilter::apply()
{
    if (!m_view || !m_view->model())
        return;
    QAbstractItemModel* model = m_view->model();
    int firstVisible = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString label = model->index(row, 0).data(TokenTableModel::EnvironmentRole).toString();
        const bool hide = !m_environment.isEmpty() && label.compare(m_environment, Qt::CaseInsensitive) != 0;
        if (m_view->isRowHidden(row) != hide)
            m_view->setRowHidden(row, hide);
        if (!hide && firstVisible < 0)
            firstVisible = row;
    }
    QItemSelectionModel* selection = m_view->selectionModel();
    const QModelIndex current = selection ? selection->currentIndex() : QModelIndex();
    if (!selection || (current.isValid() && !m_view->isRowHidden(current.row())))
        return;
    if (firstVisible >= 0) {
        selection->setCurrentIndex(model->index(firstVisible, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    } else if (current.isValid()) {
        // Nothing of this environment: no hidden token stays selected behind the details panel.
        selection->clearSelection();
        selection->clearCurrentIndex();
    }
}

} // namespace r8::ui
