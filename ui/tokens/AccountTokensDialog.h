#pragma once
#include "ui/Services.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class AccountTokensDialog;
}
namespace r8::api {
class AccountTokens;
}

namespace r8::ui {
class RemoteTokensModel;

// The tokens of the account behind a stored token, listed and disabled over HTTP
// (GET /v1/tokens, POST /v1/tokens/{id}/disable). A server without that API (api.replicate.com
// today) is said so plainly, with a button to the dashboard; nothing else breaks.
class AccountTokensDialog : public QDialog
{
    Q_OBJECT
public:
    AccountTokensDialog(const Services& services, const QString& recordId, QWidget* parent = nullptr);
    ~AccountTokensDialog() override;

    RemoteTokensModel* model() const { return m_model; }
    QString message() const;
    bool notOffered() const { return m_notOffered; }

public slots:
    void refresh();
    void disableSelected();

signals:
    void listed();
    void disabled(const QString& remoteId);

private:
    void setBusy(bool busy);
    void withSecret(std::function<void(const QString& secret)> use);

    const QScopedPointer<Ui::AccountTokensDialog> m_ui;
    Services m_services;
    QString m_recordId;
    RemoteTokensModel* m_model;
    api::AccountTokens* m_api;
    bool m_notOffered = false;
};

} // namespace r8::ui
