#include "ui/tokens/TokenFilter.h"

#include "ui/tokens/TokenTableModel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace r8::ui {

TokenFilter::TokenFilter(QTableView* view, QObject* parent) : QObject(parent), m_view(view)
{
    QAbstractItemModel* model = view ? view->model() : nullptr;
    if (!model)
        return;
    // Connected after the view's own handlers, so rows are in place when the filter runs.
    connect(model, &QAbstractItemModel::rowsInserted, this, &TokenFilter::apply);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TokenFilter::apply);
    connect(model, &QAbstractItemModel::modelReset, this, &TokenFilter::apply);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TokenFilter::apply);
    connect(model, &QAbstractItemModel::dataChanged, this, &TokenFilter::apply);
}

void TokenFilter::setEnvironment(const QString& label)
{
    m_environment = label;
    apply();
}

void TokenFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    apply();
}

bool TokenFilter::accepts(int row) const
{
    const QAbstractItemModel* model = m_view ? m_view->model() : nullptr;
    if (!model)
        return false;
    const QString label = model->index(row, 0).data(TokenTableModel::EnvironmentRole).toString();
    if (!m_environment.isEmpty() && label.compare(m_environment, Qt::CaseInsensitive) != 0)
        return false;
    if (m_text.isEmpty())
        return true;
    // Name, environment (label and shown name), account, and the masked token (its last four).
    if (label.contains(m_text, Qt::CaseInsensitive))
        return true;
    for (int column : {TokenTableModel::Name, TokenTableModel::Environment, TokenTableModel::Account}) {
        if (model->index(row, column).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    const QString masked = model->index(row, TokenTableModel::Token).data().toString();
    return m_text.size() <= 4 && masked.right(4).contains(m_text, Qt::CaseInsensitive);
}

void TokenFilter::apply()
{
    if (!m_view || !m_view->model())
        return;
    QAbstractItemModel* model = m_view->model();
    int firstVisible = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool hide = !accepts(row);
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
        // Nothing shown: no hidden token stays selected behind the details panel.
        selection->clearSelection();
        selection->clearCurrentIndex();
    }
}

} // namespace r8::ui
