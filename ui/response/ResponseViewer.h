#pragma once
#include "app/composer/Exchange.h"
#include "ui/response/JsonColors.h"

#include <QScopedPointer>
#include <QWidget>

namespace Ui {
class ResponseViewer;
}

namespace r8::composer {
class BodyJob;
class JsonParseJob;
struct PreparedBody;
} // namespace r8::composer

namespace r8::ui {

class BodyView;
class ExchangeListModel;
class HeadersModel;
class JsonTreeModel;

// The composer's response viewer: the exchanges of a run (create, polls, stream, cancel) to pick
// from, and for the picked one its status, timing (total, time to first byte), headers, the request
// as sent (token masked), and the body: pretty JSON with highlighting, raw, and as a tree. Bodies
// are masked, parsed and formatted off the GUI thread and shown in virtualised views, so a 20 MB
// body never freezes the window.
class ResponseViewer : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseViewer(QWidget* parent = nullptr);
    ~ResponseViewer() override;

    void clear();
    // Appends the exchange to the list and shows it. `target` masks the token in the request.
    void showExchange(const r8::composer::Exchange& ex, const r8::api::ApiTarget& target);
    bool isRendering() const;

    // For tests and the composer.
    ExchangeListModel* exchanges() const { return m_exchanges; }
    int currentRow() const { return m_current; }
    void selectRow(int row);
    QString statusText() const;
    QString timingText() const;
    QString noteText() const;
    QString prettyText() const; // the pretty view's text (empty while rendering or not JSON)
    QString rawText() const;
    QString requestText() const;
    bool saveBody(const QString& path = QString()); // empty: ask
    // Selects the next (previous) line with `text` in the shown body view. False when not found.
    bool findInBody(const QString& text, bool backwards = false);

signals:
    void rendered(); // the shown exchange's pretty view is ready

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showRow(int row);
    void onPrepared(const composer::PreparedBody& body);
    void onTabChanged(int index);
    void updateStatusColor();
    void setNote(const QString& text, Tone tone);
    void copyBody();
    BodyView* searchedView();
    void updateFindColor();

    const QScopedPointer<Ui::ResponseViewer> m_ui;
    ExchangeListModel* m_exchanges;
    HeadersModel* m_headers;
    JsonTreeModel* m_tree;
    composer::BodyJob* m_job;
    composer::BodyJob* m_requestJob;
    composer::JsonParseJob* m_treeJob;
    QStringList m_secrets; // tokens of the targets seen: masked in bodies (never shown)
    int m_current = -1;
    int m_treeRow = -1; // the row whose tree is built (or being built)
    bool m_rendering = false;
    bool m_hasPretty = false;
    int m_tone = 0;
    int m_noteTone = 0;
    int m_leftTab = -1; // a body tab the viewer left because the body had no such view
    bool m_switchingTabs = false;
    bool m_findFailed = false;
};

} // namespace r8::ui
