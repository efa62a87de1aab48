#include "ui/composer/RecentTargets.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QStringListModel>

namespace r8::ui {

namespace {
const QString kRecentKey = QStringLiteral("composer/recentTargets");
constexpr int kRecentMax = 20;

QSettings settings()
{
    return QSettings(QStringLiteral("r8desk"), QStringLiteral("r8desk"));
}
} // namespace

RecentTargets::RecentTargets(QLineEdit* edit, QObject* parent)
    : QObject(parent), m_completer(new QCompleter(this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setModel(new QStringListModel(m_completer));
    edit->setCompleter(m_completer);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &RecentTargets::activated);
    update();
}

void RecentTargets::setSampleTargets(const QStringList& targets)
{
    m_samples = targets;
    update();
}

void RecentTargets::remember(const QString& target)
{
    QSettings s = settings();
    QStringList recent = s.value(kRecentKey).toStringList();
    recent.removeAll(target);
    recent.prepend(target);
    while (recent.size() > kRecentMax)
        recent.removeLast();
    s.setValue(kRecentKey, recent);
    update();
}

void RecentTargets::update()
{
    QStringList list = settings().value(kRecentKey).toStringList();
    for (const QString& t : std::as_const(m_samples)) {
        if (!list.contains(t))
            list << t;
    }
    static_cast<QStringListModel*>(m_completer->model())->setStringList(list);
}

} // namespace r8::ui
