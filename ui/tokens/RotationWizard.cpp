#include "ui/tokens/RotationWizard.h"

#include "app/core/AppInfo.h"
#include "app/vault/TokenInput.h"
#include "app/vault/TokenVault.h"
#include "ui/common/BaseUrls.h"
#include "ui/tokens/RotationProgressPage.h"
#include "ui_RotationWizard.h"

#include <QDesktopServices>

namespace r8::ui {

using Step = api::RotationController::Step;

RotationWizard::RotationWizard(const Services& services, const QString& oldId, QWidget* parent)
    : QWizard(parent), m_ui(new Ui::RotationWizard), m_services(services), m_oldId(oldId)
{
    m_ui->setupUi(this);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::DisabledBackButtonOnLastPage);
    const auto rec = services.vault->record(oldId);
    const QString name = rec ? rec->name : QString();
    m_ui->introText->setText(tr("<p>You are rotating <b>%1</b> (%2, ending in %3).</p><ol><li>Create a new "
                                "token on replicate.com.</li>"
                                "<li>Paste it here: r8desk checks that it belongs to the same account, "
                                "stores it in the keychain and "
                                "makes it the default of “%2”.</li><li>Optionally, the old token is disabled "
                                "— only after the new one "
                                "works, and authenticated with the new one.</li></ol><p>You can cancel at "
                                "any step; neither token is "
                                "lost.</p>")
                                 .arg(name.toHtmlEscaped(),
                                      rec ? env::displayName(rec->environment).toHtmlEscaped() : QString(),
                                      rec ? rec->hint : QString()));
    m_ui->introText->setTextFormat(Qt::RichText);
    m_ui->createText->setText(
        tr("On the API tokens page of your Replicate account, create a token. Give it a "
           "name that says where it is used (for example “%1”). Copy it; it is shown only "
           "once.")
            .arg(name));
    connect(m_ui->dashboardButton, &QPushButton::clicked, this,
            []() { QDesktopServices::openUrl(QUrl(QString::fromLatin1(appinfo::kTokensDashboardUrl))); });
    m_ui->newNameEdit->setText(services.vault->uniqueName(name));
    m_ui->disableOldCheck->setChecked(false);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (page(id) == m_ui->progressPage)
            startRotation();
    });
}

RotationWizard::~RotationWizard()
{
    m_ui->newTokenEdit->clear();
}

QString RotationWizard::resultText() const
{
    return m_ui->resultLabel->text();
}

bool RotationWizard::validateCurrentPage()
{
    if (currentPage() == m_ui->pastePage) {
        const TokenInput in = cleanTokenInput(m_ui->newTokenEdit->text());
        if (!in.accepted()) {
            m_ui->pasteMessage->setText(in.message);
            return false;
        }
        const QString nameError = m_services.vault->checkName(m_ui->newNameEdit->text());
        if (!nameError.isEmpty()) {
            m_ui->pasteMessage->setText(nameError);
            return false;
        }
        m_ui->pasteMessage->setText(in.message);
    }
    return QWizard::validateCurrentPage();
}

void RotationWizard::startRotation()
{
    const auto rec = m_services.vault->record(m_oldId);
    if (!rec) {
        m_ui->resultLabel->setText(tr("The token to rotate no longer exists."));
        return;
    }
    const QUrl base = baseUrlFor(m_services, rec->environment);
    delete m_controller;
    m_controller = new api::RotationController(m_services.vault, m_services.client, base, this);
    connect(m_controller, &api::RotationController::stepChanged, this, &RotationWizard::showSteps);
    connect(m_controller, &api::RotationController::failed, this, [this](const QString& message) {
        m_ui->resultLabel->setText(
            tr("Stopped: %1 Both tokens are kept; go Back to try again.").arg(message));
        button(QWizard::BackButton)->setEnabled(true);
        showSteps();
    });
    connect(m_controller, &api::RotationController::finished, this, [this]() {
        const auto fresh = m_services.vault->record(m_controller->newId());
        QString text = tr("Done. “%1” is now the default token of its environment (account %2).")
                           .arg(fresh ? fresh->name : QString(), m_controller->account());
        if (!m_controller->note().isEmpty())
            text += QLatin1Char(' ') + m_controller->note();
        m_ui->resultLabel->setText(text);
        m_ui->progressPage->setDone(true);
        button(QWizard::CancelButton)->setEnabled(false);
        emit rotated(m_oldId, m_controller->newId());
    });
    api::RotationController::Request req;
    req.oldId = m_oldId;
    req.newSecret = m_ui->newTokenEdit->text();
    req.newName = m_ui->newNameEdit->text().trimmed();
    req.disableOld = m_ui->disableOldCheck->isChecked();
    m_ui->progressPage->setDone(false);
    m_ui->resultLabel->clear();
    m_lastActive = 0;
    m_controller->start(req);
    showSteps();
}

void RotationWizard::showSteps()
{
    if (!m_controller)
        return;
    const Step now = m_controller->step();
    struct Line
    {
        Step step;
        QString text;
    };
    QList<Line> lines{{Step::VerifyingNew, tr("Check that the new token belongs to the same account")},
                      {Step::Storing, tr("Store it in the OS keychain")},
                      {Step::MakingDefault, tr("Make it the environment's default")}};
    if (m_ui->disableOldCheck->isChecked())
        lines.append({Step::DisablingOld, tr("Disable the old token over the API")});
    const auto order = [](Step s) {
        switch (s) {
        case Step::Idle:
            return 0;
        case Step::CheckingOld:
            return 1;
        case Step::VerifyingNew:
            return 2;
        case Step::Storing:
            return 3;
        case Step::MakingDefault:
            return 4;
        case Step::DisablingOld:
            return 5;
        case Step::Done:
            return 9;
        case Step::Failed:
        case Step::Canceled:
            return -1;
        }
        return 0;
    };
    if (order(now) >= 0)
        m_lastActive = order(now);
    const int lastActive = m_lastActive;
    QString html = QStringLiteral("<ul>");
    for (const Line& l : lines) {
        QString mark;
        if (order(now) == 9 || order(l.step) < lastActive)
            mark = QStringLiteral("✓");
        else if (order(l.step) == lastActive)
            mark = order(now) < 0 ? QStringLiteral("✗") : QStringLiteral("…");
        else
            mark = QStringLiteral("·");
        html += QStringLiteral("<li>%1 %2</li>").arg(mark, l.text.toHtmlEscaped());
    }
    m_ui->stepsLabel->setText(html + QStringLiteral("</ul>"));
}

void RotationWizard::reject()
{
    if (m_controller)
        m_controller->cancel();
    QWizard::reject();
}

} // namespace r8::ui
