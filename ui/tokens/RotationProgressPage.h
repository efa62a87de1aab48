#pragma once
#include <QWizardPage>

namespace r8::ui {

// The rotation wizard's last page: complete (Finish enabled) only once the rotation is done.
class RotationProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    bool isComplete() const override { return m_done; }
    void setDone(bool done)
    {
        m_done = done;
        emit completeChanged();
    }

private:
    bool m_done = false;
};

} // namespace r8::ui
