#include "ui/tokens/AccountTokensDialog.h"
#include "ui/common/TableStyle.h"

#include "app/api/AccountTokens.h"
#include "app/core/AppInfo.h"
#include "app/vault/TokenVault.h"
#include "ui/common/BaseUrls.h"
#include "ui/common/Prompt.h"
#include "ui/tokens/RemoteTokensModel.h"
#include "ui_AccountTokensDialog.h"

#include <QItemSelectionModel>

#include <QDesktopServices>
#include <QHeaderView>
#include <QPointer>
#include <QPushButton>

namespace r8::ui {

AccountTokensDialog::AccountTokensDialog(const Services& services, const QString& recordId, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::AccountTokensDialog), m_services(services), m_recordId(recordId),
      m_model(new RemoteTokensModel(this)), m_api(new api::AccountTokens(services.client, this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    applyTableStyle(m_ui->table);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setSectionResizeMode(RemoteTokensModel::Name, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(RemoteTokensModel::State,
                                                          QHeaderView::ResizeToContents);
    m_ui->dashboardButton->hide();
    const auto rec = services.vault->record(recordId);
    m_ui->heading->setText(rec ? tr("The tokens of the account behind “%1” (%2), as its server lists them.")
                                     .arg(rec->name, baseUrlFor(services, rec->environment).toString())
                               : QString());
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AccountTokensDialog::refresh);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &AccountTokensDialog::disableSelected);
    connect(m_ui->dashboardButton, &QPushButton::clicked, this,
            []() { QDesktopServices::openUrl(QUrl(QString::fromLatin1(appinfo::kTokensDashboardUrl))); });
    m_ui->disableButton->setEnabled(false);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_ui->disableButton->setEnabled(current.isValid() &&
                                                !m_model->tokenAt(current.row()).disabled());
            });
}

AccountTokensDialog::~AccountTokensDialog() = default;

QString AccountTokensDialog::message() const
{
    return m_ui->messageLabel->text();
}

void AccountTokensDialog::setBusy(bool busy)
{
    m_ui->refreshButton->setEnabled(!busy);
    if (busy)
        m_ui->disableButton->setEnabled(false);
}

void AccountTokensDialog::withSecret(std::function<void(const QString&)> use)
{
    m_services.vault->readSecret(m_recordId, this, [this, use](const SecretReadResult& r) {
        if (!r.error.ok()) {
            m_ui->messageLabel->setText(r.error.userMessage());
            setBusy(false);
            return;
        }
        use(r.secret);
    });
}

void AccountTokensDialog::refresh()
{
    const auto rec = m_services.vault->record(m_recordId);
    if (!rec)
        return;
    const QUrl base = baseUrlFor(m_services, rec->environment);
    if (base.isEmpty()) {
        m_ui->messageLabel->setText(
            tr("The “%1” environment has no API address (is the sandbox running?).").arg(rec->environment));
        return;
    }
    setBusy(true);
    m_ui->messageLabel->setText(tr("Asking %1…").arg(base.host()));
    QPointer<AccountTokensDialog> self(this);
    withSecret([self, base](const QString& secret) {
        if (!self)
            return;
        self->m_api->list({base, secret}, [self](const api::AccountTokens::ListResult& r) {
            if (!self)
                return;
            self->setBusy(false);
            self->m_notOffered = r.outcome == api::AccountTokens::Outcome::NotOffered;
            self->m_ui->dashboardButton->setVisible(self->m_notOffered);
            self->m_ui->table->setVisible(!self->m_notOffered);
            self->m_ui->disableButton->setVisible(!self->m_notOffered);
            if (r.outcome != api::AccountTokens::Outcome::Ok) {
                self->m_ui->messageLabel->setText(r.error);
                emit self->listed();
                return;
            }
            // Match by last four characters and account.
            const auto me = self->m_services.vault->record(self->m_recordId);
            QHash<QString, QString> stored;
            for (const auto& t : r.tokens) {
                for (const TokenRecord& local : self->m_services.vault->records()) {
                    if (local.hint == t.hint && (local.account.isEmpty() || !me ||
                                                 local.account == me->account || me->account.isEmpty())) {
                        stored.insert(t.id, local.name);
                        break;
                    }
                }
            }
            self->m_model->setTokens(r.tokens, stored);
            // The first row selected, so that Disable… is usable at once (keyboard and mouse).
            if (self->m_model->rowCount() > 0)
                self->m_ui->table->selectionModel()->setCurrentIndex(self->m_model->index(0, 0),
                                                                     QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
            self->m_ui->messageLabel->setText(tr("%1 tokens on this account; %2 of them stored here.")
                                                  .arg(r.tokens.size())
                                                  .arg(stored.size()));
            emit self->listed();
        });
    });
}

void AccountTokensDialog::disableSelected()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const api::tokens::RemoteToken t = m_model->tokenAt(current.row());
    const QString storedName = m_model->storedNameAt(current.row());
    const auto local = storedName.isEmpty() ? std::nullopt : m_services.vault->findByName(storedName);
    const QString question =
        tr("Disable “%1” (ending in %2) on the server? Every program using it stops working at once, and a "
           "disabled token cannot be enabled again.")
            .arg(t.name, t.hint);
    if (local && local->environment == env::Production) {
        QString typed;
        if (!Prompt::askText(this, tr("Disable a production token"),
                             question + QLatin1Char('\n') +
                                 tr("Type the token's name, “%1”, to confirm:").arg(local->name),
                             &typed))
            return;
        if (typed.trimmed() != local->name) {
            m_ui->messageLabel->setText(tr("The name did not match; nothing was disabled."));
            return;
        }
    } else if (!Prompt::confirm(this, tr("Disable token"), question, tr("Disable"), true)) {
        return;
    }
    const auto rec = m_services.vault->record(m_recordId);
    if (!rec)
        return;
    const QUrl base = baseUrlFor(m_services, rec->environment);
    setBusy(true);
    QPointer<AccountTokensDialog> self(this);
    const QString localId = local ? local->id : QString();
    withSecret([self, base, t, localId](const QString& secret) {
        if (!self)
            return;
        self->m_api->disable(
            {base, secret}, t.id, [self, localId](const api::AccountTokens::DisableResult& r) {
                if (!self)
                    return;
                self->setBusy(false);
                if (r.outcome != api::AccountTokens::Outcome::Ok) {
                    self->m_ui->messageLabel->setText(r.error);
                    return;
                }
                self->m_model->updateToken(r.token);
                if (!localId.isEmpty())
                    self->m_services.vault->updateStatus(localId, TokenStatus::StoppedWorking, QString(),
                                                         tr("Disabled over the API by you."),
                                                         QDateTime::currentDateTimeUtc());
                self->m_ui->messageLabel->setText(tr("“%1” is disabled.").arg(r.token.name));
                emit self->disabled(r.token.id);
            });
    });
}

} // namespace r8::ui
