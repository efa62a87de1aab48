#pragma once
#include "app/scan/ScanJob.h"
#include "ui/Services.h"

#include <QScopedPointer>
#include <QSet>
#include <QWidget>

class QStringListModel;

namespace Ui {
class LeakCheckPage;
}
namespace r8::scan {
class LeakScanner;
}

namespace r8::ui {
class FindingsModel;

// The leak check page: scan this machine or a folder (with git history), list what was found
// (masked), and act on each finding: rotate, move to the keychain, check if live, open, copy
// the location, export a report that never holds a whole token.
class LeakCheckPage : public QWidget
{
    Q_OBJECT
public:
    explicit LeakCheckPage(const Services& services, QWidget* parent = nullptr);
    ~LeakCheckPage() override;

    FindingsModel* model() const { return m_model; }
    QString progressText() const;
    // What the last scan could not read, and why (shown under the progress text when not empty).
    QStringListModel* notScannedModel() const { return m_notScanned; }
    QString adviceText() const;
    void selectRow(int row);

public slots:
    void scan(const scan::ScanRequest& request);
    void checkMachine();
    void scanFolder(const QString& folder = QString()); // empty: ask
    void stop();
    void moveSelected(); // environment: development, name from the folder
    void dismissSelected();
    void checkSelectedLive();
    bool exportReport(const QString& path = QString()); // .md or .json; empty: ask

signals:
    void scanFinished();
    void exposedTokensChanged(const QSet<QString>& recordIds);
    void rotateRequested(const QString& recordId);
    void moved(const QString& recordId);
    void liveChecked();

private:
    void updateDetails();
    int selectedRow() const;
    void openAtLine(const scan::Finding& f);
    void keep(const scan::Finding& updated); // a changed finding into the kept findings
    void emitExposed();

    const QScopedPointer<Ui::LeakCheckPage> m_ui;
    Services m_services;
    FindingsModel* m_model;
    QStringListModel* m_notScanned; // what the last scan could not read, and why
    scan::LeakScanner* m_scanner;
    QSet<QString> m_exposed;
};

} // namespace r8::ui
