#pragma once
#include "app/composer/ComposerRequest.h"

#include <QScopedPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class HistoryPage;
}
namespace r8::composer {
class HistoryModel;
class HistoryStore;
struct HistoryEntry;
} // namespace r8::composer

namespace r8::ui {
class CopyAsMenu;

// The History page: every request the composer sent (the composer does the storing), newest
// first, a search field that filters as you type, the selected request's details (time,
// environment, token name, method and URL, body, status, prediction, final status, timings,
// output URLs to open or copy), reopen in the composer (Enter / double-click / button), copy as
// code, delete one (Del) or all, both after confirmation. A damaged or locked database is said in
// the message bar; history then lives in memory for the session and the page keeps working.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(r8::composer::HistoryStore* store,
                         QWidget* parent = nullptr); // store owned by caller
    ~HistoryPage() override;

    r8::composer::HistoryStore* store() const { return m_store; }
    r8::composer::HistoryModel* model() const { return m_model; }
    CopyAsMenu* copyAsMenu() const { return m_copyAs; }

    void setSearchText(const QString& text); // filters at once (typing filters after a short pause)
    void selectRow(int row);
    int selectedRow() const;
    qint64 selectedId() const;   // 0 when none
    QString messageText() const; // the message bar's text while it is shown
    QString detailsText() const; // the details pane as plain text
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

public slots:
    bool reopenSelected();
    bool deleteSelected(); // asks first
    bool clearAll();       // asks first
    void showMessage(const QString& text, bool isError);
    void focusSearch();

signals:
    void reopenRequested(const r8::composer::ComposerRequest& request, const QString& environment,
                         const QString& tokenName);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateDetails();
    void updateState();
    void showStoreMessage();
    void applyFilter();
    QString selectedOutputUrl() const;
    void blendReadOnlyFields();
    void openSelectedOutput();
    void copySelectedOutput();

    const QScopedPointer<Ui::HistoryPage> m_ui;
    r8::composer::HistoryStore* m_store;
    r8::composer::HistoryModel* m_model;
    CopyAsMenu* m_copyAs;
    QTimer m_filterTimer;
    QTimer m_messageTimer;
    qint64 m_keepId = 0;
    int m_keepRow = -1;
    QString m_shownStoreMessage;
};

} // namespace r8::ui
