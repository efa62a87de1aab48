#include "ui/composer/SamplesMenu.h"

#include "app/composer/Samples.h"

namespace r8::ui {

using namespace r8::composer;

SamplesMenu::SamplesMenu(std::function<bool()> sandboxChosen, QWidget* parent)
    : QMenu(tr("Samples"), parent), m_sandboxChosen(std::move(sandboxChosen))
{
    setObjectName(QStringLiteral("samplesMenu"));
    setToolTipsVisible(true);
    connect(this, &QMenu::aboutToShow, this, &SamplesMenu::rebuild);
    rebuild();
}

QStringList SamplesMenu::targets() const
{
    QStringList out;
    for (const Sample& s : composerSamples(m_sandboxChosen()))
        out << s.request.target.text();
    return out;
}

void SamplesMenu::rebuild()
{
    clear();
    for (const Sample& s : composerSamples(m_sandboxChosen())) {
        QAction* a = addAction(s.title);
        a->setObjectName(QStringLiteral("sample-") + s.id);
        a->setToolTip(s.description);
        a->setStatusTip(s.description);
        const QString id = s.id;
        connect(a, &QAction::triggered, this, [this, id]() { emit sampleChosen(id); });
    }
}

} // namespace r8::ui
