#pragma once
#include <QObject>
#include <QPointer>
#include <QString>

class QTableView;

namespace r8::ui {

// Shows only one environment's rows in the Tokens page's table (the main window's environment
// selector, `r8desk --env NAME`). Hides the other rows of the view, keeps doing so as tokens are
// added, relabelled or removed, and moves the current row to a visible one. Empty: every row.
class TokenEnvironmentFilter : public QObject
{
    Q_OBJECT
public:
    // `view` shows a TokenTableModel (its EnvironmentRole is read).
    explicit TokenEnvironmentFilter(QTableView* view, QObject* parent = nullptr);

    QString environment() const { return m_environment; }
    void setEnvironment(const QString& label);
    int visibleRows() const;

private:
    void apply();

    QPointer<QTableView> m_view;
    QString m_environment;
};

} // namespace r8::ui
