#pragma once
#include "app/api/RotationController.h"
#include "ui/Services.h"

#include <QScopedPointer>
#include <QWizard>

namespace Ui {
class RotationWizard;
}

namespace r8::ui {

// Guided rotation: choose (given) → create on the dashboard → paste → verified to be the same
// account → stored and made the environment's default → optionally the old one disabled over the
// API with the new token → rotated_at recorded. Cancel at any step keeps both tokens.
class RotationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Intro,
        Create,
        Paste,
        Progress
    };
    RotationWizard(const Services& services, const QString& oldId, QWidget* parent = nullptr);
    ~RotationWizard() override;

    bool validateCurrentPage() override;
    api::RotationController* controller() const { return m_controller; }
    QString resultText() const;

signals:
    void rotated(const QString& oldId, const QString& newId);

public slots:
    void reject() override;

private:
    void startRotation();
    void showSteps();

    const QScopedPointer<Ui::RotationWizard> m_ui;
    Services m_services;
    QString m_oldId;
    api::RotationController* m_controller = nullptr;
    int m_lastActive = 0;
};

} // namespace r8::ui
