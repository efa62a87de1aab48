#pragma once
#include "app/api/ApiRequest.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace r8::ui {

// The Headers tab of the composer: exactly what will be sent — method and URL, the Authorization
// header with the chosen token MASKED (built from its stored hint: the secret is not read to show
// it), Content-Type, Prefer, Cancel-After and the extra headers — above a small table where extra
// headers are added. An Authorization header typed there is refused with a message (r8desk adds
// the token itself, and only for the API's origin).
class HeadersView : public QWidget
{
    Q_OBJECT
public:
    explicit HeadersView(QWidget* parent = nullptr);

    // `maskedToken`: "r8_••••…Ab12", or empty when no token is chosen.
    void setPreview(const r8::api::ApiRequest& request, const QString& maskedToken);
    void clearPreview(const QString& why);
    QString previewText() const;

    // Every row with a name, in order (an Authorization row included: the request's problems then
    // say why it cannot be sent).
    QList<r8::api::Header> extraHeaders() const;
    void setExtraHeaders(const QList<r8::api::Header>& headers);
    // Translated; empty when the extra headers are fine.
    QString problem() const { return m_problem; }

public slots:
    void addHeader();
    void removeSelectedHeader();

signals:
    void extraHeadersChanged();

private:
    void check();

    QPlainTextEdit* m_preview;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_message;
    QString m_problem;
    bool m_filling = false;
};

} // namespace r8::ui
