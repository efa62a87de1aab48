#pragma once
#include <QMenu>

#include <functional>

namespace r8::ui {

// The composer's Samples menu: ready-made requests. The sandbox's own samples (a failing model) are
// offered only while the sandbox is the chosen environment, so the menu is rebuilt each time it opens.
class SamplesMenu : public QMenu
{
    Q_OBJECT
public:
    SamplesMenu(std::function<bool()> sandboxChosen, QWidget* parent);
    QStringList targets() const; // the targets of the samples offered now (for completion)

signals:
    void sampleChosen(const QString& id);

private:
    void rebuild();

    std::function<bool()> m_sandboxChosen;
};

} // namespace r8::ui
