#pragma once
#include <QObject>

class QCompleter;
class QLineEdit;

namespace r8::ui {

// Completion for the composer's model field: the models sent lately (kept in the settings, newest
// first, at most 20), then the samples' models.
class RecentTargets : public QObject
{
    Q_OBJECT
public:
    explicit RecentTargets(QLineEdit* edit, QObject* parent);
    void setSampleTargets(const QStringList& targets); // offered after the recent ones
    void remember(const QString& target);              // sent: first in the list from now on

signals:
    void activated(const QString& target); // chosen from the completion list

private:
    void update();

    QCompleter* m_completer;
    QStringList m_samples;
};

} // namespace r8::ui
