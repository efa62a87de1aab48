#pragma once
#include <QObject>
#include <QPointer>
#include <QString>

class QTableView;

namespace r8::ui {

// Which rows of the Tokens page's table are shown: one environment's (the main window's
// environment selector, `r8desk --env NAME`; empty: all) whose name, environment, account or
// last four characters contain the filter text (Ctrl+F; empty: all). Hides the other rows of
// the view, keeps doing so as tokens are added, relabelled or removed, and moves the current row
// to a visible one.
class TokenFilter : public QObject
{
    Q_OBJECT
public:
    // `view` shows a TokenTableModel (its EnvironmentRole and display texts are read).
    explicit TokenFilter(QTableView* view, QObject* parent = nullptr);

    QString environment() const { return m_environment; }
    void setEnvironment(const QString& label);
    QString text() const { return m_text; }
    void setText(const QString& text);
    bool accepts(int row) const;

private:
    void apply();

    QPointer<QTableView> m_view;
    QString m_environment;
    QString m_text;
};

} // namespace r8::ui
